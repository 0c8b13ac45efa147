"""A minister introduced by nationality speaks for the ministry the release names for the portfolio; with
no such ministry the government stays. A possessive takes the ministry only when the release has it act
(titlepossessive, round A42). Invented sentences."""

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


def test_possessive_minister_with_an_acting_ministry_takes_it() -> None:
    # Round A42: probe gold ties 17 of 27 such officials (every one from p286 on) to the acting ministry.
    ex = run(
        MINISTRY + "Namibia's Minister of Fisheries and Inland Waters, Hon. Petrus Ndeshipanda, said that "
        "the boats had been repaired.\n"
    )
    assert aff(ex, "Petrus Ndeshipanda")[1] == "Ministry of Fisheries and Inland Waters"


def test_possessive_minister_with_a_ministry_that_does_not_act_keeps_the_government() -> None:
    ex = run(
        "One official from the Ministry of Fisheries and Inland Waters attended. Namibia's Minister of "
        "Fisheries and Inland Waters, Hon. Petrus Ndeshipanda, said that the boats had been repaired.\n"
    )
    org = aff(ex, "Petrus Ndeshipanda")[1]
    assert org and org.startswith("Government of")
