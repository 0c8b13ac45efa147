"""A programme's funder named in a sentence whose subject is the programme's acronym.

"The workshop was convened by X under the River Safety Programme (RSP). ... The RSP is funded by Y.": the
event is part of the programme, so the programme's funder sponsors the event (GUIDELINES: funding through
a project). `eventroles` already reads "The programme is funded by Y" and "The River Safety Programme is
funded by Y"; a release that has defined the programme's acronym often uses only the acronym afterwards,
and that sentence holds no project word. Only an acronym the release itself defined for a programme or
project counts (a string test against the set found once per release).
"""

from __future__ import annotations

import re

# "the River Safety Programme (RSP)", "the Lakeland Water Project (LWP)"
PROGRAMME_ACRONYM = re.compile(r"\b(?:Programme|Program|Project)\s*\((?P<acr>[A-Z][A-Za-z&-]{1,11})\)")
# "The RSP is funded by", "The RSP is also generously supported by"
ACRONYM_FUNDED = re.compile(
    r"\W*(?:The\s+)?(?P<acr>[A-Z][A-Za-z&-]{1,11})\s+(?:is|was|are|were|has\s+been|had\s+been)\s+"
    r"(?:(?:also|jointly|generously|mainly|largely|primarily|partly|fully)\s+)?"
    r"(?P<verb>(?:co-)?(?:funded|financed|sponsored|supported))\s+by\s+"
)


def programme_acronyms(flat: str) -> frozenset[str]:
    """The acronyms the release defines for a programme or project."""
    if "(" not in flat:
        return frozenset()
    return frozenset(m.group("acr") for m in PROGRAMME_ACRONYM.finditer(flat))


def acronym_funded(text: str, acronyms: frozenset[str]) -> list[re.Match]:
    """The match of a sentence "The <programme acronym> is funded by ..." (ending before the funders)."""
    if not acronyms:
        return []
    m = ACRONYM_FUNDED.match(text)
    return [m] if m and m.group("acr") in acronyms else []
