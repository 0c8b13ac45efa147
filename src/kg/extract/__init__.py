"""Extraction: mentions and relations, each with the character span of its evidence.

Extraction knows nothing of RDF. `extract(doc)` runs the default components;
`extract(doc, ["organisations", "quotes"])` runs a chosen subset. The rules read
the text with letters beyond Latin-1 folded to ASCII (kg.extract.folding); the
result carries the release's own letters.
"""

from __future__ import annotations

from collections.abc import Sequence

# Importing the component modules registers them.
from kg.extract import components as _components  # noqa: F401,E402
from kg.extract.folding import folded_document, restore
from kg.extract.registry import Component, component, get, names
from kg.model import Document, Extraction

DEFAULT_PIPELINE: tuple[str, ...] = _components.DEFAULT_PIPELINE


def extract(doc: Document, pipeline: Sequence[str] | None = None) -> Extraction:
    folded = folded_document(doc)
    read = folded or doc
    ex = Extraction(release=read.release)
    for name in pipeline or DEFAULT_PIPELINE:
        get(name)(read, ex)
    return restore(ex, doc, folded) if folded else ex


__all__ = ["extract", "component", "names", "Component", "DEFAULT_PIPELINE"]
