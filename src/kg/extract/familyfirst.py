"""Three-word names written family name first ("Tan Mei Ling", "Nguyen Van An"): the release calls the
person "Ms Tan", an honorific before the first word, and never uses the last word alone.

`surnamespeech.family_name` spots family-name-first names only by a hyphenated given name ("Pak
Su-min"); this finds the short form from how the release itself uses the name.
"""

from __future__ import annotations

import re

from kg.extract.namewordindex import word_index
from kg.model import Document

HONORIFIC_BEFORE = re.compile(r"(?:Mr|Ms|Mrs|Miss|Madam|Dr)\.?\s+$")
CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


def honorific_first_word_mentions(doc: Document, name: str) -> list[tuple[int, int]]:
    """Spans of "Ms Tan" for "Tan Mei Ling" when the release never uses "Ling" apart from the full name;
    else none."""
    toks = name.split()
    if len(toks) != 3:
        return []
    index, text = word_index(doc), doc.text
    full = text.count(name)
    if len(index.get(toks[-1], [])) > full:
        return []  # "Mr. Hoon" or "Hoon said": the last word is the family name after all
    out = []
    for s, e in index.get(toks[0], []):
        pre = HONORIFIC_BEFORE.search(text, max(0, s - 8), s)
        if pre and not CAPITAL_NEXT.match(text, e, e + 3):
            out.append((pre.start(), e))
    return out
