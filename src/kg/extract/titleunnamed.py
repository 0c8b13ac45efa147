"""An office introduced with no name, its holder named by the next speaker of the paragraph: "Lakeland
Agency's Director of Water and Soil set the tone in the opening session ... "We start today," said Dr.
Jane Doe, who leads the division."

Releases often tell what an office holder did before naming her; the name comes a sentence later, with no
title at all. When a speaker has neither role nor organisation, and the same paragraph, before her name,
introduces exactly one office as "<Body>'s <Title>" (a known organisation owning a title phrase) with no
other person named between that office and her, she is its holder: the title and its body are hers. A
title followed by a name ("X's Director, Jane Roe") or written after one ("Jane Roe, X's Director;") belongs
to that name and is never given: the office must be a clause's subject, its title followed by a verb.
"""

from __future__ import annotations

import re

from kg.extract.persons import mentions
from kg.extract.personwords import TITLE_ALTERNATION
from kg.extract.titleintroduced import WINDOW, title_owner, title_tail
from kg.model import Affiliation, Document, Extraction, Span

# "<Body>'s [Deputy Regional] <Title word>": the start of an office owned by a body before it.
OWNED_TITLE = re.compile(rf"(?:'s|’s)\s+((?:[A-Z][\w\-]*\s+){{0,3}}?(?:{TITLE_ALTERNATION}))\b")


def unnamed_office_holders(doc: Document, ex: Extraction) -> None:
    """Give a speaker with no affiliation the one office her paragraph introduced, unnamed, before her."""
    text = doc.text
    speakers = {s.person for s in ex.speeches}
    have = {a.person for a in ex.affiliations if a.role or a.organisation}
    ms = mentions(doc)
    for i, m in enumerate(ms):
        p = ex.person(m.name)
        if p is None or p.name not in speakers or p.name in have:
            continue
        para = text.rfind("\n\n", 0, m.start)
        lo = max(0, para + 2 if para >= 0 else 0, m.start - WINDOW)
        # No other name between the office and the speaker: the office is introduced after the last one.
        prev = max((x.end for x in ms[:i] if x.end <= m.start), default=0)
        lo = max(lo, prev)
        found = []
        for t in OWNED_TITLE.finditer(text, lo, m.start):
            start = t.start(1)
            owner = title_owner(ex, text, start)
            end = title_tail(text, t.end(1), m.start)
            # The office is the subject of a clause ("... Development set the tone"), not an appositive
            # of a name before it ("A, X's Head of Office;"): a lowercase word follows the title.
            if owner is not None and end + 1 < m.start and text[end] == " " and text[end + 1].islower():
                found.append((text[start:end], owner, start))
        if len(found) != 1:
            continue
        title, owner, start = found[0]
        a = next((x for x in ex.affiliations if x.person == p.name), None)
        if a is None:
            ex.affiliations.append(Affiliation(p.name, title, owner, Span(start, m.end)))
        else:
            a.role, a.organisation = title, owner
        have.add(p.name)
