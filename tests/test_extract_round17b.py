"""Round 17b: organisers and sponsors in phrasings the new probe releases use (invented sentences)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run
from kg.extract.orglists import split_list


def test_bodies_that_open_or_conclude_an_event_organise_it() -> None:
    ex = run(
        "The Harbour Workers Union and the Ministry of Fisheries of Ruritania this week concluded a "
        "four-day training course for 40 port inspectors in Port Elara. The course was the first of its kind."
    )
    assert {"Harbour Workers Union", "Ministry of Fisheries of Ruritania"} <= roles(ex, "organiser")


def test_a_person_who_opens_an_event_is_no_organiser() -> None:
    ex = run(
        "The Minister of Fisheries, Ana Velo, opened a three-day workshop on port safety in Port Elara. "
        '"Safe ports feed us all," she said.'
    )
    assert not any("Minister" in o or "Velo" in o for o in roles(ex, "organiser"))


def test_a_body_the_money_came_through_sponsors() -> None:
    ex = run(
        "A two-day regional workshop on coastal fisheries closed in Port Elara today. "
        "It was financed through the Nordic Fisheries Cooperation Agency (NFCA)."
    )
    assert "Nordic Fisheries Cooperation Agency" in roles(ex, "sponsor")


def test_a_contribution_through_which_an_event_was_financed_names_its_sponsor() -> None:
    ex = run(
        "The Annual Meeting of the Lakeside Dialogue closed in Port Elara today. "
        "It was financed through the Nordic Council's contribution to the project."
    )
    assert "Nordic Council" in roles(ex, "sponsor")


def test_a_programme_the_money_came_through_is_no_sponsor() -> None:
    # Round 24b: a named trust fund is the sponsor (as three probe golds have it); a programme is a vehicle.
    ex = run(
        "A two-day regional workshop on coastal fisheries closed in Port Elara today. "
        "It was financed through the Lakeside Programme for Fisheries."
    )
    assert not any("Programme" in s for s in roles(ex, "sponsor"))


def test_a_body_that_provided_financial_support_in_a_sentence_of_its_own_sponsors() -> None:
    ex = run(
        "Forty officials met in Port Elara for a national consultation on fishing quotas. "
        "The consultation was organized by the Harbour Workers Union. "
        "The Nordic Fisheries Cooperation Agency (NFCA) provided financial support."
    )
    assert "Nordic Fisheries Cooperation Agency" in roles(ex, "sponsor")


def test_partners_that_implement_a_programme_do_not_organise_its_event() -> None:
    ex = run(
        "A two-day regional workshop on fish stocks closed today. The workshop was convened by the "
        "Harbour Workers Union within the framework of the Lakeside Fisheries Programme (LFP), implemented "
        "in partnership with the Nordic Fisheries Cooperation Agency and the Coastal Council."
    )
    assert "Harbour Workers Union" in roles(ex, "organiser")
    assert "Coastal Council" not in roles(ex, "organiser")


def test_the_bodies_of_a_joint_event_organise_it() -> None:
    ex = run(
        "A joint seminar of the Lakeside Council and the Organization for Fisheries Co-operation in "
        "Ruritania (OFCR) opened in Port Elara today, bringing together 80 inspectors."
    )
    assert "Lakeside Council" in roles(ex, "organiser")
    assert any(o.startswith("Organization for Fisheries Co-operation") for o in roles(ex, "organiser"))


def test_a_joint_event_of_people_has_no_organiser_from_them() -> None:
    ex = run("A joint meeting of inspectors and harbour masters opened in Port Elara today.")
    assert roles(ex, "organiser") == set()


def test_a_day_after_a_name_is_no_part_of_it() -> None:
    ex = run("Port authorities met with the Lakeside Red Cross on Wednesday for a coordination meeting.")
    assert "Lakeside Red Cross" in org_names(ex)
    assert not any("Wednesday" in o for o in org_names(ex))


def test_a_day_after_a_list_item_is_no_part_of_it() -> None:
    assert split_list("the Harbour Workers Union and the Coastal Council on Monday for talks", []) == [
        "Harbour Workers Union",
        "Coastal Council",
    ]


def test_and_of_between_two_bodies_splits_an_acronym_definition() -> None:
    ex = run(
        # The acronym's letters do not spell the name in order, so they cannot tell where it starts.
        "Representatives of the Lakeside Commission and of the Nordic Agency for Fisheries Control (FCA) "
        "attended as observers."
    )
    names = org_names(ex)
    assert {"Nordic Agency for Fisheries Control", "Lakeside Commission"} <= names
    assert not any(" and of " in n for n in names)


def test_a_process_with_member_states_or_a_chair_is_an_organisation() -> None:
    ex = run(
        "Senior officials from the member States of the Lakeside Process met in Port Elara today. "
        "Ruritania, which holds the chairmanship of the Process, hosted the meeting."
    )
    assert "Lakeside Process" in org_names(ex)


def test_a_process_without_members_is_no_organisation() -> None:
    ex = run("The Lakeside Process of reform will take years, the Minister of Fisheries said at a meeting.")
    assert "Lakeside Process" not in org_names(ex)


def test_a_request_in_a_that_clause_is_a_recommendation() -> None:
    ex = run(
        "The Harbour Workers Union requested that the port clinic stay open on public holidays, "
        "a spokesperson said."
    )
    assert any("port clinic stay open on public holidays" in r.text for r in ex.recommendations)


def test_asked_that_without_a_noun_phrase_is_no_call() -> None:
    ex = run("Asked that question, the Minister of Fisheries smiled and said nothing more about quotas.")
    assert ex.recommendations == []


def test_chief_of_mission_of_a_body_leaves_no_mission_organisation() -> None:
    ex = run('"We will act," said Ana Velo, Chief of Mission of IOM Ruritania, at the workshop on fisheries.')
    assert not any(o.startswith("Mission") for o in org_names(ex))
    assert "International Organization for Migration" in org_names(ex)


def test_one_recommended_that_clause_with_three_actions_is_three_calls() -> None:
    ex = run(
        "The study recommends that Ruritania ratify the Fishers Convention, extend labour inspection to "
        "fishing boats and regularise undocumented deckhands."
    )
    texts = [r.text for r in ex.recommendations]
    assert any(t.endswith("ratify the Fishers Convention") for t in texts)
    assert "extend labour inspection to fishing boats" in texts
    assert "regularise undocumented deckhands" in texts


def test_a_list_of_objects_after_one_action_stays_one_call() -> None:
    ex = run(
        "The study recommends that Ruritania ratify the Convention on fishers, dock workers and seafarers "
        "without delay."
    )
    assert len(ex.recommendations) == 1


def test_a_quoted_name_after_the_two_day_names_the_event_just_introduced() -> None:
    ex = run(
        "A regional conference on fishing quotas opened in Port Elara today, bringing together 200 "
        'inspectors. The two-day "Lakeside Conference on Sustainable Fisheries" is held under the '
        "chairmanship of Ruritania."
    )
    assert event_names(ex) == {"Lakeside Conference on Sustainable Fisheries"}


def test_an_event_held_under_a_bodys_programme_is_organised_by_it() -> None:
    ex = run(
        "Thirty harbour inspectors completed a two-week training course on cargo checks in Port Elara. "
        "The course, the second held under the Harbour Workers Union's Port Safety Programme, was made "
        "possible thanks to a contribution from the Nordic Fisheries Cooperation Agency."
    )
    assert "Harbour Workers Union" in roles(ex, "organiser")


def test_a_contribution_announced_to_an_event_makes_a_sponsor() -> None:
    ex = run(
        "The Nordic Council today announced a contribution of EUR 1.5 million to a regional conference on "
        "fish stocks, to be organised by the Harbour Workers Union in Port Elara in May."
    )
    assert "Nordic Council" in roles(ex, "sponsor")


def test_a_contribution_to_something_else_makes_no_sponsor() -> None:
    ex = run(
        "A regional conference on fish stocks opened in Port Elara today. "
        "The Nordic Council announced a contribution of EUR 1.5 million to the Coastal Fund."
    )
    assert "Nordic Council" not in roles(ex, "sponsor")


def test_opening_an_event_that_has_an_organiser_adds_none() -> None:
    ex = run(
        "The Coastal Council opened a two-day workshop on fish stocks in Port Elara today. "
        "The workshop was organised by the Harbour Workers Union."
    )
    assert roles(ex, "organiser") == {"Harbour Workers Union"}
