"""Deterministic IRIs: the same name gives the same node in every release and every build.

Names are folded (case, accents, punctuation, honorifics for people) into a
slug; where folding would lose information (non-Latin scripts) a short hash
of the full normalised name keeps IRIs distinct. Everything outside
[a-z0-9-] is dropped, so a minted IRI is valid whatever the text contained.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPACE = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s\b")
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof professor sir dame excellency he his her h.e. hon honourable honorable "
    "rev madam mme m. ambassador".split()
)


@lru_cache(maxsize=65536)  # the same names are minted again and again, in a release and across them
def normalise(name: str) -> str:
    """Case- and space-insensitive key of a name (keeps accents and scripts)."""
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").casefold()
    text = _LEADING_THE.sub("", text.strip())
    text = _POSSESSIVE.sub("", text)
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """A person's name without leading honorifics ("H.E.", "Ms.", "Dr"), for matching and IRIs."""
    tokens = [t.strip(".,") for t in normalise(name).replace(".", ". ").split()]
    tokens = [t for t in tokens if t]
    while tokens:
        if tokens[0] in HONORIFICS:
            tokens.pop(0)
        elif tokens[:2] == ["h", "e"]:
            del tokens[:2]
        else:
            break
    return " ".join(tokens) or normalise(name)


@lru_cache(maxsize=65536)  # names recur across an archive's releases; bounded for 100k-release builds
def slug(key: str, max_len: int = 80) -> str:
    folded = unicodedata.normalize("NFKD", key)
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c)).encode("ascii", "ignore").decode()
    s = _NON_SLUG.sub("-", ascii_only.lower()).strip("-")[:max_len].strip("-")
    lost = sum(1 for c in ascii_only if c.isalnum()) < sum(1 for c in key if c.isalnum())
    if not s or lost or len(ascii_only) > max_len:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
        s = f"{s}-{digest}" if s else digest
    return s


def digest(*parts: object, length: int = 12) -> str:
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


@lru_cache(maxsize=4096)  # one release's IRI is minted for each of its facts and spans
def release_segment(release_id: str) -> str:
    """A release id made safe as one IRI path segment."""
    return quote(release_id, safe="-_.~") or "_"


class Minter:
    """Mints the IRIs of one build (one base)."""

    def __init__(self, base: str):
        self.base = base

    def organisation(self, name: str) -> str:
        return f"{self.base}org/{slug(normalise(name))}"

    def person(self, name: str) -> str:
        return f"{self.base}person/{slug(person_key(name))}"

    def country(self, code: str) -> str:
        return f"{self.base}country/{slug(code.lower())}"

    def place(self, name: str) -> str:
        return f"{self.base}place/{slug(normalise(name))}"

    def role(self, label: str) -> str:
        return f"{self.base}role/{slug(normalise(label))}"

    def release(self, release_id: str) -> str:
        return f"{self.base}release/{release_segment(release_id)}"

    def event(self, release_id: str, name: str, named: bool) -> str:
        if named:
            return f"{self.base}event/{slug(normalise(name))}"
        return f"{self.release(release_id)}/event/{slug(normalise(name))}"

    def fact(self, release_id: str, kind: str, *parts: object) -> str:
        return f"{self.release(release_id)}/{kind}/{digest(*parts)}"

    def span(self, release_id: str, start: int, end: int) -> str:
        return f"{self.release(release_id)}/span/{start}-{end}"
