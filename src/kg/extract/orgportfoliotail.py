"""How far a ministry's (or committee's) name runs over a comma-separated list of portfolios:
"Ministry of Administrative Development, Labour and Social Affairs" is one body, "Ministry of Health,
UNICEF and WHO" three.

A step of `orgpatterns.head_runs` with its own vocabulary (the portfolio heads, the day and month
words that end a list), kept apart so the run scanner stays readable.
"""

from __future__ import annotations

import re

from kg.extract.orgheadwords import HEADS
from kg.extract.orgnames import country_code, gaz_lookup

PORTFOLIO_TAIL = re.compile(
    r"(?:,\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)+,?\s+(?:and|&)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
)


# "Committee on Migration, Refugees and Population": committees and commissions list portfolios too.
PORTFOLIO_HEADS = frozenset({"Ministry", "Department", "Committee", "Commission"})


# "Partners included the Ministry of Health, Monday Morning and Hope Rising": a day or a month is no
# portfolio, so the items after the comma are other bodies.
_WHEN = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July August "
    "September October November December".split()
)


def portfolio_tail(text: str, e0: int, end: int) -> int:
    """ "Ministry of Administrative Development, Labour and Social Affairs": a ministry's portfolio list
    runs over commas when every item names a portfolio (not "Ministry of Health, UNICEF and WHO")."""
    from kg.extract.personwords import TOPIC_WORDS

    m = PORTFOLIO_TAIL.match(text, e0, end)
    if not m:
        return e0
    items = [i for i in re.split(r",\s*|\s+(?:and|&)\s+", m.group(0)) if i.strip()]
    # "Environment, Forest and Climate Change": every item a short portfolio (no head word, well-known name,
    # country, place or acronym of its own), at least one of them a topic word.
    from kg.extract.places import is_place

    def field_demonym(words: list[str], k: int) -> bool:
        # "Lakeland Expatriates", "Ruritanian Cooperation": a nationality adjective (a country's word that
        # is no place name) qualifying the topic word after it is a field of the portfolio, not a country
        return k + 1 < len(words) and words[k + 1] in TOPIC_WORDS and not is_place(words[k])

    ok = any(any(w in TOPIC_WORDS for w in i.split()) for i in items) and all(
        len(i.split()) <= 3
        and not any(
            w in HEADS
            or w in _WHEN
            or gaz_lookup(w)
            or (country_code(w) and not field_demonym(i.split(), k))
            or is_place(w)
            or (w.isupper() and len(w) >= 2)
            for k, w in enumerate(i.split())
        )
        and not gaz_lookup(i)
        for i in items
    )
    return m.end() if ok else e0
