"""A body's name that runs on into the name of the person who heads it.

Releases put a title, its body and the holder's name in one capitalised run with no comma: "Head of the
Lakeport Water Service Maria Lindqvist opened the meeting". The words after the body's last head word are
then a person's given name and surname, not part of the body's name, and the body ends at its head word.
"""

from __future__ import annotations

import re

from kg.extract.orgheadwords import HEADS
from kg.extract.orgnames import gaz_lookup, is_country_name

# A person's name word: capitalised, lower case after its first letter, maybe double-barrelled.
_NAME_WORD = re.compile(r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)*")


def cut_person_tail(name: str) -> str | None:
    """The body's name without the two or three person-name words that follow its last head word, or None
    when the name does not end that way ("Lakeport Water Service Maria Lindqvist" -> "Lakeport Water
    Service"; "Lakeport Water Service" and "Police Service Lakeland", a country's name, stay)."""
    words = name.split()
    last = max((i for i, w in enumerate(words) if w in HEADS), default=-1)
    tail = words[last + 1 :]
    if last < 1 or not 2 <= len(tail) <= 3:
        return None
    if not all(_NAME_WORD.fullmatch(w) and w not in HEADS for w in tail):
        return None
    if is_country_name(" ".join(tail)) or any(is_country_name(w) or gaz_lookup(w) for w in tail):
        return None
    return " ".join(words[: last + 1])
