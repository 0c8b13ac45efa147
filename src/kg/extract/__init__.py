"""Extraction: mentions and relations, each with the character span of its evidence.

Extraction knows nothing of RDF. `extract(doc)` runs the default components;
`extract(doc, ["organisations", "quotes"])` runs a chosen subset.
"""

from __future__ import annotations

from collections.abc import Sequence

# Importing the component modules registers them.
from kg.extract import components as _components  # noqa: F401,E402
from kg.extract.registry import Component, component, get, names
from kg.model import Document, Extraction

DEFAULT_PIPELINE: tuple[str, ...] = _components.DEFAULT_PIPELINE


def extract(doc: Document, pipeline: Sequence[str] | None = None) -> Extraction:
    ex = Extraction(release=doc.release)
    for name in pipeline or DEFAULT_PIPELINE:
        get(name)(doc, ex)
    return ex


__all__ = ["extract", "component", "names", "Component", "DEFAULT_PIPELINE"]
