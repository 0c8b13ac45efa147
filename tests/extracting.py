"""Helpers shared by the extraction tests: one invented release in, its extraction and its facts out."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Extraction, Release
from kg.segment import segment

# A headline and a dateline, so that the text under test is read as a release body.
LEAD = "Lakeside ministers meet on water\n\nPORT ELARA, 3 May 2022 - "


def run(text: str, lead: str = LEAD) -> Extraction:
    return extract(segment(Release(id="t", source="t.txt", text=lead + text)))


def org_names(ex: Extraction) -> set[str]:
    return {o.name for o in ex.organisations}


def event_names(ex: Extraction) -> set[str]:
    return {e.name for e in ex.events}


def roles(ex: Extraction, role: str) -> set[str]:
    """The organisations that hold `role` ("sponsor", "organiser") for some event."""
    return {r.organisation for r in ex.event_roles if r.role == role}


def speakers(ex: Extraction) -> set[str]:
    return {s.person for s in ex.speeches}


def aff(ex: Extraction, person: str) -> tuple[str | None, str | None]:
    """The person's (role, organisation) as extracted, (None, None) when they have no affiliation."""
    a = next((a for a in ex.affiliations if a.person == person), None)
    return (a.role, a.organisation) if a else (None, None)
