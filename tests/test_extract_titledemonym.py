"""A minister introduced by nationality speaks for the ministry the release names for the portfolio; with
no such ministry, or with a possessive, the government stays. Invented sentences."""

from __future__ import annotations

from extracting import aff, run

MINISTRY = "The workshop was organised by the Ministry of Fisheries and Inland Waters with IOM. "


def test_demonym_minister_with_the_ministry_named() -> None:
    ex = run(
        MINISTRY + "The Namibian Minister of Fisheries and Inland Waters, Hon. Petrus Ndeshipanda, said "
        "that the boats had been repaired.\n"
    )
    assert aff(ex, "Petrus Ndeshipanda") == (
        "Minister of Fisheries and Inland Waters",
        "Ministry of Fisheries and Inland Waters",
    )


def test_demonym_minister_without_a_ministry_keeps_the_government() -> None:
    ex = run(
        "The workshop was organised by IOM. The Namibian Minister of Fisheries and Inland Waters, Hon. "
        "Petrus Ndeshipanda, said that the boats had been repaired.\n"
    )
    org = aff(ex, "Petrus Ndeshipanda")[1]
    assert org and org.startswith("Government of")


def test_possessive_minister_keeps_the_government() -> None:
    ex = run(
        MINISTRY + "Namibia's Minister of Fisheries and Inland Waters, Hon. Petrus Ndeshipanda, said that "
        "the boats had been repaired.\n"
    )
    org = aff(ex, "Petrus Ndeshipanda")[1]
    assert org and org.startswith("Government of")
