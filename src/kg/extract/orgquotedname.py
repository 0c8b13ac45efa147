"""A body's own name in quotation marks after its kind: 'the International Centre "Lakeshore"'.

Releases from some countries name an NGO or a public body by its legal kind followed by its own name in
quotation marks ("Public Association "Clean Rivers"", "International Centre "Lakeshore""). The quoted name
is part of the body's name: without it the run is only the body's kind, which names no particular body.
"""

from __future__ import annotations

import re

# The kinds that take a quoted own name.
QUOTED_KINDS = frozenset(
    {
        "Centre",
        "Center",
        "Association",
        "Foundation",
        "Fund",
        "Union",
        "Society",
        "Organisation",
        "Organization",
    }
)
# One to five capitalised words in straight or typographic quotes (a hyphen may join them, a line may wrap).
QUOTED_NAME = re.compile(r"[ \t]+[\"“][A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}[\"”]")


def quoted_name_end(text: str, last_word: str, e0: int, end: int) -> int:
    """Where a body's name ends when its kind (the run's last word) is followed by a quoted own name."""
    if last_word not in QUOTED_KINDS or e0 + 2 >= end or text[e0 + 1] not in '"“':
        return e0
    m = QUOTED_NAME.match(text, e0, end)
    return m.end() if m else e0


# Capitalised words ending in a possessive right before a name: "the International Women's " (Rights Centre).
_POSSESSIVE_LEAD = re.compile(r"(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*(?:'s|’s)[ \t]+$")


def possessive_start(text: str, s0: int, start: int) -> int:
    """Where a quoted-name body starts when capitalised words with a possessive lead its kind: 'the
    Lakeland Women's Rights Centre "Lakeshore"' is one body's name, not "Rights Centre" of "Women"."""
    m = _POSSESSIVE_LEAD.search(text, max(start, s0 - 60), s0)
    return m.start() if m else s0


def keep_closing_quote(raw: str, cleaned: str) -> str:
    """`cleaned` with its closing quote back when the name holds its opening one ('Centre "Lakeshore"')."""
    tail = raw.rstrip(" ,;:.")
    if (
        tail.endswith(('"', "”"))
        and (' "' in cleaned or " “" in cleaned)
        and not cleaned.endswith(('"', "”"))
    ):
        return cleaned + tail[-1]
    return cleaned
