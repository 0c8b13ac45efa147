"""A company's name read back over "and" when the acronym that follows it spells the whole name.

The company finder reads capitalised words up to a suffix ("Limited", "Ltd") and stops at "and", which
usually joins two names. In "the Lakeport Overseas Trade and Services Limited (LOTSL)" the acronym right
after the suffix spells the words before "and" too: they are one name, read back as far as the acronym
spells it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
_CONNECTORS = frozenset(("and", "of", "for", "&", "the"))


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def extend_by_acronym(text: str, start: int, end: int, floor: int) -> int:
    """The start of the name text[start:end] read back over "and" and the capitalised words before it when
    the parenthesised acronym right after `end` spells them all; `start` when it does not. Never before
    `floor`."""
    rest = text[end : end + 14].lstrip()
    if not rest.startswith("(") or ")" not in rest:
        return start
    acr = rest[1 : rest.index(")")]
    own = _initials(text[start:end].split())
    if not (2 <= len(acr) <= 10 and acr.isalpha() and acr.isupper()) or acr == own or not acr.endswith(own):
        return start
    lo = max(floor, start - 120)
    before = list(_WORD.finditer(text, lo, start))
    if not before or before[-1].group() not in ("and", "&"):
        return start
    need = acr[: len(acr) - len(own)]
    got = ""
    for m in reversed(before):
        w = m.group()
        if w in _CONNECTORS:
            continue
        if not w[:1].isupper():
            return start
        got = w[0] + got
        if got == need:
            return m.start()
        if not need.endswith(got):
            return start
    return start
