"""Round 40a: speakers' offices and organisations (invented releases)."""

from __future__ import annotations

from extracting import aff, run, speakers

ACME = "The Lakeport Water Authority (LWA) and the Harbour Trust met in Lakeport on Monday. "


def test_copular_office_with_possessive_body_drops_generic_tail() -> None:
    ex = run(
        ACME + "Mara Velden is the LWA's Chief Technical Adviser for the project. She told the meeting that "
        "pumps should be repaired before the rains."
    )
    assert "Mara Velden" in speakers(ex)
    assert aff(ex, "Mara Velden") == ("Chief Technical Adviser", "Lakeport Water Authority")


def test_copular_office_with_body_before_title_keeps_place() -> None:
    ex = run(
        ACME + 'Oskar Brandt is the LWA Representative in Lakeport. "Water is not a favour," he told the '
        "audience."
    )
    assert aff(ex, "Oskar Brandt") == ("Representative in Lakeport", "Lakeport Water Authority")


def test_copular_lowercase_description_is_no_office() -> None:
    ex = run(ACME + 'Oskar Brandt is a farmer near the lake. "We wait for water," he told the audience.')
    assert aff(ex, "Oskar Brandt")[0] != "farmer near the lake"
