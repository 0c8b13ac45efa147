"""The last items of a minister's portfolio list are no organisation.

"the Vice Minister of Fisheries, Rural Roads and Cooperatives" and "Minister for Fisheries,
Inland Waters and Harbour Works" list the fields of one portfolio; the run after the comma holds a
head word ("Service", "Relations") but names no body. It is read as the tail of the title when the text
before it is "Minister of/for" and capitalised portfolio words up to a comma, and the run itself closes the
list with "and" (a body named after a title's comma starts with its own head: ", Ministry of Health").
"""

from __future__ import annotations

import re

_PORTFOLIO_WORD = r"(?:[A-Z][\w’'-]*|and|of|for|the|&)"
MINISTER_LIST_BEFORE = re.compile(
    rf"\bMinisters?\s+(?:of|for)\s+[A-Z][\w’'-]*(?:[\s,]+{_PORTFOLIO_WORD}){{0,8}},\s*$"
)
BODY_LEAD = frozenset(
    ("Ministry", "Department", "Directorate", "Office", "Secretariat", "Agency", "Commission", "Authority")
)


def continues_minister_portfolio(text: str, start: int, run: str) -> bool:
    """Whether the capitalised `run` at `start` closes a "Minister of A, B and C" portfolio list."""
    if " and " not in run or run.split(" ", 1)[0] in BODY_LEAD:
        return False
    window = text[max(0, start - 100) : start]
    if "Minister" not in window:
        return False
    return MINISTER_LIST_BEFORE.search(window) is not None
