"""Round A42: how a country's official, a re-mention and a unit head find their organisation."""

from __future__ import annotations

from extracting import aff, run


def test_possessive_minister_takes_acting_ministry() -> None:
    ex = run(
        "A seminar on water rights was organised by the Lakeport Institute in partnership with the "
        "Ministry of Water and Forests of Norway. Norway's Minister of Water and Forests, Jana Brodek, "
        'opened the seminar. "Rivers know no borders," she said.'
    )
    assert aff(ex, "Jana Brodek")[1] == "Ministry of Water and Forests of Norway"


def test_possessive_minister_keeps_government_without_acting_ministry() -> None:
    ex = run(
        "A seminar on water rights was organised by the Lakeport Institute. Norway's Minister of Water and "
        'Forests, Jana Brodek, opened the seminar. "Rivers know no borders," she said.'
    )
    assert aff(ex, "Jana Brodek")[1] == "Government of Norway"


def test_secretary_of_portfolio_takes_acting_department() -> None:
    ex = run(
        "The forum was co-sponsored by the Lakeport Institute and the Department of Coastal Affairs of "
        "Norway. Norway's Secretary of Coastal Affairs, Tomas Verhoef, told delegates that ports must "
        "share data."
    )
    assert aff(ex, "Tomas Verhoef") == (
        "Secretary of Coastal Affairs",
        "Department of Coastal Affairs of Norway",
    )
