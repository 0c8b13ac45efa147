"""A lowercase calling that opens the sentence right before the name: "Health worker Jane Doe, who leads
a mobile team, said ...", "Senior midwife Jane Doe told ...".

The calling is capitalised only because it opens the sentence, so the title readers, which want a
capitalised title or a calling after an article, see no role. The words before the name are the role
when the last one is a calling (affilcues.CALLINGS) and the others are lowercase modifiers. Only for
speakers with no role; an organisation found by other rules stays.
"""

from __future__ import annotations

import re

from kg.extract.affilcues import CALLINGS
from kg.model import Affiliation, Extraction, Span

OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?P<role>[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){0,2})\s+$")
CALLING = re.compile(CALLINGS)
DETERMINERS = frozenset({"The", "A", "An", "Our", "Their", "His", "Her", "This", "That", "Its"})


def opening_calling(text: str, start: int) -> str | None:
    """The sentence-opening calling right before the name at text[start:], else None."""
    m = OPENING.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = m.group("role").split()
    if words[0] in DETERMINERS or not CALLING.fullmatch(words[-1].lower()):
        return None
    return m.group("role")


def opening_callings(ex: Extraction, text: str) -> None:
    """Give each speaker with no role the calling that opens the sentence before one of their mentions."""
    for s in ex.speeches:
        p = ex.person(s.person)
        if p is None:
            continue
        old = next((a for a in ex.affiliations if a.person == p.name), None)
        if old is not None and old.role:
            continue
        role = next((r for sp in p.spans if (r := opening_calling(text, sp.start))), None)
        if role is None:
            continue
        if old is None:
            ex.affiliations.append(Affiliation(p.name, role, None, Span(p.spans[0].start, p.spans[0].end)))
        else:
            old.role = role
