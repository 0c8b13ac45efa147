"""Round C36: French, Spanish and Portuguese contact labels, and other event, call and quote cases of
emergency and regional releases (invented sentences)."""

from __future__ import annotations

from tests.extracting import run

BODY = "The Lakeport Water Network opened a flood warning centre in Port Elara today.\n\n"


def _contacts(text: str) -> list[tuple[str, list[str]]]:
    return [(c.name, c.emails) for c in run(BODY + text).contacts]


def test_french_press_contact_label_opens_the_contact_block() -> None:
    block = (
        "Contact presse / Press contact:\nOdile Ravanel, Lakeport Water Network\nE-mail: oravanel@lwn.org\n"
    )
    assert _contacts(block) == [("Odile Ravanel", ["oravanel@lwn.org"])]


def test_spanish_press_contact_label_opens_the_contact_block() -> None:
    block = "Contacto de prensa / Press contact:\nMarisol Quintero Vidal\nTel.: +51 1 555 0100\nmq@lwn.org\n"
    assert _contacts(block) == [("Marisol Quintero Vidal", ["mq@lwn.org"])]


def test_portuguese_press_contact_label_opens_the_contact_block() -> None:
    block = "Contacto para a imprensa:\nJoana Pires Aldeia\nE-mail: jpires@lwn.org\n"
    assert _contacts(block) == [("Joana Pires Aldeia", ["jpires@lwn.org"])]


def test_foreign_press_office_is_no_contact_person() -> None:
    block = "Para más información / For more information:\nOficina de Prensa Lakeport\nTel: +51 1 555 0100\n"
    assert _contacts(block) == []


def test_bare_ceremony_is_named_after_the_place_it_is_held_in() -> None:
    ex = run(
        "The Lakeport Water Network today handed over 300 water pumps to the river councils at a ceremony in "
        "Lusaka.\n"
    )
    assert [e.name for e in ex.events] == ["ceremony in Lusaka"]


def test_list_of_priorities_introduces_calls() -> None:
    ex = run(
        "The river council chair presented a list of priorities agreed by partners at the meeting:\n\n"
        "- Repair the flood gates on the northern bank before the rains;\n"
        "- Train two wardens in every village.\n"
    )
    texts = [r.text for r in ex.recommendations]
    assert any(t.startswith("Repair the flood gates") for t in texts)
    assert any(t.startswith("Train two wardens") for t in texts)


def test_acronym_in_brackets_before_the_head_word_keeps_the_described_event() -> None:
    ex = run(
        "More than 60 wardens today completed a five-day River Flood Management (RFM) training organised by "
        "the Lakeport Water Network.\n"
    )
    assert "five-day River Flood Management (RFM) training" in [e.name for e in ex.events]


def test_reported_obligation_after_said_is_a_call() -> None:
    ex = run(
        "Lakeport Water Network director Jane Roe said river gates had to be repaired before the rains.\n"
    )
    assert [(r.text, r.by) for r in ex.recommendations] == [
        ("river gates had to be repaired before the rains", "Lakeport Water Network")
    ]


def test_what_people_had_to_do_is_no_call() -> None:
    ex = run("Lakeport Water Network director Jane Roe said they had to walk for three days.\n")
    assert ex.recommendations == []
