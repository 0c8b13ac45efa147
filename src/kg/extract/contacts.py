"""contacts extraction (to be written)."""

from __future__ import annotations

from kg.extract.registry import component
from kg.model import Document, Extraction


@component("contacts")
def find_contacts(doc: Document, ex: Extraction) -> None:
    return None
