"""Round 27a (speakers, their roles and organisations): "closed the Forum" with a capitalised event noun is
speech and ends the title before it; a Dutch "Stichting" opens a body's name, not a person's; a name after
"a"/"an" ("a Lake Bay farm") is a place or brand modifying a noun, not a person. Invented sentences."""

from __future__ import annotations

from extracting import aff, run, speakers
from kg.extract.affilpatterns import PLACE_TAIL
from kg.extract.titleoffice import office_tail


def test_closed_the_capitalised_forum_is_speech() -> None:
    ex = run(
        "The Ministry of Fisheries hosted the talks. Mr. Peter Okello Lumu, Commissioner for Inland Waters "
        "at the Ministry of Fisheries, officially closed the Forum.\n"
    )
    assert "Peter Okello Lumu" in speakers(ex)
    assert aff(ex, "Peter Okello Lumu") == ("Commissioner for Inland Waters", "Ministry of Fisheries")


def test_closed_a_road_is_not_speech() -> None:
    ex = run("The talks went on for a week. Ms. Anna Berg closed the Harbour Road to traffic on Monday.\n")
    assert "Anna Berg" not in speakers(ex)


def test_stichting_opens_a_body_not_a_person() -> None:
    ex = run(
        "The clinic network met in Lakeport. Joris Dekker of Stichting Groen Leven, which runs four clinics "
        "near the border, described how his staff follow patients by phone.\n"
    )
    assert speakers(ex) == {"Joris Dekker"}


def test_name_after_indefinite_article_does_not_cut_the_apposition() -> None:
    ex = run(
        "The workshop opened on Monday. Hemi Te Rangi, Operations Manager at Lakeview Berry Farms Ltd, a "
        "Harbour Bay orchard that has hired seasonal teams since 2011, told the workshop that returning "
        "workers now trained newcomers.\n"
    )
    assert "Hemi Te Rangi" in speakers(ex)
    assert aff(ex, "Hemi Te Rangi") == ("Operations Manager", "Lakeview Berry Farms Ltd")


def test_title_ends_before_the_agency_office() -> None:
    ex = run(
        "The United Nations Children's Fund (UNICEF) supported it. Ms. Jane Doe, Education Officer in the "
        "UNICEF field office in Lakeport, said the schools had reopened.\n"
    )
    assert aff(ex, "Jane Doe") == ("Education Officer", "United Nations Children's Fund")


def test_office_tail_shape() -> None:
    assert office_tail("Senior Protection Officer in the ACME office in Lakeport") == (
        "Senior Protection Officer",
        "ACME",
    )
    assert office_tail("Head of the Lakeport Office") is None
    assert office_tail("Director of Planning") is None


def test_bare_commissioner_takes_the_sole_commission() -> None:
    ex = run(
        "The Lakeland Human Rights Commission hosted the meeting with the United Nations High Commissioner "
        "for Refugees. Commissioner Anna Berg said the Commission would publish the report.\n"
    )
    assert aff(ex, "Anna Berg") == ("Commissioner", "Lakeland Human Rights Commission")


def test_bare_commissioner_beside_two_commissions_gets_none() -> None:
    ex = run(
        "The Lakeland Human Rights Commission and the Lakeland Electoral Commission met. Commissioner Anna "
        "Berg said the report was ready.\n"
    )
    assert aff(ex, "Anna Berg") == ("Commissioner", None)


def test_deputy_mayor_takes_the_sole_municipality() -> None:
    ex = run(
        "The Municipality of Lakeport and IOM signed an agreement. Deputy Mayor John Roe explained that the "
        "city had grown.\n"
    )
    assert aff(ex, "John Roe") == ("Deputy Mayor", "Municipality of Lakeport")


def test_minister_of_state_in_charge_of_a_portfolio() -> None:
    ex = run(
        "The meeting opened in Lakeport. Kenya's Minister of State in charge of Fisheries, Hon. Peter Kamau, "
        "welcomed the Members and recalled the reforms.\n"
    )
    assert aff(ex, "Peter Kamau") == ("Minister of State in charge of Fisheries", "Government of Kenya")


def test_coordinator_for_a_fight_heads_the_office_of_that_name() -> None:
    ex = run(
        'The ceremony was hosted by the Office for the Fight against Poaching. "Rangers follow the same '
        'rules," said the National Coordinator for the Fight against Poaching, Ms. Jane Doe.\n'
    )
    assert aff(ex, "Jane Doe") == (
        "National Coordinator for the Fight against Poaching",
        "Office for the Fight against Poaching",
    )


def test_coordinator_without_such_office_gets_none() -> None:
    ex = run('"The rules are clear," said the National Coordinator for Water Safety, Mr. John Roe.\n')
    assert aff(ex, "John Roe") == ("National Coordinator for Water Safety", None)


def test_gerund_object_is_no_place_tail() -> None:
    assert PLACE_TAIL.search("Coordinator for Trafficking in Human Beings") is None
    assert PLACE_TAIL.search("Representative in Kenya") is not None


def test_title_after_a_quote_and_its_verb_before_a_rank() -> None:
    ex = run(
        "The Lakeland Office for Flood Management (LOFM) hosted the drill.\n\n"
        '"In May we saw schools filled with families within hours," recalled the Executive Secretary of the '
        "LOFM, Colonel Peter Kamau. Colonel Kamau called on mayors to plan evacuation sites.\n"
    )
    assert aff(ex, "Peter Kamau") == ("Executive Secretary", "Lakeland Office for Flood Management")


def test_media_labelled_closing_paragraph_is_a_contact_block() -> None:
    ex = run(
        "The Lakeport Water Forum (LWF) met on Monday. Ms. Jane Doe said the plan was ready.\n\n"
        "Media: Tom Baker, LWF secretariat, +1 555 010 0100,\ntom.baker@lwf-example.org\n"
    )
    assert [(c.name, c.emails) for c in ex.contacts] == [("Tom Baker", ["tom.baker@lwf-example.org"])]


def test_label_without_phone_or_email_is_no_contact() -> None:
    ex = run("The Lakeport Water Forum met on Monday.\n\nMedia: Tom Baker wrote about the forum last week.\n")
    assert ex.contacts == []


def test_quote_broken_after_two_words_keeps_both_parts() -> None:
    ex = run(
        "The survey covered all provinces.\n\n"
        '"These numbers," said Anna Berg, Chief of Mission in Lakeland, "show a crisis that is largely '
        'hidden. Most families live with relatives."\n\nThe report, called "Hidden Lives," was launched.\n'
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Anna Berg", "These numbers"),
        ("Anna Berg", "show a crisis that is largely hidden. Most families live with relatives"),
    ]


def test_the_minister_said_speaks_for_the_one_minister_introduced() -> None:
    ex = run(
        "A water campaign was launched today in Lakeport by the Minister of Water, Hon. Peter Kamau, and the "
        "Director of the Lakeland Trust, Ms. Anna Berg.\n\nThe Minister said Lakeland wanted clean rivers.\n"
    )
    assert "Peter Kamau" in speakers(ex)


def test_the_minister_said_with_two_ministers_introduced_names_no_one() -> None:
    ex = run(
        "The talks took place in the presence of the Minister of Water, Hon. Peter Kamau, and the Minister "
        "of Health, Hon. Mary Wanjiru.\n\nThe Minister said Lakeland wanted clean rivers.\n"
    )
    assert not {"Peter Kamau", "Mary Wanjiru"} & speakers(ex)
