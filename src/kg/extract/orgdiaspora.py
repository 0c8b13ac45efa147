"""Diaspora associations named with their host country.

"the Association of Elaran Students in Vellia", "the Union of Elaran Workers in Vellia": a body of
nationals abroad carries the country it works in as part of its name (there is one such association per
host country), so a name that ends in a plural of people runs on over "in <country>"; one led by a
nationality adjective ("the Elaran Business Association in Vellia", "the Elaran Association in Port
Vell") runs on over a city as well.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import country_code
from kg.extract.places import is_place

PEOPLE_PLURALS = frozenset(
    {
        "Students", "Workers", "Migrants", "Nationals", "Doctors", "Professionals", "Residents",
        "Citizens", "Scholars", "Entrepreneurs", "Nurses", "Engineers", "Journalists", "Lawyers",
    }
)  # fmt: skip
MEMBER_BODIES = frozenset({"Association", "Community", "Union", "Society", "Federation", "Club", "League"})
IN_COUNTRY = re.compile(r"[ \t]+in\s+(?:the\s+)?([A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,2})")


def host_country_end(text: str, first_word: str, last_word: str, e0: int, end: int) -> int:
    """The end of "in <country>" after a name of nationals abroad (`e0` when there is none)."""
    people = last_word in PEOPLE_PLURALS
    # "Elaran" (a nationality adjective: a country's, not itself a place) leading a members' body
    national = not people and last_word in MEMBER_BODIES
    national = national and bool(country_code(first_word)) and not is_place(first_word)
    if not (people or national):
        return e0
    m = IN_COUNTRY.match(text, e0, end)
    if not m:
        return e0
    words = m.group(1).split()
    # "in Italy", "in the United Kingdom": the longest run of words that is a country (or, after a
    # nationality, a place).
    for k in range(len(words), 0, -1):
        place = " ".join(words[:k])
        if country_code(place) or (national and is_place(place)):
            return m.start(1) + len(place)
    return e0
