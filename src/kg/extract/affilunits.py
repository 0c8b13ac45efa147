"""Bodies in a speaker's appositive that the organisation finder leaves short or unnamed.

A unit named after the title, headed by the body's acronym.

"Jane Doe, Senior Specialist on Labour Standards, ILO Decent Work Technical Support Team for the Andes":
the part after the comma is no more of the title but the unit she works in, a body of its own (the
guidelines make a unit with a proper name an organisation). It is read as one when it opens with an
acronym the release (or the gazetteer) knows, holds a word that heads a body, and no title word.
Also: a name cut at its own comma ("Committee for Rivers, Lakes and Forests"), and a medium
named by its kind ("Radio Lakeport").
"""

from __future__ import annotations

import re

from kg.extract.titlesplit import has_title, resolves
from kg.model import Extraction, Organisation

UNIT_PART = re.compile(
    r"^([A-Z][A-Z&]{1,9})\s+(?:[A-Z][\w'’\-]*\s+){0,6}?"
    r"(?:Team|Office|Unit|Centre|Center|Department|Division|Programme|Program|Project|Bureau|Secretariat|"
    r"Mission|Section|Service|Branch|Network|Institute|Observatory|Platform|Facility|Initiative)"
    # An "of/for" complement of capitalised words (and joining words) may follow the head.
    r"(?:\s+(?:for|of|on|in)\s+(?:(?:the|and|of|for|&)\s+|[A-Z][\w'’\-]*\s*){1,10})?$"
)


def unit_part(ex: Extraction, part: str) -> bool:
    """True when an appositive part is a known body's named unit ("ILO Decent Work Support Team")."""
    if not part[:2].isupper() or has_title(part):
        return False
    m = UNIT_PART.match(part.strip())
    return m is not None and resolves(ex, m.group(1))


# "Committee for Rivers, Lakes and Forests": the last items of a comma-joined portfolio.
COORD_TAIL = re.compile(
    r"^[A-Z][\w'’\-]*(?:,?\s+[A-Z][\w'’\-]*)*,?\s+and\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*$"
)


def coordinated_tail(org: str, part: str) -> bool:
    """True when `part` continues `org`'s last "X of/for A" list ("..., Sports and Tourism"): the name was
    cut at its own comma. Places and countries ("Kenya and Uganda") are offices, not more of the name."""
    from kg.extract.orgnames import country_code
    from kg.extract.places import is_place

    if " for " not in org and " of " not in org or COORD_TAIL.match(part) is None or has_title(part):
        return False
    words = [w.strip(",") for w in part.split() if w != "and"]
    return not any(country_code(w) or is_place(w) for w in words)


# "the journalist Jane Doe of Radio Lakeport": a broadcaster or paper named by its kind of medium.
MEDIA_NAME = re.compile(
    r"^(?:(?:Radio|Television|TV|Channel)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}"
    r"|(?:[A-Z][\w'’\-]*\s+){1,3}(?:Times|News|Post|Herald|Tribune|Gazette|Journal|Magazine|Radio|"
    r"Television|TV|FM|Broadcasting))$"
)


# "the host country's Minister": a common noun's possessive before a capitalised title.
COMMON_POSS = re.compile(r"^[a-z]+(?:'s|’s)\s+(?=[A-Z])")
COUNTRY_POSS = re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:'s|’s)\s+(?=[A-Z][a-z]+ [A-Z])")


def without_country_owner(org: str) -> str:
    """ "Elara's Drug Control Agency" -> "Drug Control Agency": a country's possessive names no body."""
    from kg.extract.orgnames import country_code

    owner = COUNTRY_POSS.match(org) if "s " in org else None
    return org[owner.end() :] if owner and country_code(owner.group(1)) else org


def longer_known(ex: Extraction, org: str, before: str) -> Organisation | None:
    """The release's organisation whose name ends in `org` and stands whole right before the person:
    "Escuela de Santa Rita University researcher Dr. X" reads "Santa Rita University" off the capitalised
    run (the lowercase particle breaks it), the organisation is the whole name the release holds."""
    tail = before[-160:]
    for o in ex.organisations:
        if len(o.name) > len(org) and o.name.endswith(" " + org) and o.name in tail:
            return o
    return None
