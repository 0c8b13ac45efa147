"""Round 15 (r13a): speakers, their role and organisation, quotes (invented releases)."""

import extracting
from extracting import aff, speakers
from kg.extract.bodyof import head_first_body
from kg.extract.titleat import topic_title_at
from kg.model import Extraction

LEAD = "Valley towns agree on river maps\n\nPORT ELARA, 3 May 2022 - "


def run(text: str) -> Extraction:
    return extracting.run(text, LEAD)


def test_who_heads_gives_the_organisation_but_no_title():
    ex = run(
        "The Delta Water Agency (DWA) met farmers in Port Elara.\n"
        "Ms. Mirela Voss, who heads DWA's river office, said the maps were ready.\n"
    )
    assert aff(ex, "Mirela Voss") == (None, "Delta Water Agency")


def test_a_place_closing_an_appositive_is_not_the_speaker():
    ex = run(
        "Farmers met in Lake Tanju on Monday.\n"
        "Ibu Sari Wulan, a village secretary from Lake Tanju, said she had kept her lists in a notebook.\n"
        "Mr. Oskar Brandt, who works in Port Elara, said the maps were late.\n"
    )
    assert speakers(ex) == {"Sari Wulan", "Oskar Brandt"}
    assert aff(ex, "Sari Wulan")[0].startswith("village secretary")


def test_a_subject_after_of_stays_in_the_title_when_at_names_the_employer():
    ex = run(
        "The Lakeside Commission met in Port Elara.\n"
        "Mr. Karl Brandt, Director of Free Trade at the Lakeside Commission, said the border was open.\n"
    )
    assert aff(ex, "Karl Brandt") == ("Director of Free Trade", "Lakeside Commission")
    # A body word ("Department") names a unit of its own: the subject rule leaves it to the unit rules.
    assert topic_title_at("Head of Water Department at the Lakeside Commission") is None
    assert topic_title_at("Director of Consular Affairs at Elaria's Ministry of Foreign Affairs") == (
        "Director of Consular Affairs",
        "Elaria's Ministry of Foreign Affairs",
    )


def test_a_panel_that_brought_together_named_people_makes_them_speakers():
    ex = run(
        "A panel on river transport brought together Mr. Anton Weiss, Deputy Manager of the Elara Port "
        "Authority; Ms. Lea Sand, an engineer; and Mr. Tomas Kral of the Valley Boatmen's Union.\n"
    )
    assert {"Anton Weiss", "Lea Sand", "Tomas Kral"} <= speakers(ex)


def test_the_author_of_a_statement_read_by_another_does_not_speak():
    ex = run(
        "A statement by the Commissioner for Water, Dr. Hana Olsen, was delivered on her behalf by "
        "Mr. Piet Lorenz, Director of Irrigation at the Valley Commission. Mr. Lorenz said wells were dry.\n"
    )
    assert "Piet Lorenz" in speakers(ex)
    assert "Hana Olsen" not in speakers(ex)


def test_reading_a_statement_is_speaking():
    ex = run(
        "Dr. Mira Kohl, Director of Water Quality at the Valley Commission, read a statement on behalf of "
        "the Commissioner.\n"
    )
    assert "Mira Kohl" in speakers(ex)


def test_the_person_spoken_for_in_apposition_does_not_speak():
    ex = run(
        "The Valley Water Agency (VWA) met in Port Elara.\n"
        "Mr. Jon Berg, who spoke on behalf of VWA's Regional Director, Ms. Ada Lind, said that floods had "
        "risen sharply.\n"
    )
    assert speakers(ex) == {"Jon Berg"}
    assert aff(ex, "Jon Berg") == (None, "Valley Water Agency")


def test_an_elided_article_stays_inside_a_title_place():
    ex = run(
        "The Valley Water Agency (VWA) met in Port Elara.\n"
        "VWA's Representative in Côte d'Ivoire, Mr. Anders Holm, said the country had shown the way.\n"
    )
    assert aff(ex, "Anders Holm") == ("Representative in Côte d'Ivoire", "Valley Water Agency")


def test_a_place_tail_is_cut_from_a_who_clause_owner_and_a_country_after_it_is_no_employer():
    ex = run(
        "Delegations from Guatemala and Mexico took part.\n"
        "Sister Ana Ruiz, who runs a shelter of the Valley Water Trust in Lakeport, told delegates that "
        "water was short. Ms. Eva Soto, Guatemala's Consul General in Tapachula, Mexico, described the "
        "consulate's night duty.\n"
    )
    assert aff(ex, "Ana Ruiz")[1] == "Valley Water Trust"
    assert aff(ex, "Eva Soto") == ("Consul General in Tapachula", "Government of Guatemala")


def test_a_contact_block_after_a_row_of_asterisks_is_read():
    ex = run(
        "The Valley Water Agency (VWA) trained forty officers.\n\n"
        "* * *\nFor further information contact:\nMara Quist\nCommunications Officer\n"
        "Valley Water Agency\nEmail: mara.quist@vwa.org\n"
    )
    assert [(c.name, c.emails) for c in ex.contacts] == [("Mara Quist", ["mara.quist@vwa.org"])]


def test_a_portfolio_word_before_a_three_word_name_ends_the_title():
    ex = run(
        "The Ministry of Water Affairs met in Port Elara.\n"
        "Minister of Water Affairs Karim Ben Salah welcomed the report and said the law would be reviewed.\n"
    )
    assert speakers(ex) == {"Karim Ben Salah"}
    assert aff(ex, "Karim Ben Salah")[0] == "Minister of Water Affairs"


def test_the_object_of_a_who_clause_is_no_second_speaker():
    ex = run(
        "Ms. Lina Moretti, who chairs the association Voix des Pêcheurs, described cases in which fishers "
        "worked for a year without pay.\n"
    )
    assert speakers(ex) == {"Lina Moretti"}


def test_a_quote_broken_by_a_title_and_an_honoured_name_is_the_named_persons():
    ex = run(
        "The Valley Water Agency (VWA) met in Port Elara.\n\n"
        '"Rivers carry everything downstream," VWA\'s Regional Director, Mr. Piet Lorenz, said, "and too '
        'often our maps ignore them."\n'
    )
    assert {(q.text, q.speaker) for q in ex.quotes} == {
        ("Rivers carry everything downstream", "Piet Lorenz"),
        ("and too often our maps ignore them", "Piet Lorenz"),
    }


def test_a_calling_keeps_its_subject_and_takes_the_institution_after_at():
    ex = run(
        "The University of Elaria hosted the meeting.\n\n"
        "The discussion was moderated by Grace Holm, a lecturer in development studies at the University "
        "of Elaria. Panellists included Dr. Ibrahim Sow, a geographer at the Université Lac Vert; and "
        "Mr. Tom Kaitu of the Valley Youth Network.\n"
    )
    assert aff(ex, "Grace Holm") == ("lecturer in development studies", "University of Elaria")
    assert aff(ex, "Ibrahim Sow") == ("geographer", "Université Lac Vert")


def test_a_possessive_acronym_owns_a_hyphenated_lowercase_title():
    ex = run(
        "The Office for Water Rights (OWR) met in Port Elara.\n"
        "OWR's anti-pollution adviser, Ms. Annika Berg, said OWR had supported the plan.\n"
    )
    assert aff(ex, "Annika Berg") == ("anti-pollution adviser", "Office for Water Rights")


def test_an_office_title_before_a_rank_after_an_opening_clause_is_the_role():
    ex = run(
        "Receiving the delegation, the Chief of the State Water Guard, Major General Ilze Kalna, said "
        "that the guard had been rebuilt.\n"
    )
    assert aff(ex, "Ilze Kalna") == ("Chief", "State Water Guard")


def test_a_who_clause_after_an_appositive_title_names_the_owner_of_its_unit():
    ex = run(
        "The Ministry of Water met in Port Elara.\n"
        "Mr. Dragan Petrak, the State Coordinator for Water Management, who heads the anti-pollution "
        "department of the Ministry of Water, told participants that three cases had reached the courts.\n"
    )
    assert aff(ex, "Dragan Petrak") == ("State Coordinator for Water Management", "Ministry of Water")


def test_a_who_clause_after_a_calling_names_the_employer():
    ex = run(
        "The Valley Food Council (VFC) published the report.\n"
        "Dr Tobias Lund, an agricultural economist who leads the research team at the Valley Food Council, "
        "said that food prices rose.\n"
    )
    assert aff(ex, "Tobias Lund") == ("agricultural economist", "Valley Food Council")


def test_a_lowercase_title_after_of_organisation_is_the_role():
    ex = run(
        "The training was organized by the Valley Police Force (VPF) in Port Elara.\n"
        "Police Colonel Aung Min Htet of the Valley Police Force, deputy commander in Lake Division, said "
        "that officers had rarely been told what the law requires.\n"
    )
    assert aff(ex, "Aung Min Htet") == ("deputy commander in Lake Division", "Valley Police Force")


def test_a_body_named_head_word_first_after_of_the_is_the_organisation():
    ex = run(
        "Officers from Elaria's Water Bureau took part.\n"
        "Lieutenant General Sok Vanna, Deputy Director General of the General Department of Water, said "
        "the border wells were dry.\n"
    )
    assert aff(ex, "Sok Vanna") == ("Deputy Director General", "General Department of Water")
    assert head_first_body("Director of the Department of Health of Elaria") == (
        "Director",
        "Department of Health of Elaria",
    )


def test_a_coordinated_subject_is_not_read_into_the_next_title():
    ex = run(
        "Mr. Ivo Petrak, the Water Coordinator, spoke first. Both Petrak and the Netherlands Ambassador, "
        "H.E. Mr. Jan de Wit, stressed that inspectors must share information.\n"
    )
    assert aff(ex, "Jan de Wit") == ("Ambassador", "Government of the Netherlands")


def test_a_country_after_from_in_a_calling_is_an_origin_not_an_employer():
    ex = run(
        "Delegates from Elaria and the Philippines attended.\n"
        "Roberto Diaz, an electrician from the Philippines, told the workshop that fees were high.\n"
    )
    assert aff(ex, "Roberto Diaz") == ("electrician", None)


def test_a_name_after_of_in_a_reported_clause_is_no_speaker():
    ex = run(
        "The Minister of Works, Hon. Ernesto Villa, said the Government was committed to the reform of "
        "Port Elara's water services. According to Anna Berg, an agency statistician, fees rose.\n"
    )
    assert speakers(ex) == {"Ernesto Villa", "Anna Berg"}


def test_speaking_for_a_body_opens_the_speech_of_the_first_name_but_not_of_a_principal():
    ex = run(
        "Speaking for the Elarian Business Association in Germany, its chairman, Giorgi Kapanadze, offered "
        "mentoring to returnees.\n"
        "Speaking for the Minister of Water, Ms. Awa Diallo, the chief of staff, Mr. Koffi Yao, said wells "
        "were dry.\n"
    )
    assert speakers(ex) == {"Giorgi Kapanadze", "Koffi Yao"}
