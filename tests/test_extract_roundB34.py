"""Round B34: organisations, sponsors and organisers (invented sentences)."""

from __future__ import annotations

from tests.extracting import org_names, roles, run


def test_framing_phrase_before_subject_is_no_organiser() -> None:
    ex = run(
        "Under the MoU, the Lakeport Water Board and the Elara River Trust will co-organise a regional "
        "workshop on flood safety in June."
    )
    assert roles(ex, "organiser") == {"Lakeport Water Board", "Elara River Trust"}
    assert "Under the MoU" not in org_names(ex)


def test_portfolio_people_possessive_keeps_the_ministry_whole() -> None:
    ex = run(
        "The Workshop on Lake Safety was held in Port Elara. The Workshop was hosted by the Ministry of "
        "Youth Development and Women's Empowerment of Sierra Leone and convened by the Lakeport Water Board."
    )
    assert "Ministry of Youth Development and Women's Empowerment of Sierra Leone" in roles(ex, "organiser")
    assert "Empowerment of Sierra Leone" not in org_names(ex)


def test_russian_government_takes_the_official_short_name() -> None:
    ex = run("The Lakeport Water Board said the Russian authorities had agreed to the plan.")
    assert "Government of the Russian Federation" in org_names(ex)


def test_agency_under_the_government_takes_its_short_name() -> None:
    ex = run(
        "The Water Resources Agency under the Government of the Kyrgyz Republic opened a training course "
        "in Port Elara. The Water Resources Agency said the course would run for a week."
    )
    org = ex.organisation("Water Resources Agency")
    assert org is not None and org.name == "Water Resources Agency"
    assert "Water Resources Agency under the Government of the Kyrgyz Republic" in org.aliases
    assert len([o for o in ex.organisations if "Water Resources Agency" in o.name]) == 1


def test_republic_form_of_a_government_keeps_its_article() -> None:
    ex = run("The Lakeport Water Forum was hosted by the Government of the Kyrgyz Republic.")
    assert "Government of the Kyrgyz Republic" in org_names(ex)


def test_venue_after_dates_is_no_organisation() -> None:
    ex = run(
        "The Lakeport Water Board will hold a briefing during the Elara River Summit, which takes place "
        "from 4 to 8 June 2022 at the Elara Lakeside Centre."
    )
    assert "Elara Lakeside Centre" not in org_names(ex)


def test_venue_line_is_no_organisation() -> None:
    ex = run(
        "The Lakeport Water Board will hold a briefing.\n\nVenue: Room 4, North Wing, Elara Lakeside Centre\n"
    )
    assert "Elara Lakeside Centre" not in org_names(ex)


def test_venue_given_an_acronym_stays_an_organisation() -> None:
    ex = run(
        "The Lakeport Water Symposium was held from 4 to 6 June 2022 at the University of Lakeport (UoL) "
        "Faculty of Engineering."
    )
    assert "University of Lakeport" in org_names(ex)


def test_country_reported_by_an_official_acts_as_government() -> None:
    ex = run("The Lakeport Water Minister, Dara Venn, said Ghana was committed to cleaner rivers.")
    assert "Government of Ghana" in org_names(ex)


def test_country_as_a_place_after_said_is_no_government() -> None:
    ex = run("Dara Venn of the Lakeport Water Board said in Ghana the rivers were cleaner.")
    assert "Government of Ghana" not in org_names(ex)


def test_observers_from_a_country_make_it_a_government() -> None:
    ex = run("Observers from Ghana and from the Lakeport Water Board also took part in the meeting.")
    assert "Government of Ghana" in org_names(ex)


def test_drafted_document_is_no_organisation() -> None:
    ex = run("Dara Venn of the Lakeport Water Board presented the draft Programme and Budget for 2030.")
    assert "Programme and Budget" not in org_names(ex)


def test_delegation_is_an_alias_of_the_body_it_represents() -> None:
    ex = run(
        "The European Union funds the Lakeport Water Project. The Delegation of the European Union to "
        "Ghana attended the opening of the Lakeport pumping station."
    )
    eu = ex.organisation("European Union")
    assert eu is not None and "Delegation of the European Union to Ghana" in eu.aliases
    assert "Delegation of the European Union to Ghana" not in org_names(ex)


def test_delegation_alone_stays_an_organisation() -> None:
    ex = run("The Delegation of the European Union to Ghana opened the Lakeport pumping station.")
    assert "Delegation of the European Union to Ghana" in org_names(ex)


def test_accented_country_name_in_a_member_list() -> None:
    ex = run("The Lakeport Council admitted Ghana, São Tomé and Príncipe and Mali as member states.")
    names = org_names(ex)
    assert {"Government of Ghana", "Government of São Tomé and Príncipe", "Government of Mali"} <= names


def test_first_meeting_of_its_kind_in_apposition_is_the_event_itself() -> None:
    ex = run(
        "Ministers from 30 countries are meeting in Port Elara for the Lakeport Water Conference, the first "
        "meeting of its kind convened by the Lakeport Water Board to look at river safety."
    )
    assert roles(ex, "organiser") == {"Lakeport Water Board"}
