"""Speakers in coordinated title chains, stand-ins with a title of their own, short honorifics, department
parts of a title chain, and acronyms that spell the starts of a name's words."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def speakers(ex) -> set[str]:
    return {s.person for s in ex.speeches}


def aff(ex, person: str):
    a = next(a for a in ex.affiliations if a.person == person)
    return a.role, (ex.organisation(a.organisation).name if a.organisation else None)


def test_both_names_of_a_coordinated_pair_with_titles_speak():
    ex = run(
        "Accra, 3 May 2012\n\nThe Director General of the Coastal Health Agency (CHA), Dr. Kofi Mensah-Bawa, "
        "and Togo's Minister of Health, Dr. Ama Dossou-Yovo, jointly presented the plan to the meeting.\n"
    )
    assert {"Kofi Mensah-Bawa", "Ama Dossou-Yovo"} <= speakers(ex)


def test_stand_in_with_own_title_serves_the_principals_organisation():
    ex = run(
        "Abuja, 3 May 2012\n\nThe Coastal Health Commission (CHC) convened the meeting. Speaking on behalf "
        "of the President of the Coastal Health Commission, the Commissioner for Gender, "
        "Dr. Ruth Adebayo-Sall, recalled that cases had doubled.\n"
    )
    assert aff(ex, "Ruth Adebayo-Sall") == ("Commissioner for Gender", "Coastal Health Commission")


def test_short_honorific_does_not_end_the_sentence():
    ex = run(
        "Manila, 3 May 2012\n\nThe conference was chaired by Bro. Ramon Dela Paz, General Secretary of the "
        "Harbour Workers Union (HWU), and closed with a vote.\n"
    )
    assert "Ramon Dela Paz" in speakers(ex)


def test_generic_department_in_a_comma_chain_is_part_of_the_title():
    ex = run(
        "Tokyo, 3 May 2012\n\nThe seminar opened today. Ms. Yuki Sato (Director, International Department, "
        "Harbour Workers Confederation - HWC) presented a study.\n"
    )
    assert aff(ex, "Yuki Sato") == ("Director, International Department", "Harbour Workers Confederation")
    assert "International Department" not in {o.name for o in ex.organisations}


def test_acronym_spelling_word_starts_joins_its_organisation():
    ex = run(
        "Maputo, 3 May 2012\n\nThe seminar was organized in cooperation with the Instituto Nacional de "
        "Hidrografia. The Director-General of INAHI, Dr. Celia Mondlane, said that rivers were rising.\n"
    )
    assert aff(ex, "Celia Mondlane") == ("Director-General", "Instituto Nacional de Hidrografia")
    assert "INAHI" not in {o.name for o in ex.organisations}


def test_name_after_together_with_shares_the_opening():
    ex = run(
        "Lyon, 3 May 2026\n\nThe Heat Forum opened today in Lyon. The Mayor of Lyon, Claire Martin, "
        "opened the forum together with the Chair of the Board of the Rhone Clinic, Prof. Dr. Paul Girard. "
        "Mrs. Martin said heat was rising.\n"
    )
    assert {"Claire Martin", "Paul Girard"} <= speakers(ex)


def test_together_with_a_non_speaker_act_adds_nobody():
    ex = run(
        "Lyon, 3 May 2026\n\nClaire Martin said heat was rising. She visited the clinic together with "
        "Paul Girard last week.\n"
    )
    assert "Paul Girard" not in speakers(ex)
