"""Round 12 (r12a): speakers, their role and organisation (invented releases)."""

import extracting
from extracting import aff, speakers
from kg.model import Extraction

LEAD = "River towns agree on flood maps\n\nPORT ELARA, 3 May 2022 - "


def run(text: str) -> Extraction:
    return extracting.run(text, LEAD)


def test_and_then_a_titled_name_is_a_second_person_not_part_of_a_title():
    ex = run(
        "The Delta Water Agency (DWA) and the Coastal Survey Institute (CSI) met in Port Elara.\n"
        "DWA Head of Office Mirela\nVoss and CSI Project Manager Tomas Brandt presented the results "
        "of a survey of 300 farms.\n\n"
        '"Farmers ask for maps, not money," Brandt said.\n'
    )
    assert {"Mirela Voss", "Tomas Brandt"} <= speakers(ex)
    assert aff(ex, "Tomas Brandt") == ("Project Manager", "Coastal Survey Institute")
    assert aff(ex, "Mirela Voss") == ("Head of Office", "Delta Water Agency")


def test_and_by_ends_the_appositive_of_the_first_speaker():
    ex = run(
        "The seminar was opened by Karl Lindqvist, Director of Planning at the city's water works, "
        "and by the Deputy Minister of Transport, Ivo Petrak.\n"
    )
    assert aff(ex, "Karl Lindqvist")[0] == "Director of Planning at the city's water works"
    assert aff(ex, "Ivo Petrak")[0] == "Deputy Minister of Transport"


def test_a_named_directorate_of_an_owner_after_at_is_the_organisation():
    ex = run(
        "The Lakeside Council met in Port Elara. The seminar was opened by Karl Lindqvist, Director of "
        "Co-operation at the Lakeside Council's Directorate General of Water Policy, and by the Deputy "
        "Minister of Transport, Ivo Petrak.\n"
    )
    assert aff(ex, "Karl Lindqvist") == ("Director of Co-operation", "Directorate General of Water Policy")


def test_and_before_an_honorific_ends_an_organisation_name():
    ex = run(
        "Other speakers included Ilse Marek of the Office of the Ombudsman for Children and Professor "
        "Tomas Weller of the University of Port Elara, who presented new research.\n"
    )
    assert aff(ex, "Ilse Marek")[1] == "Office of the Ombudsman for Children"
    assert aff(ex, "Tomas Weller")[1] == "University of Port Elara"
    assert all(" and Professor" not in o for o in extracting.org_names(ex))


def test_administrator_is_a_title_not_part_of_the_name():
    ex = run(
        "The Elara Water and Sewerage Board (EWSB) met in Port Elara. EWSB Administrator Mira Tan-Soler "
        "presented the first-year results of the two contracts.\n"
    )
    assert speakers(ex) == {"Mira Tan-Soler"}
    assert aff(ex, "Mira Tan-Soler") == ("Administrator", "Elara Water and Sewerage Board")


def test_an_acronym_heading_a_title_is_the_organisation():
    ex = run("Speaking at the forum, KWSB Administrator Lea Tan-Soler said prices would stay flat.\n")
    assert aff(ex, "Lea Tan-Soler") == ("Administrator", "KWSB")


def test_an_age_before_a_calling_and_a_union_membership_after_it():
    ex = run(
        "Delegates also heard from Tom Reddin, a 19-year-old\napprentice welder and UNITE member from "
        'Leeds, who lost two fingers in an accident. He said his supervisor had "never once" shown him '
        "the guard.\n"
    )
    assert aff(ex, "Tom Reddin") == ("apprentice welder", "UNITE")


def test_member_of_a_body_after_a_calling_and_place_gives_the_organisation():
    ex = run(
        '"Give us land and credit," said Ama Otieno Wekesa, a 25-year-old poultry farmer from Kisumu and '
        "a member of the Lakeside Young Farmers Coalition.\n"
    )
    assert aff(ex, "Ama Otieno Wekesa") == ("poultry farmer", "Lakeside Young Farmers Coalition")


def test_a_ministers_portfolio_before_of_country_stays_in_the_title():
    ex = run("The Minister of Public Service and Labour of Ghana, Hon. Ama Owusu, opened the meeting.\n")
    assert aff(ex, "Ama Owusu") == ("Minister of Public Service and Labour", "Government of Ghana")


def test_a_named_department_after_of_the_ends_a_title():
    ex = run(
        "The Coordinator of Disease Control of the Provincial Health Department, Dr. Ana Silveira, said the "
        "province would test a warning system.\n"
    )
    assert aff(ex, "Ana Silveira") == ("Coordinator of Disease Control", "Provincial Health Department")


def test_a_who_clause_names_the_owner_of_a_titled_speakers_unit():
    ex = run(
        "The Council of Mayors met in Port Elara. Mayor Ali Dida Waqo, who chairs the Water Committee of the "
        "Council of Mayors, disputed this account and said funds had reached some towns late.\n"
    )
    assert aff(ex, "Ali Dida Waqo") == ("Mayor", "Council of Mayors")


def test_two_titled_names_that_both_stressed_are_speakers():
    ex = run(
        "The Lakeside Agency's Chief of Mission in Elara, Eleanor Whitby, and UNFPA Assistant Representative "
        "Munira Sharif both stressed the need for services.\n"
    )
    assert {"Eleanor Whitby", "Munira Sharif"} <= speakers(ex)
    assert aff(ex, "Munira Sharif")[0] == "Assistant Representative"


def test_pointed_to_is_a_speech_verb():
    ex = run(
        "The Lakeside Agency's Regional Representative, Hans Vermaat,\npointed to the lack of witness "
        "protection as the main obstacle.\n"
    )
    assert speakers(ex) == {"Hans Vermaat"}
