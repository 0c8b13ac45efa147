"""Appositives that gloss an organisation rather than extend a title.

"Jane Doe, Director of Casa Nueva, a shelter in Lakeport," : the part after the title tells what kind of body
"Casa Nueva" is, so it is no part of the role and marks "Casa Nueva" as the employer. "Amy Tran, 15, a member
of the Writers Circle": an age between commas is no role either. "Jane Roe of the ABC Country Support
Team": the acronym heading a unit's name is the body the unit belongs to. "written by Amal Roy and Nila Das
of the X Centre": a pair joined by "and" shares the body named after the second name.
"""

from __future__ import annotations

import re

from kg.extract.orgheadless import proper_name_org
from kg.extract.persons import HONORIFIC
from kg.extract.titlesplit import resolves
from kg.model import Extraction

# The lowercase kinds a gloss gives a body: "a shelter in X", "an NGO based in X", "a network of ...".
GLOSS_KIND = re.compile(
    r"^(?:a|an|the)\s+(?:[a-z\-]+\s+){0,2}"
    r"(?:shelter|charity|NGO|non-governmental organi[sz]ation|organi[sz]ation|network|foundation|association|"
    r"group|centre|center|clinic|hospital|school|cooperative|co-operative|movement|coalition|alliance|"
    r"think[- ]tank|institute|union|federation|trust|society)\b"
)
TITLE_OF = re.compile(r"^(.+?)\s+of\s+(?:the\s+)?([A-Z].*)$")
# ", 16, a member of ...", ", 34 years old, a farmer ...": an age right after the name.
AGE_APPOS = re.compile(r"^,\s+(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?,\s+")


def drop_age(after: str) -> str:
    """`after` without an age appositive right after the name."""
    if not (after[2:3].isdigit() or after.startswith(", aged ")):
        return after
    return AGE_APPOS.sub(", ", after, count=1)


def glossed_owner(role_parts: list[str]) -> tuple[str, str] | None:
    """(title, organisation) when the role parts are "Title of Name" then "a <kind> ...", else None."""
    if len(role_parts) < 2 or not GLOSS_KIND.match(role_parts[1]):
        return None
    m = TITLE_OF.match(role_parts[0])
    if not m or not proper_name_org(m.group(2), marked_only=False):
        return None
    return m.group(1), m.group(2)


# "the ABC Country Support Team for X": an acronym followed by the capitalised words of one of its units.
ACRONYM_UNIT = re.compile(r"^([A-Z][A-Z0-9&]{1,9})\s+[A-Z][a-z]")


def unit_acronym(tail: str) -> str:
    """The acronym heading a unit's name after "of the", or "" when there is none."""
    m = ACRONYM_UNIT.match(tail) if tail[:1].isupper() and tail[1:2].isupper() else None
    return m.group(1) if m else ""


# " and Nila Das of the X Centre,": the partner's name, then the body after "of".
PAIR_OF = re.compile(
    rf"\s+and\s+(?:{HONORIFIC}\s+)?(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+){{1,3}}of\s+(?:the\s+)?"
    r"([A-Z][^,;.()\"“”\n]{2,80}?)(?=\s*[,;.()]|\s+(?:and|who|in|at)\s)"
)


def pair_owner(ex: Extraction, text: str, end: int) -> str | None:
    """The body a name shares with the one joined to it by "and" ("A and B of the X Centre"), or None."""
    m = PAIR_OF.match(text, end, end + 160)
    return m.group(1) if m and resolves(ex, m.group(1)) else None
