"""A body's unit named in a speaker's appositive after the title, headed by the body's acronym.

"Jane Doe, Senior Specialist on Labour Standards, ILO Decent Work Technical Support Team for East Asia":
the part after the comma is no more of the title but the unit she works in, a body of its own (the
guidelines make a unit with a proper name an organisation). It is read as one when it opens with an
acronym the release (or the gazetteer) knows, holds a word that heads a body, and no title word.
"""

from __future__ import annotations

import re

from kg.extract.titlesplit import has_title, resolves
from kg.model import Extraction

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
