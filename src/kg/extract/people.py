"""people extraction (to be written)."""

from __future__ import annotations

from kg.extract.registry import component
from kg.model import Document, Extraction


@component("people")
def find_people(doc: Document, ex: Extraction) -> None:
    return None
