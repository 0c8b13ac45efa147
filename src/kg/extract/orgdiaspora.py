"""Diaspora associations named with their host country.

"the Association of Elaran Students in Vellia", "the Union of Elaran Workers in Vellia": a body of
nationals abroad carries the country it works in as part of its name (there is one such association per
host country), so a name that ends in a plural of people runs on over "in <country>".
"""

from __future__ import annotations

import re

from kg.extract.orgnames import country_code

PEOPLE_PLURALS = frozenset(
    {
        "Students", "Workers", "Migrants", "Nationals", "Doctors", "Professionals", "Residents",
        "Citizens", "Scholars", "Entrepreneurs", "Nurses", "Engineers", "Journalists", "Lawyers",
    }
)  # fmt: skip
IN_COUNTRY = re.compile(r"[ \t]+in\s+(?:the\s+)?([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})")


def host_country_end(text: str, last_word: str, e0: int, end: int) -> int:
    """The end of "in <country>" after a name ending in a plural of people (`e0` when there is none)."""
    if last_word not in PEOPLE_PLURALS:
        return e0
    m = IN_COUNTRY.match(text, e0, end)
    if not m:
        return e0
    words = m.group(1).split()
    # "in Italy", "in the United Kingdom": the longest run of words that is a country.
    for k in range(len(words), 0, -1):
        if country_code(" ".join(words[:k])):
            return m.start(1) + len(" ".join(words[:k]))
    return e0
