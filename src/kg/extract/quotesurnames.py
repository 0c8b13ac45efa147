"""Pronoun resolution over bare surnames: 'Doe said the service had new powers. "...," he noted.'

Full-name mentions are what `quotes._recent` looks back over; a speaker named again by surname alone
after someone else's full name is the more recent antecedent of "he" or "she".
"""

from __future__ import annotations

import re

from kg.extract.namewordindex import surname_mentions
from kg.extract.persons import mentions
from kg.extract.personwords import FEMALE_HONORIFICS, MALE_HONORIFICS
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
    full = None
    for surname, names in by_surname.items():
        if len(names) != 1 or len(surname) < 3:
            continue
        for s, _ in surname_mentions(doc, surname):
            if lo <= s < pos and s > best_at:
                if full is None:
                    full = [(m.start, m.end) for m in mentions(doc) if m.end > lo and m.start < pos]
                if any(a <= s < b for a, b in full):
                    continue  # the surname inside a full-name mention is no bare surname
                best, best_at = names[0], s
    return best


# '"...," she said': the pronoun right after the closing quote mark.
PRONOUN_AFTER_QUOTE = re.compile(r"[”\"],?\s+(he|she)\b")


def agreeing(text: str, prev: list, pos: int) -> list:
    """The mentions in `prev` whose honorific does not contradict the "he"/"she" after the quote that
    opens at `pos` ('Ms Tan ... "...," he said' is not Ms Tan's quote)."""
    m = PRONOUN_AFTER_QUOTE.search(text, pos + 1, pos + 600)
    if not m or len(prev) < 2:
        return prev
    wrong = MALE_HONORIFICS if m.group(1) == "she" else FEMALE_HONORIFICS
    out = [x for x in prev if x.surface.split()[0].rstrip(".") not in wrong]
    return out or prev
