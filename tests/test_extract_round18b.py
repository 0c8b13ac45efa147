"""Round 18b: events, sponsors and organisers in phrasings of the newest probe releases (invented text)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run


def test_bodies_that_chair_an_event_organise_it() -> None:
    ex = run(
        "A report on fishing crews was presented on Monday in Port Elara at a meeting chaired by the "
        "Harbour Workers Union (HWU) and the Ministry of Fisheries of Ruritania."
    )
    assert {"Harbour Workers Union", "Ministry of Fisheries of Ruritania"} <= roles(ex, "organiser")


def test_a_person_who_chairs_an_event_is_no_organiser() -> None:
    ex = run(
        "The Lakeside Fishers Forum opened in Port Elara on Monday. The forum was chaired by "
        "Bro. Tomas Velo, Secretary of the Harbour Workers Union."
    )
    assert not any("Bro" in o or "Velo" in o for o in roles(ex, "organiser"))
    assert "Bro" not in org_names(ex)


def test_a_second_host_after_and_by_organises_too() -> None:
    ex = run(
        "Twelve port inspectors returned home after a study tour on ship safety, hosted by the Harbour "
        "Safety Office in Port Elara and by the Ministry of Fisheries of Ruritania in Lakeside."
    )
    assert {"Harbour Safety Office", "Ministry of Fisheries of Ruritania"} <= roles(ex, "organiser")


def test_the_agency_after_a_comma_and_through_sponsors_too() -> None:
    ex = run(
        "A two-day workshop on port safety opened in Port Elara. The workshop was made possible thanks to a "
        "contribution from the Government of Ruritania, through the Ruritanian Agency for Development "
        "Cooperation (RADC)."
    )
    funders = {"Government of Ruritania", "Ruritanian Agency for Development Cooperation"}
    assert funders <= roles(ex, "sponsor")


DECKED = "Fishers Agree on Rules for Safer Ports\n\nWorkshop in Port Elara calls for safer harbours\n\n"


def test_a_deck_under_the_headline_names_no_event_of_its_own() -> None:
    ex = run(
        "Port Elara, Ruritania – Forty port inspectors met in Port Elara on 3 and 4 May 2022 for the "
        "Regional Workshop on Harbour Safety.\nThe workshop was convened by the Harbour Safety Office.",
        lead=DECKED,
    )
    assert event_names(ex) == {"Regional Workshop on Harbour Safety"}


def test_a_reception_desk_is_no_event() -> None:
    ex = run(
        "Forty nurses took part in a three-day workshop on migrant patients in Port Elara. They visited a "
        "clinic where the head nurse has set up a reception desk with interpreters."
    )
    assert not any("reception" in e for e in event_names(ex))


def test_access_to_carries_an_events_topic_on() -> None:
    ex = run("Forty nurses took part this week in a three-day workshop on refugees’ access to clean water.")
    assert "three-day workshop on refugees’ access to clean water" in event_names(ex)


def test_a_purpose_after_the_topic_still_ends_it() -> None:
    ex = run("Forty nurses took part this week in a three-day workshop on clean water to train local staff.")
    assert "three-day workshop on clean water" in event_names(ex)


def test_a_campaign_launched_under_a_quoted_name_is_an_event() -> None:
    ex = run(
        'The Harbour Workers Union on Monday launched "Safe Decks", a national information campaign on '
        "injuries at sea. The campaign, which will run until June, is financed by the Nordic Sea Fund.\n"
        "Speaking at the launch, the Union's chair said crews had waited long enough."
    )
    assert event_names(ex) == {"Safe Decks"}
    assert "Harbour Workers Union" in roles(ex, "organiser")
    assert "Nordic Sea Fund" in roles(ex, "sponsor")


def test_a_quoted_report_title_is_still_no_event() -> None:
    ex = run('The Harbour Workers Union on Monday launched "Safe Decks", a report on injuries at sea.')
    assert "Safe Decks" not in event_names(ex)


def test_a_based_prefix_does_not_split_a_possessive_name() -> None:
    ex = run(
        "Mira Lenko, coordinator of the Lakeside-based Children's Hope Centre, which will run the hotline, "
        "said that callers would be helped."
    )
    assert "Children's Hope Centre" in org_names(ex)
    assert not {"Children", "Hope Centre"} & org_names(ex)


def test_an_office_named_by_a_hyphenated_country_is_its_organisation() -> None:
    ex = run(
        "IOM Timor-Leste’s Head of Office, Ana Velo, said the programme had helped 300 returnees. "
        "IOM has worked in Timor-Leste since 2008."
    )
    assert "IOM Timor-Leste" not in org_names(ex)
    assert "International Organization for Migration" in org_names(ex)


def test_each_item_of_a_run_in_list_of_calls_is_a_recommendation() -> None:
    ex = run(
        "Participants agreed on three steps: weekly meetings of the harbour board; a liaison officer in "
        "every port; and joint visits to fishing villages."
    )
    assert {r.text for r in ex.recommendations} == {
        "weekly meetings of the harbour board",
        "a liaison officer in every port",
        "joint visits to fishing villages",
    }


def test_a_run_in_list_of_facts_is_no_recommendation() -> None:
    ex = run("The survey found three trends: fewer boats at sea; older crews; and lower catches.")
    assert not ex.recommendations


def test_the_office_of_a_title_holder_is_one_organisation() -> None:
    ex = run(
        "The Office of the Ruritanian Parliament Commissioner for Human Rights on Wednesday opened a "
        "hotline for fishers."
    )
    assert "Office of the Ruritanian Parliament Commissioner for Human Rights" in org_names(ex)
    assert not any(o.startswith("Parliament") for o in org_names(ex))


def test_a_portfolio_before_at_the_body_is_no_organisation() -> None:
    ex = run(
        "Few of the port inspectors had ever been trained to tell fishers from smugglers, the Director of "
        "Fisheries Control at the Department of Fisheries, Mr. Tomas Velo, told the opening session."
    )
    assert "Fisheries Control" not in org_names(ex)
    assert "Department of Fisheries" in org_names(ex)


def test_a_vice_ministry_of_a_ministry_is_two_organisations() -> None:
    ex = run(
        "The seminar on port safety, organized jointly by the Harbour Workers Union and the Vice Ministry of "
        "Coastal Security of the Ministry of Fisheries, brought together 90 inspectors."
    )
    assert {"Vice Ministry of Coastal Security", "Ministry of Fisheries"} <= org_names(ex)
    # the role may hold the long form, an alias of the unit
    assert "Vice Ministry of Coastal Security" in {ex.organisation(o).name for o in roles(ex, "organiser")}


def test_the_start_of_a_projects_name_is_no_organisation() -> None:
    ex = run(
        "The course is funded under the Partnership for Safer Harbours through Regional Port Strategies "
        "(PSHARP) project, financed by the Harbour Workers Union."
    )
    assert not any(o.startswith("Partnership") for o in org_names(ex))


def test_asked_that_with_a_bare_plural_subject_is_a_call() -> None:
    ex = run("The Mayor of Port Elara asked that harbour workers be included in future safety trainings.")
    texts = [r.text for r in ex.recommendations]
    assert len(texts) == 1 and texts[0].endswith("harbour workers be included in future safety trainings")


def test_asked_that_with_a_finding_is_no_call() -> None:
    ex = run("The Mayor asked that question twice before the inspectors answered.")
    assert not ex.recommendations
