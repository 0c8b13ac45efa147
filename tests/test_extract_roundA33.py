"""Round A33: speakers, their titles and organisations (invented releases)."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_secretary_of_the_ministry_names_back_the_publisher_ministry() -> None:
    ex = run(
        "The Ministry of Fisheries and Coastal Affairs opened a course for harbour officers today. The "
        "Ministry, known until 2015 as the Ministry of Coastal Works, "
        "ran it with the Lakeport Harbour Board. "
        "The Ministry of Fisheries and Coastal Affairs will repeat it next year.\n\n"
        'Secretary of the Ministry Mr. Tomas Verlaine said that "every harbour needs trained staff."'
    )
    assert aff(ex, "Tomas Verlaine") == ("Secretary", "Ministry of Fisheries and Coastal Affairs")


def test_title_followed_by_bare_acronym_of_a_named_body() -> None:
    ex = run(
        "The Lakeport Border Authority (LBA) opened a course on forged papers today.\n\n"
        "Director General LBA Mr. Oren Falworth said the Authority had stopped many forged passports."
    )
    assert aff(ex, "Oren Falworth") == ("Director General", "Lakeport Border Authority")


def test_name_abbreviation_after_honorific_is_no_part_of_the_title() -> None:
    ex = run(
        "The Lakeport Bureau of Seafarers and Training (LBST) joined the project.\n\n"
        "Director General of LBST Mr. Md. Arif Hossain Talukder said the Bureau would train 900 crew."
    )
    assert aff(ex, "Arif Hossain Talukder") == (
        "Director General",
        "Lakeport Bureau of Seafarers and Training",
    )


def test_sessions_facilitated_by_make_the_facilitators_speakers() -> None:
    ex = run(
        "The Lakeport Water Agency opened a workshop on leak detection today.\n\n"
        "Sessions were facilitated by Ms. Ilsa Brandvik, Director of Networks at the Agency, and by "
        "Mr. Teo Marchetti of the Lakeport Pipe Institute."
    )
    assert {"Ilsa Brandvik", "Teo Marchetti"} <= speakers(ex)


def test_inaugurated_the_training_makes_a_speaker() -> None:
    ex = run(
        "The Lakeport Water Agency ran a course on leak detection this week.\n\n"
        "Minister for Water Mr. Halvard Pennick inaugurated the training on the first day."
    )
    assert "Halvard Pennick" in speakers(ex)


def test_inaugurated_a_building_makes_no_speaker() -> None:
    ex = run("Returnees led by Mr. Halvard Pennick inaugurated a fish market in Lakeport on Tuesday.")
    assert "Halvard Pennick" not in speakers(ex)


def test_brought_greetings_makes_each_listed_person_a_speaker() -> None:
    ex = run(
        "The Lakeport Water Agency launched a campaign on safe wells today.\n\n"
        "H.E. Mira Solvang, Ambassador of Northland to Lakeport, and Mr. Teo Marchetti, Head of Office of "
        "the Lakeport Pipe Institute, also brought greetings."
    )
    assert {"Mira Solvang", "Teo Marchetti"} <= speakers(ex)


def test_rank_acronym_before_surname_is_the_same_speaker() -> None:
    ex = run(
        "The Lakeport Police Service opened a new unit today.\n\n"
        "Senior Superintendent of Police Oren Falworth said the unit had made ten arrests. "
        '"Every call is followed up," SSP Falworth said.'
    )
    assert speakers(ex) == {"Oren Falworth"}


def test_name_abbreviation_ma_does_not_end_the_sentence_before_the_name() -> None:
    ex = run(
        "The Lakeport Seafarers Administration (LSA) joined the talks.\n\n"
        "LSA Administrator Ma. Lucia B. Verano briefed the panel on the licensing system."
    )
    assert aff(ex, "Lucia B. Verano") == ("Administrator", "Lakeport Seafarers Administration")


def test_portfolio_title_without_body_takes_the_ministry_of_that_portfolio() -> None:
    ex = run(
        "The Ministry of Fisheries and Coastal Development launched a plan against illegal fishing today.\n\n"
        "The Principal Secretary for Fisheries, Mr. Oren Falworth, presented the plan's budget to delegates."
    )
    assert aff(ex, "Oren Falworth") == (
        "Principal Secretary for Fisheries",
        "Ministry of Fisheries and Coastal Development",
    )


def test_portfolio_title_stays_without_body_when_two_ministries_fit() -> None:
    ex = run(
        "Officials of the Ministry of Health of Lakeland and the Ministry of Health of Northland met.\n\n"
        "The host country's Minister of Health, Dr. Oren Falworth, explained the national plan."
    )
    assert aff(ex, "Oren Falworth")[1] is None


def test_police_rank_acronym_before_name_is_the_title() -> None:
    ex = run(
        "Sessions were facilitated by AIG Musa Okparaeke (Rtd.), a former head of the Lakeport Police "
        "cybercrime unit."
    )
    assert speakers(ex) == {"Musa Okparaeke"}
    assert aff(ex, "Musa Okparaeke")[0] == "AIG"


def test_courtesy_before_the_office_is_no_part_of_the_role() -> None:
    ex = run(
        "The Ministry of Fisheries and Coastal Development opened a workshop today.\n\n"
        "Hon'ble Minister for Fisheries and Coastal Development Mr. Oren Falworth attended as chief guest. "
        '"Our boats must be safe," the Minister said.'
    )
    assert aff(ex, "Oren Falworth")[0] == "Minister for Fisheries and Coastal Development"


def test_rank_of_police_takes_the_one_police_force_of_the_release() -> None:
    ex = run(
        "Officers of the Lakeland Police Force and the Lakeland Defence Force completed a course on forged "
        "papers today. The course was held with the Harbour Police.\n\n"
        "Commissioner of Police Mr. Oren Falworth thanked the trainers and noted that detections had risen."
    )
    assert aff(ex, "Oren Falworth") == ("Commissioner of Police", "Lakeland Police Force")


def test_engineer_honorific_after_said_opens_the_speaker_name() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) opened a course on leak detection.\n\n"
        '"Water is life," said Eng. Oren Falworth, Director of Networks at the LWA.'
    )
    assert speakers(ex) == {"Oren Falworth"}
