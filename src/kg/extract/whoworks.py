"""The body a "who now works with" clause names: "Jane Doe, a survivor of trafficking who now works with the
Lakeport Survivors Network, told the forum ...", "Jane Doe, who founded Lakeport Haven in 2001, said ..." or
"John Roe, a builder who was trafficked in 2003 and now volunteers with Lake Aid, said ...".

Releases of civil-society groups let survivors, volunteers and founders speak and describe them by what
they went through, then by the group they now belong to. The description is their past, not an office,
so the speaker has no role; the group after "works with" / "volunteers at" / "founded" is her
organisation. Read only when the release knows the group as an organisation.
"""

from __future__ import annotations

import re

from kg.extract.titlesplit import PAREN_ACRONYM, resolves
from kg.model import Extraction

WORKS_WITH = re.compile(
    r"^\s*,\s*(?:an?\s+(?:[\w-]+\s+){1,5}?)?who\s+(?:[^,;.()]{1,80}?\s+and\s+)?(?:now\s+|currently\s+|also\s+|today\s+)?"
    r"(?:works\s+(?:with|for|at)|volunteers\s+(?:with|for|at)|(?:co-)?founded)\s+(?:the\s+)?"
    r"([A-Z][^,.;()]{1,80})"
)
# "Lakeport Haven in 2001": a year or a place after the name is no part of it.
TAIL = re.compile(r"\s+(?:in|at|on|after|since|when|and|to)\b.*$")


def works_with_body(ex: Extraction, after: str) -> str | None:
    """The organisation the "(a survivor) who now works with X" appositive after the name names, if known."""
    m = WORKS_WITH.match(after.replace("\n", " "))
    if m is None:
        return None
    obj = PAREN_ACRONYM.sub("", m.group(1)).strip()
    for cand in (obj, TAIL.sub("", obj)):
        if cand and resolves(ex, cand):
            return cand
    return None
