"""Round 24b: a quoted title in the sentence after a lead's unnamed event names that event; funding through
a quoted project names the project's funder as sponsor, and "The <kind> was financed" points at the one
event of that kind; a capitalised about-heading with a dash opens a site's menu block (invented text)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run
from kg.model import Release
from kg.segment import segment


def test_title_in_next_sentence_names_the_leads_meeting() -> None:
    ex = run(
        "Water ministers from nine countries today ended a high-level meeting in Lisbon by agreeing "
        "to share river data.\n"
        'The Regional High-Level Conference "Rivers Without Borders" took place on 1-3 May 2022.\n'
        "It was organized by the Lake Basin Authority.\n"
    )
    assert event_names(ex) == {"Rivers Without Borders"}
    ev = ex.events[0]
    assert ev.location == "Lisbon"
    assert "high-level meeting" in ev.aliases


def test_title_of_a_later_event_stays_apart() -> None:
    ex = run(
        "Water ministers today ended a high-level meeting in Port Elara.\n"
        'The Regional Conference "Rivers Without Borders" will take place next year in Vell.\n'
    )
    assert "Rivers Without Borders" in event_names(ex)
    assert "high-level meeting" in event_names(ex)


def test_funding_through_a_quoted_project_names_its_funder() -> None:
    ex = run(
        "The Lakeside Diaspora Congress 2022 opened today in Port Elara.\n"
        'The Congress was financed through the project "Bridges to Home", funded by the Northern '
        "Agency for Development and Cooperation (NADC).\n"
    )
    assert "Northern Agency for Development and Cooperation" in roles(ex, "sponsor")


def test_the_kind_word_subject_needs_one_event_of_that_kind() -> None:
    ex = run(
        "The Lakeside Diaspora Congress 2022 and the Harbour Youth Congress 2022 opened today.\n"
        'The Congress was financed through the project "Bridges to Home", funded by the Northern '
        "Agency for Development and Cooperation (NADC).\n"
    )
    assert "Northern Agency for Development and Cooperation" not in roles(ex, "sponsor")


def test_menu_entries_after_a_dashed_about_blurb_are_navigation() -> None:
    text = (
        "Who we are\n"
        "WHO WE ARE - The Lake Union works to keep the lakes of the region clean, to promote cooperation "
        "between riparian states and to help fishers in need.\n"
        "Board and Standing Committee\n"
        "Member States and Observers\n"
        "What we do\n"
        "Where we work\n"
        "Lake Union Board Meets in Port Elara\n\n"
        "PORT ELARA, 3 May 2022 - The Board of the Lake Union opened its session today.\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    nav = [text[s.start : s.end] for s in doc.segments if s.kind == "navigation"]
    assert "Board and Standing Committee" in nav
    assert "Member States and Observers" in nav
    assert "Lake Union Board Meets in Port Elara" not in nav
    ex = run(text, lead="")
    assert "Board and Standing Committee" not in org_names(ex)


def test_an_assembly_met_only_as_adopter_is_a_body() -> None:
    ex = run(
        "Fishers' unions met today in Port Elara for a two-day workshop on safety at sea.\n"
        "They urged governments to ratify the Safe Boats Convention, which was adopted by the World "
        "Maritime Labour Conference last June.\n"
    )
    assert "World Maritime Labour Conference" not in event_names(ex)
    assert "World Maritime Labour Conference" in org_names(ex)


def test_an_assembly_that_opens_stays_an_event() -> None:
    ex = run(
        "Fishers' unions will raise safety at sea at the World Maritime Labour Conference, which opens in "
        "Lisbon on 4 June 2022.\n"
        "The World Maritime Labour Conference adopted the Safe Boats Convention in 2019.\n"
    )
    assert "World Maritime Labour Conference" in event_names(ex)


def test_a_name_cut_at_a_comma_of_a_longer_name_is_its_alias() -> None:
    ex = run(
        "The forum was co-organized by the Lake Basin Authority together with the Committee for Water, "
        "Fisheries and Tourism of Elaria.\n"
        "The speakers were Anna Berg, Chair of the Committee for Water, Fisheries and Tourism; and Paul "
        'Ries of the Lake Basin Authority. "We fish less and better," Ms. Berg said.\n'
    )
    names = org_names(ex)
    assert "Committee for Water" not in names
    assert any(n.startswith("Committee for Water, Fisheries and Tourism") for n in names)


def test_a_titles_field_before_a_ministry_is_no_body() -> None:
    ex = run(
        "The seminar closed today.\n"
        "Dr. Lena Moro, Director of River Health, Ministry of Water of Elaria, said the rivers were "
        "cleaner than a decade ago.\n"
    )
    assert "River Health" not in org_names(ex)


def test_a_titles_field_for_a_country_is_no_body() -> None:
    ex = run(
        "The seminar closed today with contributions from Ana Diaz, Director of Rural Action of "
        "Portugal, and Jean Roux, Director of the Lake Fishers Trust.\n"
    )
    names = org_names(ex)
    assert "Rural Action of Portugal" not in names
    assert "Lake Fishers Trust" in names


def test_a_name_wrapped_across_lines_is_not_split_at_its_and() -> None:
    ex = run(
        "The course was organized by the Ministry of Water with the United Nations Children's Fund (UNICEF)\n"
        "West Coast and North Shore Regional Office.\n"
        "Presentations were made by:\n"
        "Ms. Ada Linn, Programme Officer, UNICEF West Coast and\n"
        "North Shore Regional Office;\n"
        "Mr. Tom Hale, Director, Lake Basin Authority.\n"
    )
    names = org_names(ex)
    assert "North Shore Regional Office" not in names


def test_a_named_event_in_apposition_to_a_described_one_is_that_event() -> None:
    ex = run(
        "The Lakeside Ministerial Conference on Water opened today in Lisbon.\n"
        "A side event on the evening of 4 May, the Lake Fishers Round Table, brought together fishers "
        "from nine countries. It was hosted by the Lake Basin Authority.\n"
    )
    names = event_names(ex)
    assert "Lake Fishers Round Table" in names
    assert "side event" not in names


def test_a_title_in_apposition_to_the_subject_names_the_leads_side_event() -> None:
    ex = run(
        "Fishers told a packed room at a side event of the Lakeside Water Week that catches had halved.\n"
        'The panel, "Empty Nets: Lake Fisheries Ten Years On", was hosted by the Lake Basin Authority.\n'
    )
    names = event_names(ex)
    assert "Empty Nets: Lake Fisheries Ten Years On" in names
    assert "side event" not in names
    assert "Lake Basin Authority" in roles(ex, "organiser")


def test_a_quote_after_an_event_word_and_a_comma_is_no_title() -> None:
    ex = run('Speaking at the workshop, "We will act now," said the Lakeside Fishers Union.\n')
    assert "We will act now" not in event_names(ex)


def test_a_named_trust_fund_the_event_was_financed_through_sponsors_it() -> None:
    ex = run(
        "The Lakeside Validation Workshop on Fisheries was convened by the Lake Basin Authority and "
        "financed through the Northern Emergency Trust Fund for Lakes, under the Blue Waters Programme.\n"
    )
    assert "Northern Emergency Trust Fund for Lakes" in roles(ex, "sponsor")


def test_a_programme_the_event_was_financed_through_is_no_sponsor() -> None:
    ex = run(
        "The Lakeside Validation Workshop on Fisheries was convened by the Lake Basin Authority and "
        "financed through the Blue Waters Programme, with support from the Lake Fishers Trust.\n"
    )
    assert "Blue Waters Programme" not in roles(ex, "sponsor")


def test_the_absent_ministers_other_meeting_is_no_event() -> None:
    ex = run(
        "The Deputy Minister of Water, Ms. Ada Linn, opened the national workshop on river data in place "
        "of the Minister, who was attending a Cabinet meeting.\n"
    )
    names = event_names(ex)
    assert "Cabinet meeting" not in names
    assert any("workshop" in n for n in names)


def test_a_meeting_someone_was_attending_without_a_stand_in_stays() -> None:
    ex = run(
        "Ms. Ada Linn, who was attending a regional meeting on river data in Lisbon, spoke to reporters.\n"
    )
    assert any("meeting" in n for n in event_names(ex))
