"""A lowercase calling before the name, with the body it works for: "A trainer from the OSCE Centre in
Bishkek, Jane Doe, presented ...", "An engineer with the Harbour Board, John Roe, said ...".

`affiliation` reads capitalised title phrases before a name ("The Director of X, Jane Doe"); an indefinite
calling ("A trainer from X") is no title there, so this pass fills in speakers left with no affiliation.
"""

from __future__ import annotations

import re

from kg.extract.affilcues import CALLINGS
from kg.extract.organisations import ensure_organisation
from kg.extract.persons import HONORIFIC
from kg.extract.rolefixes import affiliate_from_before
from kg.extract.titlesplit import resolves
from kg.model import Document, Extraction, Span

CALLING_BEFORE = re.compile(
    rf"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:A|An)\s+(?P<role>(?:[a-z][a-z\-]+\s+){{0,2}}(?:{CALLINGS}))\s+"
    r"(?:from|at|with|of)\s+(?:the\s+)?(?P<org>[A-Z][^,;.\"“”]{1,80}?),\s*"
    rf"(?:{HONORIFIC}\s+)*$"
)
PLACE_TAIL = re.compile(r"\s+(?:in|based in)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?$")
ACRONYM_HEAD = re.compile(r"^([A-Z][A-Z0-9&]{1,9})\s")


def callings_before(doc: Document, ex: Extraction) -> None:
    """Fill in "A <calling> from <organisation>, Name" for speakers with no affiliation."""

    def read(start: int, mention: Span, speech: Span) -> tuple[str, str] | None:
        m = CALLING_BEFORE.search(doc.text, start, mention.start)
        org = _owner(ex, m.group("org")) if m else None
        if m and org:
            return m.group("role"), ensure_organisation(ex, org, Span(mention.start, mention.end)).name
        return None

    affiliate_from_before(ex, doc.text, 200, read)


def _owner(ex: Extraction, phrase: str) -> str | None:
    """The organisation the phrase names: itself, without a place after "in", or the acronym heading it
    ("the ABC Centre in X" -> ABC), when the release knows it."""
    bare = PLACE_TAIL.sub("", phrase)
    head = ACRONYM_HEAD.match(bare)
    for cand in (phrase, bare, head.group(1) if head else ""):
        if cand and resolves(ex, cand):
            return cand
    return None
