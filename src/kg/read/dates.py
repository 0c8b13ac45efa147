"""Publication dates to ISO YYYY-MM-DD.

Metadata dates come in many shapes: ISO timestamps, RSS/e-mail dates
("Tue, 05 Mar 2024 10:00:00 GMT"), "5 March 2024", "March 5, 2024",
"05/03/2024", Unix epochs, and French/Spanish/German/Portuguese month names in
releases from multilingual agencies. A date that lacks a day, or cannot be
parsed, gives None: we never invent a day. Timestamps keep the calendar date
the publisher wrote (no time-zone shift). Ambiguous all-numeric dates
(03/05/2024) are read day-first, the convention of the international
organisations that publish these releases; an impossible day-first reading
(05/13/2024) falls back to month-first.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from dateutil import parser as dateparser

ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")
NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
MONTHS = {
    # fr
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # es / pt
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "setiembre": 9, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # de
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
}  # fmt: skip
FOREIGN = re.compile(
    r"^\s*(?:\w+,?\s+)?(\d{1,2})(?:er|\.|º)?\s+(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?(\d{4})\s*$"
)
_DEFAULTS = (datetime(2001, 1, 1), datetime(2002, 2, 2))


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def iso_date(value: object) -> str | None:
    """The publication date `value` states, as YYYY-MM-DD, or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds in JS exports
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text or len(text) > 80:
        return None
    if m := ISO.match(text):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := NUMERIC.match(text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        return _valid(y, b, a) or _valid(y, a, b)
    if (m := FOREIGN.match(text)) and m[2].casefold() in MONTHS:
        return _valid(int(m[3]), MONTHS[m[2].casefold()], int(m[1]))
    try:
        # Parse twice with different defaults: a field that changes was missing from the text.
        first, second = (dateparser.parse(text, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError, TypeError):
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None
    return first.date().isoformat()
