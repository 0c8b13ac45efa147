"""Round 25a (speakers' roles and governments): an official country name whose bare tail names no country
("Republic of Korea") stays the government's name; "Leader" and "Convener" are titles, so the phrase before a
civic rank ("the Leader of X Council, Councillor Y") gives the role. Invented sentences."""

from __future__ import annotations

from extracting import aff, org_names, run
from kg.extract.orgnames import government_name


def test_official_form_kept_when_its_tail_names_no_country() -> None:
    assert government_name("KR", "the Republic of Korea") == "Government of the Republic of Korea"


def test_official_form_with_a_country_tail_gives_the_short_name() -> None:
    assert government_name("LI", "the Principality of Liechtenstein") == "Government of Liechtenstein"
    assert government_name("MD", "the Republic of Moldova") == "Government of Moldova"


def test_diplomats_from_the_republic_of_korea() -> None:
    ex = run("Officials attended, as well as diplomats from Peru, the Republic of Korea and Chile.\n")
    assert "Government of the Republic of Korea" in org_names(ex)
    assert "Government of South Korea" not in org_names(ex)


def test_leader_of_a_council_before_a_civic_rank() -> None:
    ex = run(
        "Opening the day, the Leader of Lakeport City Council, Councillor Jane Doe, said the plan was done.\n"
    )
    assert aff(ex, "Jane Doe") == ("Leader", "Lakeport City Council")


def test_convener_owned_by_the_council_before_a_civic_rank() -> None:
    ex = run(
        "Lakeport City Council hosted the meeting. The council's convener for housing and transport, "
        "Councillor John Roe, presented the map of the districts.\n"
    )
    assert aff(ex, "John Roe") == ("convener for housing and transport", "Lakeport City Council")


def test_company_named_again_without_its_legal_suffix() -> None:
    ex = run(
        "Lakeport Knitwear Ltd. opened two childcare centres at its factory. Lakeport Knitwear's chief "
        "executive, Jane Doe, said the centres would be free.\n"
    )
    assert aff(ex, "Jane Doe") == ("chief executive", "Lakeport Knitwear Ltd")
    assert "Lakeport Knitwear" not in org_names(ex)


def test_deputy_title_tied_to_the_office_of_the_title_it_serves() -> None:
    ex = run(
        "The seminar was organised with the Prosecutor General's Office of Chile. Delivering remarks on "
        "behalf of the Prosecutor General, Deputy Prosecutor General Jane Doe said that cases had doubled.\n"
    )
    assert aff(ex, "Jane Doe") == ("Deputy Prosecutor General", "Prosecutor General's Office of Chile")


def test_deputy_of_an_office_of_the_title() -> None:
    ex = run(
        "The Office of the Lakeland Ombudsman for Children (OLOC) hosted the panel. Opening remarks were "
        "delivered by the Deputy Ombudsman for Children, Ms. Jane Doe.\n"
    )
    assert aff(ex, "Jane Doe")[1] == "Office of the Lakeland Ombudsman for Children"


def test_one_word_title_names_no_office() -> None:
    ex = run(
        "The Director's Office of the Lakeland Institute sent a note. Deputy Director Jane Doe said that "
        "the figures were late.\n"
    )
    assert aff(ex, "Jane Doe")[1] != "Director's Office of the Lakeland Institute"


def test_short_body_name_in_front_of_a_title() -> None:
    ex = run(
        "The Commonwealth Secretariat will host the workshop. Announcing it, the Commonwealth Deputy "
        "Secretary-General, Mr John Roe, said that births to young mothers had fallen.\n"
    )
    assert aff(ex, "John Roe") == ("Deputy Secretary-General", "Commonwealth Secretariat")


def test_short_name_without_such_a_body_stays_in_the_title() -> None:
    ex = run("The Commonwealth Deputy Secretary-General, Mr John Roe, said that births had fallen.\n")
    assert aff(ex, "John Roe") == ("Commonwealth Deputy Secretary-General", None)


def test_its_refers_to_the_subject_of_the_sentence_before() -> None:
    ex = run(
        "The Lakeland Literacy Foundation presented a survey carried out with the University of Port Elara. "
        "Its Director of Programmes, Jane Doe, said that few websites used a local language.\n"
    )
    assert aff(ex, "Jane Doe") == ("Director of Programmes", "Lakeland Literacy Foundation")


def test_its_after_a_sentence_without_a_body_subject_takes_the_last_named() -> None:
    ex = run(
        "Teachers presented a survey carried out with the Lakeland Literacy Foundation. "
        "Its Director of Programmes, Jane Doe, said that few websites used a local language.\n"
    )
    assert aff(ex, "Jane Doe") == ("Director of Programmes", "Lakeland Literacy Foundation")
