"""Layout the rules must see through: "Convention No. 189" and a hard wrap inside a country name."""

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


def test_a_country_name_broken_by_a_hard_wrap_is_still_a_government() -> None:
    from extracting import org_names

    ex = run(
        "Delegations from Oman, Qatar and the United\nArab Emirates attended the meeting in Port Elara.\n"
    )
    assert "Government of the United Arab Emirates" in org_names(ex)
    assert not any("\n" in name for name in org_names(ex))
