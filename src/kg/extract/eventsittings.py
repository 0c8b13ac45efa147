"""A known body's name used for one of its sittings: "the Global Forum on X, which opens in Lakeport on 12
March". Forums, conferences and summits that the gazetteer lists as bodies are also the meetings they
hold; the release says which when the name is followed by where and when it opens or is held. Then the
mention is an event, and the body, named only there, is no organisation of the release.
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


def known_body_sitting(flat: str, name: str, end: int) -> bool:
    """Whether the known body's name ending at `end` names one of its sittings."""
    return _SITTING_HEADS.search(name) is not None and SITTING_NEXT.match(flat, end) is not None


def drop_sitting_body(ex: Extraction, name: str, start: int, end: int) -> None:
    """Drop the organisation of that name when every mention of it is this sitting."""
    org = ex.organisation(name)
    if org is not None and all(start <= s.start and s.end <= end for s in org.spans):
        ex.organisations.remove(org)
