"""Humanitarian coordination clusters named as bodies: "the Emergency Shelter Cluster".

In an emergency response the agencies and NGOs of one sector work together as a named cluster
("Protection Cluster", "Camp Coordination and Camp Management Cluster", "CCCM Cluster") which is
said to lead, meet, list sites or co-organise trainings: a body of its own. "Cluster" is not an
organisation head word in general (it would make every "Cluster Coordinator" title a body and its
holder a member of the cluster), so the name is read here only when no capitalised word follows it:
"the CCCM Cluster Coordinator" stays a title, "a CCCM Cluster meeting" names the cluster.
"""

from __future__ import annotations

import re

from kg.model import Document, Extraction, Span

# Capitalised words (or an acronym), joined by "and" / "&", ending in "Cluster", no capital after it.
_CAP = r"(?:[A-Z][A-Za-z\-]*|[A-Z]{2,})"
CLUSTER = re.compile(
    rf"(?<![\w'’])({_CAP}(?:\s+(?:{_CAP}|and|&)){{0,8}}\s+Cluster)\b(?![ \t]+[A-Z])(?!['’]s)"
)
# Words that start a sentence or qualify the cluster but are no part of its name.
_LEAD = frozenset(["The", "A", "An", "This", "That", "Its", "Their", "Each"])


def find_clusters(doc: Document, ex: Extraction) -> None:
    """Add every "X Cluster" of a paragraph or bullet as an organisation."""
    from kg.extract.organisations import ensure_organisation

    if "Cluster" not in doc.text:
        return
    text = doc.text
    for seg in doc.of_kind("paragraph", "bullet", "headline"):
        if "Cluster" not in text[seg.start : seg.end]:
            continue
        for m in CLUSTER.finditer(text, seg.start, seg.end):
            start = m.start(1)
            words = m.group(1).split()
            while words and words[0] in _LEAD:
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
                words = words[1:]
            if len(words) < 2 or words[0] in ("and", "&") or words[-2] in ("and", "&"):
                continue
            ensure_organisation(ex, text[start : m.end(1)], Span(start, m.end(1)))
