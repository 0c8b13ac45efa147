"""A unit named together with the body that houses it: "the Office of the Commissioner for Refugees in the
Ministry of Home Affairs". When both halves are organisations of the release on their own, the phrase is
the unit (the one acting), not a third organisation spanning both names."""

from __future__ import annotations

import re

from kg.model import Extraction, Organisation

HOUSED = re.compile(r"^(?P<unit>[A-Z].*?\S)\s+(?:in|within|at|under)\s+the\s+(?P<body>[A-Z].*)$")


def housed_unit(ex: Extraction, name: str) -> str | None:
    """The unit's name when `name` is "<unit> in the <body>" and both are known organisations."""
    m = HOUSED.match(name)
    if m is None:
        return None
    unit, body = ex.organisation(m.group("unit")), ex.organisation(m.group("body"))
    return unit.name if unit is not None and body is not None else None


def adopt_acronym(ex: Extraction, name: str, acronym: str) -> None:
    """ "in cooperation with the Platform on X (PFX)": a full name that the text defines an acronym for,
    when the acronym alone was taken for an organisation of its own (a name without a head word is not
    tied to its acronym by the organisation finder), is one organisation under its full name, not two.
    Every reference to the acronym still resolves (it becomes an alias)."""
    short = ex.organisation(acronym)
    if short is None or short.name != acronym or short.aliases:
        return
    full = ex.organisation(name)
    if full is None:
        short.name = name
        short.aliases.append(acronym)
    elif full is not short:
        full.aliases.append(acronym)
        full.spans.extend(short.spans)
        ex.organisations.remove(short)


PLACED = re.compile(r"^(?P<org>[A-Z].*?\S)\s+in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$")


def placed_form(ex: Extraction, form: str) -> Organisation | None:
    """ "the Fundación X in Lakeport" once "Fundación X" is known: the organisation where it is (its office
    or branch there is a form of it), not a new organisation whose name runs on into the place."""
    m = PLACED.match(form)
    return ex.organisation(m.group("org")) if m else None
