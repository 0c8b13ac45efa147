"""Two organisations run together by "and": "University of Dhaka and Lund University", "Amani Trust and
Haki Network", "Equity Bank and KCB Group".

The name finder reads a capitalised run around head words as one name, which is right for "Ministry of
Labour and Social Protection" or "Office for Democratic Institutions and Human Rights" (the part after "and"
has no head word of its own) but not when each side is a whole name with its own head. This component runs
right after `organisations` and splits such names, so later components (speakers, sponsors) see two.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import gaz_lookup
from kg.extract.orgpatterns import HEADS
from kg.extract.registry import component
from kg.model import Document, Extraction, Span

JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
CONNECT = {"of", "for", "on", "and", "the", "to", "in", "against", "&"}


def _whole_name(part: str) -> bool:
    """A name that stands alone: capitalised words and connectors, with a head word that is not its first
    word unless something follows it ("University of Dhaka", "Lund University", "KCB Group")."""
    words = part.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w in CONNECT) for w in words):
        return False
    heads = [i for i, w in enumerate(words) if w in HEADS]
    if not heads:
        return False
    # The head starts the name only when an "of ..." complement follows it ("University of Dhaka").
    return not (heads == [0] and len(words) < 3)


def split_pair(name: str) -> tuple[str, str] | None:
    """ "A and B" -> (A, B) when both are whole names with head words of their own, else None."""
    if gaz_lookup(name):
        return None
    for m in JOIN.finditer(name):
        left, right = name[: m.start()], name[m.end() :]
        if _whole_name(left) and _whole_name(right) and right.split()[-1] in HEADS:
            return left, right
    return None


@component("org_splits")
def split_joined(doc: Document, ex: Extraction) -> None:
    text = doc.text
    for org in list(ex.organisations):
        pair = split_pair(org.name)
        if pair is None:
            continue
        left, right = pair
        ex.organisations.remove(org)
        from kg.extract.organisations import ensure_organisation

        for span in org.spans or [Span(0, 0)]:
            chunk = text[span.start : span.end]
            for part in (left, right):
                i = chunk.find(part)
                at = Span(span.start + i, span.start + i + len(part)) if i >= 0 else span
                ensure_organisation(ex, part, at)
