"""Extraction: mentions and relations, each with the character span of its evidence.

Extraction knows nothing of RDF. `extract(doc)` runs the default components;
`extract(doc, ["organisations", "quotes"])` runs a chosen subset. The rules read
a copy of the text with hard-wrapped lines joined and letters beyond Latin-1
folded to ASCII, offset for offset (kg.extract.readingcopy); the result carries
the release and its own letters.
"""

from __future__ import annotations

from collections.abc import Sequence

# Importing the component modules registers them.
from kg.extract import components as _components  # noqa: F401,E402
from kg.extract.folding import restore
from kg.extract.readingcopy import reading_copy
from kg.extract.registry import Component, component, get, names
from kg.model import Document, Extraction

DEFAULT_PIPELINE: tuple[str, ...] = _components.DEFAULT_PIPELINE


def extract(doc: Document, pipeline: Sequence[str] | None = None) -> Extraction:
    read, joined = reading_copy(doc)
    ex = Extraction(release=read.release)
    for name in pipeline or DEFAULT_PIPELINE:
        get(name)(read, ex)
    if read is not doc:
        if read.release.text != joined:
            restore(ex, joined, read.release.text)
        # Components fill the release's metadata (title, date, publisher) in place, as on `doc` itself.
        for name in ("title", "date", "publisher"):
            setattr(doc.release, name, getattr(read.release, name))
        ex.release = doc.release
    return ex


__all__ = ["extract", "component", "names", "Component", "DEFAULT_PIPELINE"]
