"""Is one organisation name a short form of another? String tests with a few compiled patterns.

`organisations._short_form` asks, for every new form, whether a body already found is the same one
named in full ("Lakeport Trust" and "Lakeport Trust for Children", "Flood Relief" and "Department of
Flood Relief"). It used to build a regular expression from each form; with thousands of distinct
forms those compilations overflowed the `re` module's cache and cost about a millisecond per release.
"""

from __future__ import annotations

import re

SHORT_NEXT = re.compile(r"\s+(?:of|for|on|to|against|in)\s")
UNIT_LEAD = re.compile(r"(?:Department|Ministry|Directorate|Division|Bureau)\s+(?:of|for)\s+")
THE = re.compile(r"the\s+")
WORD_CHAR = re.compile(r"[\w-]")


def unit_of(name: str, form: str) -> bool:
    """`name` is "Department/Ministry/... of (the) <form>" (string tests, not a pattern per form)."""
    lead = UNIT_LEAD.match(name)
    if not lead:
        return False
    rest = name[lead.end() :].removesuffix("\n")
    the = THE.match(rest)
    return rest == form or (the is not None and rest[the.end() :] == form)


def cut_before_complement(name: str, form: str, anywhere: bool) -> bool:
    """`form` stands in `name` (at its start unless `anywhere`; not inside a word) and a complement
    ("of", "for" ...) follows it."""
    if not anywhere:
        return name.startswith(form) and SHORT_NEXT.match(name, len(form)) is not None
    i = name.find(form)
    while i >= 0:
        if (i == 0 or not WORD_CHAR.match(name[i - 1])) and SHORT_NEXT.match(name, i + len(form)):
            return True
        i = name.find(form, i + 1)
    return False
