"""events extraction (to be written)."""

from __future__ import annotations

from kg.extract.registry import component
from kg.model import Document, Extraction


@component("events")
def find_events(doc: Document, ex: Extraction) -> None:
    return None
