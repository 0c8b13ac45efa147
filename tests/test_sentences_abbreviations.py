"""Sentence splitting around abbreviations that stand before a number ("Convention No. 189")."""

from __future__ import annotations

from extracting import roles, run
from kg.extract.nlp import _stripped_bounds


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in _stripped_bounds(text)]


def test_a_number_after_no_or_art_stays_in_its_sentence() -> None:
    assert sentences("The panel on Convention No. 189 met. It ended.") == [
        "The panel on Convention No. 189 met.",
        "It ended.",
    ]
    assert sentences("Ratify the Convention, 2011 (No. 189), now. See Art. 5 of the law.") == [
        "Ratify the Convention, 2011 (No. 189), now.",
        "See Art. 5 of the law.",
    ]


def test_a_sentence_that_starts_with_a_number_is_still_split() -> None:
    assert sentences("It ended. 200 people came.") == ["It ended.", "200 people came."]
    assert sentences("He said no. 2015 was hard.") == ["He said no.", "2015 was hard."]


def test_an_event_named_after_a_convention_number_keeps_its_organiser() -> None:
    ex = run(
        "A panel on Convention No. 189 and the rights of domestic workers was organised by the Harbour "
        "Workers Union in Port Elara on Tuesday."
    )
    assert "Harbour Workers Union" in roles(ex, "organiser")
