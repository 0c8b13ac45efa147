"""Round B43: invented sentences for the organisation, sponsor and organiser rules of round 43b."""

from __future__ import annotations

from tests.extracting import org_names, roles, run

from kg.extract.orgnames import gaz_lookup


def test_place_of_two_words_between_participle_and_organiser() -> None:
    ex = run(
        "Ministers attended a high-level meeting on river transport convened in Port Elara by the "
        "Lakeland Water Board. The meeting adopted a work plan."
    )
    assert "Lakeland Water Board" in roles(ex, "organiser")


def test_regional_consultative_process_short_form_is_its_entry() -> None:
    entry = gaz_lookup("Khartoum Process")
    assert entry is not None and entry.name == "Khartoum Process"
    alias = gaz_lookup("EU-Horn of Africa Migration Route Initiative")
    assert alias is not None and alias.name == "Khartoum Process"


def test_pronoun_subject_with_adverb_names_the_sponsor() -> None:
    ex = run(
        "The regional workshop on river safety was held in Port Elara on 3 and 4 May. "
        "It was generously supported by the Lakeland Rivers Foundation."
    )
    assert "Lakeland Rivers Foundation" in roles(ex, "sponsor")


def test_known_bureau_defined_with_its_owner_keeps_its_own_name() -> None:
    ex = run(
        "The workshop was funded by the United States Department of State's Bureau of Democracy, Human "
        "Rights and Labor (DRL). Officials of the bureau attended."
    )
    names = org_names(ex)
    assert "Bureau of Democracy, Human Rights and Labor" in names
    assert not any(n.startswith("United States Department of State's") for n in names)


def test_programme_acronym_subject_names_the_events_sponsor() -> None:
    ex = run(
        "The workshop was convened by the Lakeland Water Board under the River Safety Programme (RSP). "
        "The RSP is funded by the Lakeland Rivers Foundation."
    )
    assert "Lakeland Rivers Foundation" in roles(ex, "sponsor")


def test_acronym_of_no_programme_names_no_sponsor() -> None:
    ex = run(
        "The workshop was convened by the Lakeland Water Board under the River Safety Programme. "
        "The LWB is funded by the Lakeland Rivers Foundation."
    )
    assert "Lakeland Rivers Foundation" not in roles(ex, "sponsor")


def test_funders_programme_after_under_its_is_no_body() -> None:
    ex = run(
        "The seminar was organised by the Lakeland Water Board and funded by the Northland Union under its "
        "Thematic Programme on River Safety. Officials from five countries attended."
    )
    names = org_names(ex)
    assert "Northland Union" in names
    assert not any("Thematic Programme" in n for n in names)


def test_programme_an_event_is_convened_through_stays_a_body() -> None:
    ex = run(
        "The forum was convened by the Halden Trust through its Safe Rivers Programme. "
        "A panel was moderated by Ana Berg, manager at the Safe Rivers Programme."
    )
    assert "Safe Rivers Programme" in org_names(ex)


def test_fund_name_with_a_comma_after_through_its_is_no_body() -> None:
    ex = run(
        "The workshop was funded by the Northland Union through its Asylum, Lakes and Rivers Fund. "
        "Officials from five countries attended."
    )
    names = org_names(ex)
    assert "Northland Union" in names
    assert not any(n.endswith("Rivers Fund") for n in names)


def test_members_of_a_body_are_no_part_of_its_name() -> None:
    ex = run(
        'Members of the Lakeland National Assembly today held hearings on "Safe Rivers for All". '
        "The hearings were attended by 200 people."
    )
    names = org_names(ex)
    assert "Lakeland National Assembly" in names
    assert not any(n.startswith("Members") for n in names)


def test_russia_taking_part_as_observer_is_a_government() -> None:
    ex = run("Representatives of Kenya and Uganda attended, with Russia taking part as an observer.")
    assert "Government of Russia" in org_names(ex)


def test_countries_handed_the_chair_which_will_co_chair_are_governments() -> None:
    ex = run("The Minister handed the Chairmanship to Kenya and Uganda, which will co-chair the Forum.")
    assert {"Government of Kenya", "Government of Uganda"} <= org_names(ex)
