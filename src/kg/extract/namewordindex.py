"""Re-mentions of a person by one word: an index of every capitalised word of a document, and the
lookups on it for a surname used alone ("Guterres", "Dr. Martini") or a first name after a title
("Sheikh Ahmed").

Kept apart from `persons` (which finds the full names) because it serves the later passes that
resolve short forms back to those names (`surnamespeech`, `quotesurnames`, `familyfirst`); the index
is built once per document and cached on it.
"""

from __future__ import annotations

import re

from kg.extract.persons import CAPITAL_NEXT, HONORIFIC
from kg.model import Document

# The capital first, then the look-behind over it and the character before: the same matches as
# (?<![\w-])[A-ZÀ-ÖØ-Þ]..., but the regex engine can skip ahead to capitals instead of trying every position.
WORD_AT = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![\w-][A-ZÀ-ÖØ-Þ])[\w'’\-]*")
SURNAME_PREFIX = re.compile(rf"(?:{HONORIFIC}|DDG|DG|Ambassador|Minister|President)\s+$")
FIRST_NAME_TITLES = re.compile(
    r"(?:Minister|Ambassador|President|Secretary|Director|Commissioner|Chairman|Chairperson|Chair|Governor|"
    r"Mayor|Judge|Ato|Sheikh|Sheikha|Speaker)\s+$"
)


def word_index(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Every word of the text (and its form without a possessive) -> its spans; built once per document so
    re-mentions are looked up, not searched with a pattern compiled per name."""
    key = ("word_index",)
    if key not in doc.cache:
        index: dict[str, list[tuple[int, int]]] = {}
        get = index.get  # no empty list built per word, as setdefault(w, []) would
        for m in WORD_AT.finditer(doc.text):
            w = m.group().rstrip("-'’")
            s = m.start()
            e = s + len(w)
            spans = get(w)
            if spans is None:
                index[w] = [(s, e)]
            else:
                spans.append((s, e))
            if w[-2:] in ("'s", "’s"):
                b = w[:-2]
                spans = get(b)
                if spans is None:
                    index[b] = [(s, e - 2)]
                else:
                    spans.append((s, e - 2))
        doc.cache[key] = index
    return doc.cache[key]


def surname_mentions(doc: Document, surname: str) -> list[tuple[int, int]]:
    """Spans where a single surname ("Guterres", "Dr. Martini") is used on its own."""
    text, out = doc.text, []
    for s, e in word_index(doc).get(surname, []):
        pre = SURNAME_PREFIX.search(text, max(0, s - 25), s)
        out.append((pre.start() if pre else s, e))
    return out


def titled_first_name_mentions(doc: Document, first: str) -> list[tuple[int, int]]:
    """ "State Minister Abebe", "Sheikh Ahmed": people known by their first name after a title (Ethiopian,
    Arabic, Indonesian ... usage), when no surname follows."""
    text = doc.text
    return [
        (s, e)
        for s, e in word_index(doc).get(first, [])
        if FIRST_NAME_TITLES.search(text, max(0, s - 25), s) and not CAPITAL_NEXT.match(text[e : e + 3])
    ]
