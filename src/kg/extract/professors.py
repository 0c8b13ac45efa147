"""An academic title spelled out before a speaker's name is the speaker's role when no other is given.

"Professor Jane Doe of the University of Lakeport presented ...": readers take "Professor" as the
title the text gives her, as they would "Minister" or "Director". The abbreviation ("Prof. Jane
Doe") reads as a form of address and is left alone, as "Dr." is; and a speaker with a title of
office ("Professor Jane Doe, Dean of ...") keeps that one.
"""

from __future__ import annotations

import re

from kg.model import Affiliation, Extraction, Span

# The spelled-out title, with the ranks that qualify it, ending just before the name.
PROFESSOR = re.compile(r"(?<![\w.])((?:(?:Associate|Assistant|Emeritus)\s+)?Professor)[ \t]+$")


def professor_titles(ex: Extraction, text: str) -> None:
    spelled_titles(ex, text, PROFESSOR)


def spelled_titles(ex: Extraction, text: str, title: re.Pattern[str]) -> None:
    """Give each speaker with no role the title `title` finds right before one of her mentions (group 1)."""
    speakers = {s.person for s in ex.speeches}
    for p in ex.people:
        if p.name not in speakers:
            continue
        aff = next((a for a in ex.affiliations if a.person == p.name), None)
        if aff is not None and aff.role:
            continue
        for span in p.spans:
            m = title.search(text, max(0, span.start - 40), span.start)
            if m is None:
                continue
            if aff is None:
                ex.affiliations.append(Affiliation(p.name, m.group(1), None, Span(m.start(1), span.end)))
            else:
                aff.role = m.group(1)
            break
