"""Round C34: first-person and conditional calls inside quotes, and other recommendation and event
cases (invented sentences)."""

from __future__ import annotations

from tests.extracting import event_names, run


def _recs(text: str) -> set[str]:
    return {r.text for r in run(text).recommendations}


def test_first_person_urge_in_quote_is_a_call() -> None:
    recs = _recs(
        "The Lakeport Water Board met in Port Elara.\n\n"
        '"Our wells are failing. I urge every council represented here to fund a repair crew this year," '
        "said Mira Talsen, Director of the Board.\n"
    )
    assert "I urge every council represented here to fund a repair crew this year" in recs


def test_conditional_we_must_in_quote_is_a_call() -> None:
    recs = _recs(
        "The Lakeport Water Board met in Port Elara.\n\n"
        '"If we want clean rivers, we must stop dumping in them," said Mira Talsen, Director of the Board.\n'
    )
    assert "If we want clean rivers, we must stop dumping in them" in recs


def test_first_person_statement_is_no_call() -> None:
    recs = _recs(
        "The Lakeport Water Board met in Port Elara.\n\n"
        '"I asked the engineers what went wrong," said Mira Talsen, Director of the Board.\n'
    )
    assert recs == set()


def test_conclusions_list_of_infinitive_items_are_calls() -> None:
    recs = _recs(
        "The Lakeport Water Board held a workshop in Port Elara.\n\n"
        "Conclusions of the workshop include:\n"
        "- member councils to appoint a drought officer by June;\n"
        "- a joint survey of wells to be carried out next year.\n\n"
        "The workshop closed on Friday.\n"
    )
    assert recs == {
        "member councils to appoint a drought officer by June",
        "a joint survey of wells to be carried out next year",
    }


def test_conclusions_list_of_findings_are_no_calls() -> None:
    recs = _recs(
        "The Lakeport Water Board held a workshop in Port Elara.\n\n"
        "Conclusions of the workshop include:\n"
        "- most wells in the valley had fallen to record lows;\n"
        "- farmers rarely know where to report a broken pump.\n\n"
        "The workshop closed on Friday.\n"
    )
    assert recs == set()


def test_session_name_stops_before_comma_and_honorific() -> None:
    ex = run(
        "The 12th session of the Lakeport River Commission opened in Port Elara on Monday.\n\n"
        "The Chair of the 12th session of the Commission, Ambassador Tomas Reyl, opened the debate.\n"
    )
    assert not any("Ambassador" in e.name or "Reyl" in e.name for e in ex.events)


def test_side_event_title_after_its_parent_session() -> None:
    ex = run(
        "Mira Talsen spoke at a side event to the 9th session of the Lakeport Water Council, "
        '"Rivers Without Borders: Sharing Water in Dry Valleys", co-organized by the Lakeport Water Board '
        "and the Port Elara River Trust.\n"
    )
    names = event_names(ex)
    assert "Rivers Without Borders: Sharing Water in Dry Valleys" in names
    assert "side event" not in names


def test_launched_campaign_word_before_quoted_name_is_the_launch() -> None:
    ex = run(
        "The Lakeport Water Board today launched the national awareness campaign "
        '"Agua Limpia Para Todos" (Clean Water for All) at the Port Elara town hall.\n'
    )
    assert "Agua Limpia Para Todos" in event_names(ex)
    assert "campaign" not in event_names(ex)


def test_title_case_line_after_dateline_is_a_headline() -> None:
    ex = run(
        "Lakeport and Elara Hold Regional Seminar on Water Theft\n\n"
        "A two-day Regional Seminar on the Theft of Water, organized by the Lakeport Water Board, ended in "
        "Port Elara on 8 October.\n\n"
        "Some 40 officials took part.\n",
        lead="Lakeport Water Notes\nReleased: 12 October 2021\n\n",
    )
    assert event_names(ex) == {"Regional Seminar on the Theft of Water"}


def test_press_office_line_then_name_with_post_is_a_contact() -> None:
    ex = run(
        "The Lakeport Ministry of Water opened a new pumping station on Monday.\n\n"
        "Press Office – Lakeport Ministry of Water\n"
        "Orla Venning, press coordinator\n"
        "Email: press@water.lakeport.gov\n"
    )
    assert [(c.name, c.emails) for c in ex.contacts] == [("Orla Venning", ["press@water.lakeport.gov"])]


def test_name_with_non_press_post_is_no_contact() -> None:
    ex = run(
        "The Lakeport Water Committee adopted its annual report on Monday.\n\n"
        "Orla Venning, Chairperson\n"
        "Tel: +44 20 5550 0101\n"
    )
    assert ex.contacts == []


def test_asked_acronym_bodies_to_act_is_a_call() -> None:
    recs = _recs(
        "The Lakeport Water Conference closed in Port Elara on Friday.\n\n"
        "Delegates asked LWB and the ERT Secretariat to set up a joint drought fund by next year.\n"
    )
    assert recs == {"asked LWB and the ERT Secretariat to set up a joint drought fund by next year"}


def test_source_asked_not_to_be_named_is_no_call() -> None:
    recs = _recs(
        "The Lakeport Water Conference closed in Port Elara on Friday.\n\n"
        "A farmer, who asked not to be named, said the wells had dried up in May.\n"
    )
    assert recs == set()
