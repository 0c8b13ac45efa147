"""A government title whose country is named by the delegation it leads: "The Lakeland delegation was led
by Deputy Minister of Water Jane Doe" -> Government of Lakeland, not the host country's government.

The phrase names no organisation itself, so without this the title falls back to the release's main
government (`govtitles.government_side`), which is the host's in a regional meeting.
"""

from __future__ import annotations

import re

from kg.extract.govtitles import GOV_TITLE
from kg.extract.orgnames import country_code, government_name

# "The Costa Rican delegation was led by the Deputy Minister of X, Dr. Jane Doe": a two-word
# demonym, and the title set off by a comma before the name (an honorific's abbreviation may follow).
LED_BY = re.compile(
    r"(?:\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+delegation"
    r"|\bdelegation\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w ]+?)),?\s+"
    r"(?:was\s+|were\s+|is\s+)?(?:led|headed)\s+by\s+(?:the\s+)?[^,.;:()]*(?:,\s*(?:[A-Z][a-z]{0,3}\.\s+)*)?$"
)


def delegation_government(before: str, role: str) -> str | None:
    """ "Government of X" when `before` (the text up to the name) ends in "the X delegation was led by
    <title>" and the title is a government one; else None."""
    if "delegation" not in before or not GOV_TITLE.search(role):
        return None
    m = LED_BY.search(before[-200:])
    if not m:
        return None
    words = m.group(1) or m.group(2)
    code = country_code(words) or (m.group(1) and country_code(words.split()[-1]))
    return government_name(code) if code else None
