"""Pronoun resolution over bare surnames: 'Doe said the service had new powers. "...," he noted.'

Full-name mentions are what `quotes._recent` looks back over; a speaker named again by surname alone
after someone else's full name is the more recent antecedent of "he" or "she".
"""

from __future__ import annotations

from kg.extract.persons import surname_mentions
from kg.model import Document, Extraction

# How far back (characters) a bare surname may stand from the quote it attributes.
REACH = 600


def surname_after(doc: Document, ex: Extraction, speakers: set[str], lo: int, pos: int) -> str | None:
    """The speaker whose bare surname stands last in text[lo:pos] (surnames two speakers share are
    skipped), or None."""
    lo = max(lo, pos - REACH)
    by_surname: dict[str, list[str]] = {}
    for name in speakers:
        by_surname.setdefault(name.split()[-1], []).append(name)
    best, best_at = None, -1
    for surname, names in by_surname.items():
        if len(names) != 1 or len(surname) < 3:
            continue
        for s, _ in surname_mentions(doc, surname):
            if lo <= s < pos and s > best_at:
                best, best_at = names[0], s
    return best
