"""Organisation names that hold a comma of their own.

"the Lakeside Timber, Furniture and Paper Exporters' Association" lists its trades before the head word,
and "the Union of Workers in Timber, Paper and Printing Industries" lists its industries after it. The
capitalised-run regex stops at a comma, so these names came out cut ("Furniture and Paper Exporters'
Association", "Union of Workers"). The rules here widen such a run back to the whole name, only in the
list form "A, B and C" and only when no item is itself a body, a known organisation or a country.
"""

from __future__ import annotations

import re

# "the Lakeside Timber, ": up to four capitalised words after "the", then the comma that ended the run.
_LEAD = re.compile(r"\bthe\s+((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*),\s+$")
# "Workers in Timber, Paper and Printing Industries": the trades a union's members work in.
_TRADES = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,\s+)+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,?\s+"
    r"(?:and|&)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:Industries|Industry|Sectors|Sector|Trades)\b"
)
_MEMBERS = frozenset({"Workers", "Employees", "Employers", "Producers", "Manufacturers", "Exporters"})


def _plain(word: str) -> bool:
    from kg.extract.orgheadwords import HEADS
    from kg.extract.orgnames import gaz_lookup

    return word not in HEADS and not gaz_lookup(word)


def comma_lead(text: str, start: int, s0: int, words: list[str]) -> int:
    """Where the name starts when the run at s0 is the tail "B and C Head" of "the A, B and C Head".

    words are the run's words from s0 up to its first head word. The items before the comma must be plain
    capitalised words (a country only as the first of several: "Kenya Timber, ..." but not "Kenya, ...").
    """
    if "and" not in words and "&" not in words:
        return s0
    if s0 - start < 6 or text[s0 - 2 : s0] != ", ":
        return s0
    m = _LEAD.search(text, max(start, s0 - 60), s0)
    if not m:
        return s0
    from kg.extract.orgnames import country_code

    lead = m.group(1).split()
    if not all(_plain(w) for w in lead) or (len(lead) == 1 and country_code(lead[0])):
        return s0
    if any(country_code(w) for w in lead[1:]) or any(country_code(w) for w in words if w not in ("and", "&")):
        return s0  # "the Kenya, Uganda and Tanzania ...": a list of countries, not one name
    return m.start(1)


def trades_tail(text: str, last_word: str, e0: int, end: int) -> int:
    """Where a name ending in "... of Workers" ends when the industries its members work in follow."""
    if last_word not in _MEMBERS or not text.startswith(" in ", e0):
        return e0
    m = _TRADES.match(text, e0, end)
    return m.end() if m else e0


def general_union(text: str, toks: list[tuple[str, int]]) -> bool:
    """ "the General Trade Union of X", "the General Labour Federation": "General" right after "the" and
    one word before a head word is the body's first word, not a title ("Director General")."""
    from kg.extract.orgheadwords import HEADS

    return (
        toks[0][0] == "General"
        and len(toks) > 2
        and toks[1][0][:1].isupper()
        and toks[2][0] in HEADS
        and text.endswith(("the ", "The "), 0, toks[0][1])
    )
