"""A minister's portfolio is no body, even when the release registered it as one: "Vice-Minister of
Land Administration", "Minister of Internal Order".

A minister's "of X" without an article names the field of the office; when the organisation finder took
"Land Administration" for a body (its head word "Administration" also heads agencies), the title
splitter found it known and cut the title there, leaving the bare "Minister" and a wrong body. A body after
a minister's title takes an article or a body's head word first ("of the Lakeland Water Authority",
"Minister of State at the Ministry of X") and is left to the other readings.
"""

from __future__ import annotations

from kg.extract.govtitles import BARE_MINISTER

# Words a body's name opens with: after a minister, such a name is an institution, not a field.
BODY_FIRST = frozenset(
    {"Ministry", "Department", "Office", "Government", "Secretariat", "Directorate", "State"}
)
CONNECTORS = frozenset({"and", "&", "of", "for"})


def minister_portfolio(title: str, tail: str, article: bool) -> bool:
    """True when `tail` after "<title> of/for" is a minister's portfolio written without an article."""
    if article or BARE_MINISTER.match(title.strip()) is None:
        return False
    words = tail.replace(",", " ").split()
    if not words or words[0] in BODY_FIRST or words[-1] in CONNECTORS:
        return False
    return all(w[:1].isupper() or w in CONNECTORS for w in words) and " of " not in f" {tail} "
