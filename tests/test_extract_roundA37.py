"""Round A37: speakers' titles and organisations (invented sentences)."""

from __future__ import annotations

from extracting import aff, run


def test_bare_title_takes_full_title_and_owner_introduced_before() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) hosted the meeting. LWA's Regional Director for the Northern Coast "
        'also addressed the session. "We start today," said the Regional Director, Ms. Hanna Veltrop.'
    )
    assert aff(ex, "Hanna Veltrop") == ("Regional Director for the Northern Coast", "Lakeport Water Agency")


def test_bare_title_after_the_body_and_title_introduced_before() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) hosted the meeting. The LWA Undersecretary for Rivers and Dams told "
        'participants that work had begun. "We start today," said Undersecretary Doria Maskell.'
    )
    assert aff(ex, "Doria Maskell") == ("Undersecretary for Rivers and Dams", "Lakeport Water Agency")


def test_two_introductions_of_the_same_head_leave_the_bare_title() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) and the Elara River Board (ERB) met. "
        "LWA's Director for the Coast and "
        'ERB\'s Director for the Hills attended. "We start today," said the Director, Ms. Hanna Veltrop.'
    )
    assert aff(ex, "Hanna Veltrop")[0] == "Director"
