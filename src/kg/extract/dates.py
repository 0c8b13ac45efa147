"""Dates as press releases write them, turned into ISO strings.

Releases give dates absolutely ("9 October 2012", "May 4-6, 2012",
"September 2005"), partly ("on 4th of September", "2-3 December") or
relatively ("yesterday", "on Monday", "last October"). A partial or
relative date is only turned into ISO when a reference date (publication
or dateline) says which year it is; otherwise it stays unresolved, because
the guidelines forbid guessing a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.extract.alternation import literal_alternation

# English first; Spanish and French month names because UN releases often carry
# a translated date line ("4 de septiembre de 2014", "4 septembre 2014").
_MONTH_NAMES: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan", "enero", "janvier"),
        ("february", "feb", "febrero", "février", "fevrier"),
        ("march", "mar", "marzo", "mars"),
        ("april", "apr", "abril", "avril"),
        ("may", "mayo", "mai"),
        ("june", "jun", "junio", "juin"),
        ("july", "jul", "julio", "juillet"),
        ("august", "aug", "agosto", "août", "aout"),
        ("september", "sep", "sept", "septiembre", "setiembre", "septembre"),
        ("october", "oct", "octubre", "octobre"),
        ("november", "nov", "noviembre", "novembre"),
        ("december", "dec", "diciembre", "décembre", "decembre"),
    ],
    start=1,
):
    for _n in _names:
        _MONTH_NAMES[_n] = _i

_MONTH = r"(?P<{g}>" + "|".join(sorted((re.escape(m) for m in _MONTH_NAMES), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|–|—|to|and|until)\s*"
_OF = r"(?:\s+of|\s+de)?"


def _p(template: str) -> str:
    return template.format(
        d1=_DAY.format(g="d1"),
        d2=_DAY.format(g="d2"),
        m1=_MONTH.format(g="m1"),
        m2=_MONTH.format(g="m2"),
        y=_YEAR.format(g="y"),
        dash=_DASH,
        of=_OF,
    )


# Ordered most specific first; each gives day(s), month(s) and maybe a year.
_PATTERNS = [
    # 17 June - 2 July 2014 / 30 November to 2 December
    _p(r"\b{d1}{of}\s+{m1}{dash}{d2}{of}\s+{m2}(?:{of},?\s+{y})?\b"),
    # 18-19 June 2013, 4-6 November, 21st and 22nd February, 4 de septiembre de 2014
    _p(r"\b{d1}(?:{dash}{d2})?{of}\s+{m1}(?:{of},?\s+{y})?\b"),
    # May 4-6, 2012 / August 10-12 / June 2
    _p(r"\b{m1}\s+{d1}(?:{dash}{d2})?(?:,?\s+{y})?\b"),
    # September 2005
    _p(r"\b{m1}\s+{y}\b"),
]
_COMPILED = [re.compile(p, re.I) for p in _PATTERNS]
# Every pattern needs a month name: without one anywhere (most clauses searched), none can match.
_ANY_MONTH = re.compile(literal_alternation(_MONTH_NAMES), re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?P<word>yesterday|today|tomorrow|tonight)\b"
    r"|\b(?:on\s+)?(?P<wd>(?:next\s+|last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
    r"|\b(?P<rel>last|next|this)\s+(?P<rm>" + "|".join(m for m in _MONTH_NAMES if len(m) > 3) + r")\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date found in text: offsets relative to the searched string, ISO start and end (None if unresolved)."""  # noqa: E501

    start: int
    end: int
    iso_start: str | None
    iso_end: str | None


def _iso(year: int | None, month: int, day: int | None) -> str | None:
    if year is None:
        return None
    try:
        if day is None:
            return f"{year:04d}-{month:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _parse(m: re.Match, ref: date | None) -> tuple[str | None, str | None]:
    g = m.groupdict()
    m1 = _MONTH_NAMES[g["m1"].lower().rstrip(".")]
    m2 = _MONTH_NAMES[g["m2"].lower().rstrip(".")] if g.get("m2") else m1
    d1 = int(g["d1"]) if g.get("d1") else None
    d2 = int(g["d2"]) if g.get("d2") else None
    year = int(g["y"]) if g.get("y") else None
    if year is None and ref is not None:
        year = ref.year
        # A release written in December about "2-3 January" means next year, and vice versa;
        # other months are taken to be in the year of the reference date.
        if m1 - ref.month > 8:
            year -= 1
        elif ref.month - m1 > 8:
            year += 1
    start = _iso(year, m1, d1)
    end = _iso(year + (1 if m2 < m1 and year else 0) if year else None, m2, d2) if d2 else start
    return start, end


def find_dates(text: str, ref: date | None = None) -> list[DateMention]:
    """Absolute and partial dates in `text`, resolved against `ref` when they lack a year."""
    out: list[DateMention] = []
    if not _ANY_MONTH.search(text):
        return out
    taken: list[tuple[int, int]] = []
    for rx in _COMPILED:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            g = m.groupdict()
            if g.get("d1") and not 1 <= int(g["d1"]) <= 31:
                continue
            if g.get("m1", "").lower() == "may" and not g.get("d1") and not g.get("y"):
                continue
            s, e = _parse(m, ref)
            taken.append((m.start(), m.end()))
            out.append(DateMention(m.start(), m.end(), s, e))
    out.sort(key=lambda d: d.start)
    return out


def resolve_relative(text: str, ref: date) -> list[DateMention]:
    """ "yesterday", "on Monday", "last October" ... resolved against the reference date."""
    out: list[DateMention] = []
    for m in _RELATIVE.finditer(text):
        if m.group("word"):
            delta = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("word").lower()]
            iso = (ref + timedelta(days=delta)).isoformat()
        elif m.group("wd"):
            words = m.group("wd").lower().split()
            target = _WEEKDAYS.index(words[-1])
            diff = (target - ref.weekday()) % 7
            if words[0] == "last":
                diff = diff - 7 if diff else -7
            elif words[0] == "next" and diff == 0:
                diff = 7
            iso = (ref + timedelta(days=diff)).isoformat()
        else:
            month = _MONTH_NAMES[m.group("rm").lower()]
            rel = m.group("rel").lower()
            year = ref.year
            if rel == "last" and month >= ref.month:
                year -= 1
            elif rel == "next" and month <= ref.month:
                year += 1
            iso = f"{year:04d}-{month:02d}"
        out.append(DateMention(m.start(), m.end(), iso, iso))
    return out


def to_date(iso: str | None) -> date | None:
    if not iso or len(iso) != 10:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None
