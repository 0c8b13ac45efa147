"""A known body's name used for one of its sittings: "the Global Forum on X, which opens in Lakeport on 12
March". Forums, conferences and summits that the gazetteer lists as bodies are also the meetings they
hold; the release says which when the name is followed by where and when it opens or is held, or when
an ordinal stands before it ("the third Global Forum on X", "the next Summit"). Then the mention is an
event, and the body, named only there, is no organisation of the release.
"""

from __future__ import annotations

import re

from kg.model import Extraction

_SITTING_HEADS = re.compile(r"\b(?:Forum|Conference|Summit|Congress|Dialogue|Meeting)\b")
SITTING_NEXT = re.compile(
    r",?\s+(?:which|that)\s+(?:(?:will|is\s+to|is\s+due\s+to)\s+)?(?:opens?|opened|begins?|began|starts?|started|"
    r"takes?\s+place|took\s+place|(?:is|was|will\s+be)\s+(?:being\s+)?held|convenes?|convened|meets|met)\s+"
    r"(?:in|on|at|from|next|this|later)\b"
)


_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|"
    r"upcoming|forthcoming|\d+(?:st|nd|rd|th))\s+"
)
ORDINAL_BEFORE = re.compile(rf"\b{_ORDINAL}$", re.I)
ORDINAL_LEAD = re.compile(_ORDINAL, re.I)


def known_body_sitting(flat: str, name: str, start: int, end: int) -> bool:
    """Whether the known body's name at flat[start:end] names one of its sittings."""
    if _SITTING_HEADS.search(name) is None:
        return False
    return (
        SITTING_NEXT.match(flat, end) is not None
        or ORDINAL_BEFORE.search(flat, max(0, start - 16), start) is not None
    )


def drop_sitting_body(ex: Extraction, name: str, start: int, end: int) -> None:
    """Drop the organisation of that name when every mention of it is this sitting."""
    org = ex.organisation(name)
    if org is not None and all(start <= s.start and s.end <= end for s in org.spans):
        ex.organisations.remove(org)


def drop_numbered_sitting_body(ex: Extraction, name: str, start: int, end: int) -> None:
    """ "the third Global Forum on X": an event named with its ordinal; the known body named only inside
    it is no organisation of the release."""
    lead = ORDINAL_LEAD.match(name)
    if lead and _SITTING_HEADS.search(name):
        drop_sitting_body(ex, name[lead.end() :], start + lead.end(), end)
