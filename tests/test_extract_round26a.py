"""Round 26a (speakers' roles and organisations, quotes, contacts): an office held with a chair keeps the
office; a mayor's country is no employer; a department named with its country stays the speaker's body;
a possessive unit cut at its commas gives its owner. Invented sentences."""

from __future__ import annotations

from extracting import aff, org_names, run, speakers
from kg.extract.affiltitles import first_of_two_titles


def test_minister_and_chair_keeps_the_ministry() -> None:
    ex = run(
        "The Ministry of Water and Forests hosted the meeting. It was opened by Ms. Jane Doe, Minister of "
        "Water and Forests and Chair of the Lakeland Basin Council, who said the plan was ready.\n"
    )
    assert aff(ex, "Jane Doe") == ("Minister of Water and Forests", "Ministry of Water and Forests")


def test_vice_minister_pro_tempore_chair_after_a_comma() -> None:
    ex = run(
        "The Ministry of Water and Forests hosted it. The session was addressed by Mr. John Roe, Vice "
        "Minister of Water and Forests, pro tempore Chair of the Lakeland Basin Council (LBC), who spoke.\n"
    )
    assert aff(ex, "John Roe") == ("Vice Minister of Water and Forests", "Ministry of Water and Forests")


def test_bare_rank_and_chair_is_not_split() -> None:
    assert first_of_two_titles("Ambassador and Chair") is None
    assert first_of_two_titles("Minister of Trade and Industry") is None
    assert first_of_two_titles("Director-General of Customs and President") == "Director-General of Customs"


def test_mayor_of_a_city_then_its_country() -> None:
    ex = run("The meeting heard Jane Doe, Mayor of Lakeport, Ghana, who said the city was ready.\n")
    assert aff(ex, "Jane Doe") == ("Mayor of Lakeport", None)
    assert "Government of Ghana" not in org_names(ex)


def test_minister_then_country_keeps_the_government() -> None:
    ex = run("The meeting heard John Roe, Minister of Finance, Ghana, who said money was there.\n")
    assert aff(ex, "John Roe") == ("Minister of Finance", "Government of Ghana")


def test_department_then_its_country() -> None:
    ex = run(
        "Participants heard from Dr. Jane Doe, Deputy Director-General of the Department of Fisheries "
        "Control, Ghana; and John Roe of Acme. Doe said rivers were low.\n"
    )
    assert aff(ex, "Jane Doe") == ("Deputy Director-General", "Department of Fisheries Control")
    assert "Government of Ghana" not in org_names(ex)


def test_head_first_department_is_not_a_unit_of_its_topic() -> None:
    ex = run("Dr. Jane Doe, Director of the Department of Water Control, said rivers were low.\n")
    assert aff(ex, "Jane Doe") == ("Director", "Department of Water Control")


def test_possessive_unit_cut_at_its_commas() -> None:
    ex = run(
        "The World Bank held a panel. It was moderated by Jane Doe, Senior Director of the World Bank's "
        "Water, Land and Food Global Practice, who said loans were ready.\n"
    )
    assert aff(ex, "Jane Doe") == ("Senior Director", "World Bank")


def test_title_before_an_honorific_wrapped_to_the_next_line() -> None:
    ex = run(
        "Police and coast guard officials from Lakeland met\n"
        "in Port Elara this week. The workshop was hosted by the Ministry of\n"
        "the Interior of Lakeland. Delegations from Ghana took part.\n"
        "Opening the workshop on behalf of the Minister of the Interior, H.E.\n"
        "John Roe, the Secretary-General of the Ministry, Mr.\n"
        "Sam Poe, stressed that tens of thousands of people leave\n"
        "the coast every year.\n"
    )
    assert aff(ex, "Sam Poe") == ("Secretary-General", "Ministry of the Interior of Lakeland")
    assert speakers(ex) == {"Sam Poe"}


def test_one_person_a_line_list_still_cut_at_its_line() -> None:
    ex = run(
        "Speakers at the launch were:\n"
        "Jane Doe, Assistant Minister of Water\n"
        "Prof. John Roe, University of Lakeport\n\n"
        "Doe said the rivers were low. Roe said the data were new.\n"
    )
    assert aff(ex, "John Roe")[0] != "Assistant Minister of Water"


def test_panellists_before_their_names_are_speakers() -> None:
    ex = run(
        "The webinar drew 300 people. Panellists Jane Doe of the Lakeland Council for Women of Ghana and "
        "John Roe of the Elaran National Commission for Women discussed how budgets could value care.\n"
    )
    assert speakers(ex) == {"Jane Doe", "John Roe"}
    assert aff(ex, "John Roe") == (None, "Elaran National Commission for Women")


def test_participants_before_names_are_not_speakers() -> None:
    ex = run("The webinar drew 300 people. Participants Jane Doe and John Roe then debated the figures.\n")
    assert speakers(ex) == set()


def test_mayor_who_observes_a_drill_is_no_speaker() -> None:
    ex = run(
        "The Mayor of Lakeport, Mr. John Roe, and representatives of the Red Cross observed the drill.\n"
    )
    assert speakers(ex) == set()


def test_observed_that_is_speech() -> None:
    ex = run("Mr. John Roe observed that the drill went well.\n")
    assert speakers(ex) == {"John Roe"}


def test_contact_address_building_is_no_contact() -> None:
    ex = run(
        "The office opened a new shelter.\n\n"
        "For further information: Mr. Arun Veldt, Information Officer,\n"
        "FAO Regional Office for Asia and the Pacific, Lakeview Mansion, Orchard\n"
        "Lane, Bangkok 10400. Tel. (555) 201 3300.\n"
    )
    assert [c.name.removeprefix("Mr. ") for c in ex.contacts] == ["Arun Veldt"]


def test_quote_named_by_the_first_of_two_family_names() -> None:
    ex = run(
        "The session was addressed by Mr. Juan Ortega Vidal, Vice Minister of Water of Lakeland.\n\n"
        "Vice Minister Ortega said that smugglers were moving migrants through the region in "
        '"journeys of weeks that end, too often, in a locked truck."\n'
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Juan Ortega Vidal", "journeys of weeks that end, too often, in a locked truck")
    ]


def test_quote_going_on_over_paragraphs_after_its_attribution() -> None:
    ex = run(
        'The rapporteur, Mr Jan Roe, presented the report. "Lakeland has made real progress since our last '
        'visit, in particular with the new bill," he said.\n\n'
        '"But online hate speech against migrants has grown, and too often it goes unanswered.\n\n'
        '"Politicians do not have to agree with each other. They do have a duty to keep the peace."\n\n'
        "The commission called on the authorities to act.\n"
    )
    assert [q.speaker for q in ex.quotes] == ["Jan Roe"] * 3


def test_quote_opening_a_paragraph_after_unrelated_text_stays_unattributed() -> None:
    ex = run(
        'Mr Jan Roe presented the report. "Lakeland has made real progress," he said, before the '
        "commission turned to its long list of open questions on the budget for next year.\n\n"
        '"A road map, not a verdict, for the country and for all its partners in the region.\n\n'
        "The commission called on the authorities to act.\n"
    )
    assert [q.speaker for q in ex.quotes] == ["Jan Roe"]


def test_represented_a_commission_glossed_by_its_acronym() -> None:
    ex = run(
        "Statements were also delivered by Mr. John Roe, who represented the Lakeland Disaster Risk "
        "Management Commission (LDRMC).\n"
    )
    assert aff(ex, "John Roe") == (None, "Lakeland Disaster Risk Management Commission")


def test_on_behalf_of_the_head_of_a_countrys_authority() -> None:
    ex = run(
        "Participants heard from Ms. Ann Lee of Acme, and Sokha Vann, who spoke on behalf of the "
        "Secretary-General of Ghana's National Water Authority (NWA).\n"
    )
    assert aff(ex, "Sokha Vann") == (None, "National Water Authority")


def test_second_calling_names_the_employer() -> None:
    ex = run(
        "Dr. Sam Poe, lead author of the study and senior economist at the Lakeland Research Forum (LRF), "
        "presented its findings.\n"
    )
    assert aff(ex, "Sam Poe") == ("senior economist", "Lakeland Research Forum")


def test_department_under_its_government() -> None:
    ex = run(
        "Mr. John Roe, Head of the Lakeland Water Agency under the Ministry of Agriculture, highlighted that "
        "many families depend on rivers.\n"
    )
    assert aff(ex, "John Roe") == ("Head", "Lakeland Water Agency")


def test_director_of_a_topic_heads_the_releases_service() -> None:
    ex = run(
        "The Deputy Director of Immigration, Ms. Jane Doe,\n"
        "explained that the Lakeland Immigration Service would begin registering\n"
        "returnees at the airport.\n"
    )
    assert aff(ex, "Jane Doe") == ("Deputy Director of Immigration", "Lakeland Immigration Service")


def test_director_of_a_topic_without_a_service_has_no_body() -> None:
    ex = run("The Director of Immigration, Ms. Jane Doe, explained that returnees would be registered.\n")
    assert aff(ex, "Jane Doe") == ("Director of Immigration", None)


def test_to_inside_a_units_name_is_not_a_destination() -> None:
    ex = run(
        "Opening the consultation, Ann Roe, Director of the Research and Right to Development Division of "
        "OHCHR, recalled that the Convention had entered into force.\n"
    )
    assert aff(ex, "Ann Roe")[0] == "Director of the Research and Right to Development Division"


def test_speaking_on_behalf_of_a_title_of_a_known_body() -> None:
    ex = run(
        "The clinic was opened by IOM. Speaking on behalf of IOM Somalia's Chief of Mission, Programme\n"
        "Manager John Roe noted that the ward now handles three times as many births.\n"
    )
    assert aff(ex, "John Roe") == ("Programme Manager", "International Organization for Migration")


def test_commissioner_portfolio_of_the_releases_regional_commission() -> None:
    ex = run(
        "The European Commission funds the project. Opening remarks will be delivered by Commissioner for "
        "Home Affairs Jane Doe.\n"
    )
    assert aff(ex, "Jane Doe") == ("Commissioner for Home Affairs", "European Commission")


def test_commissioner_for_human_rights_is_no_commission_portfolio() -> None:
    ex = run(
        "The European Commission funds the project. The Commissioner for Human Rights, Jane Doe, said the "
        "law must change.\n"
    )
    assert aff(ex, "Jane Doe")[1] != "European Commission"
