"""Letters beyond Latin-1 folded for the rules, and restored in what they extract.

The rules spell capitals as `[A-Z]` or `[A-ZÀ-ÖØ-Þ]` (hundreds of patterns), so a name that starts
with a letter from Latin Extended-A or -B or Latin Extended Additional ("Đurović", "Şahin",
"Łukasz", "Šansa", "Nguyễn", "Əliyev") was not read as a name at all, and an organisation with
one in its name was cut there. Releases of agencies working in the Balkans, Turkey, Poland, the
Caucasus or Viet Nam are full of such names. Rather than widen every pattern, `extract` runs the
rules over a copy of the text in which each such letter is replaced by its ASCII base letter of
the same case (one character for one, so every offset and span stays valid), and `restore` puts
the real letters back into every surface string of the result, from the same offsets. `kg.extract`
builds that reading copy (kg.extract.readingcopy).

Latin-1 letters (é, ü, ñ, Ø ...) are left alone: the rules already take them, and gazetteers and
cue lists spell them ("École", "Fundação").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.model import Extraction

# Letters with no ASCII base in their canonical decomposition.
_NO_BASE = {
    "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i", "ĸ": "k", "Ŀ": "L", "ŀ": "l", "Ł": "L", "ł": "l",
    "Ŋ": "N", "ŋ": "n", "Œ": "O", "œ": "o", "Ŧ": "T", "ŧ": "t", "ſ": "s", "Ə": "E", "ə": "e", "Ɛ": "E",
    "ɛ": "e", "Ɔ": "O", "ɔ": "o", "Ɗ": "D", "ɗ": "d", "Ɓ": "B", "ɓ": "b", "Ƙ": "K", "ƙ": "k", "Ƴ": "Y",
    "ƴ": "y", "Ɲ": "N", "ɲ": "n",
}  # fmt: skip
# Latin Extended-A and -B, Latin Extended Additional.
_RANGES = ((0x0100, 0x0250), (0x1E00, 0x1F00))
FOLDABLE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi - 1)}" for lo, hi in _RANGES) + "]")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _RANGES:
        for code in range(lo, hi):
            ch = chr(code)
            base = _NO_BASE.get(ch) or unicodedata.normalize("NFD", ch)[0]
            if base.isascii() and base.isalpha():
                table[code] = base
    return table


def fold(text: str) -> str:
    """The text with each foldable letter replaced by its ASCII base (same length)."""
    return text.translate(_table())


class _Restorer:
    """Maps a string the rules produced from the folded text back to the original letters.

    A string that contains no folded word is returned as it is. Otherwise its first occurrence in
    the folded text whose original differs gives the original slice; a string that is not a slice
    (a canonical form built from parts, "Government of X") has its folded words put back one by one.
    """

    def __init__(self, original: str, folded: str) -> None:
        self.original = original
        self.folded = folded
        self.words: dict[str, str] = {}
        for m in _WORD.finditer(original):
            if FOLDABLE.search(m.group()):
                self.words.setdefault(folded[m.start() : m.end()], m.group())
        self.cache: dict[str, str] = {}

    def __call__(self, s: str | None) -> str | None:
        if not s:
            return s
        if s in self.cache:
            return self.cache[s]
        out = s
        if any(w in s for w in self.words):
            out = self._slice(s) or _WORD.sub(lambda m: self.words.get(m.group(), m.group()), s)
        self.cache[s] = out
        return out

    def _slice(self, s: str) -> str | None:
        i = self.folded.find(s)
        while i >= 0:
            orig = self.original[i : i + len(s)]
            if orig != s:
                return orig
            i = self.folded.find(s, i + 1)
        return None


def restore(ex: Extraction, original: str, folded: str) -> Extraction:
    """Put the original letters back into every surface string (names, roles, texts, references)."""
    back = _Restorer(original, folded)
    ex.release.title, ex.release.publisher = back(ex.release.title), back(ex.release.publisher)
    for o in ex.organisations:
        o.name, o.aliases = back(o.name), [back(a) for a in o.aliases]
    for p in ex.people:
        p.name, p.aliases = back(p.name), [back(a) for a in p.aliases]
    for a in ex.affiliations:
        a.person, a.role, a.organisation = back(a.person), back(a.role), back(a.organisation)
    for s in ex.speeches:
        s.person, s.event = back(s.person), back(s.event)
    for e in ex.events:
        e.name, e.aliases = back(e.name), [back(a) for a in e.aliases]
        e.location, e.venue = back(e.location), back(e.venue)
    for r in ex.event_roles:
        r.event, r.organisation = back(r.event), back(r.organisation)
    for rec in ex.recommendations:
        rec.text, rec.by, rec.speaker, rec.addressee = (
            back(rec.text),
            back(rec.by),
            back(rec.speaker),
            back(rec.addressee),
        )
    for q in ex.quotes:
        q.text, q.speaker = back(q.text), back(q.speaker)
    for c in ex.contacts:
        c.name, c.organisation, c.office = back(c.name), back(c.organisation), back(c.office)
    return ex
