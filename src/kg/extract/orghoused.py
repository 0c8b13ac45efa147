"""A unit named together with the body that houses it: "the Office of the Commissioner for Refugees in the
Ministry of Home Affairs". When both halves are organisations of the release on their own, the phrase is
the unit (the one acting), not a third organisation spanning both names."""

from __future__ import annotations

import re

from kg.model import Extraction

HOUSED = re.compile(r"^(?P<unit>[A-Z].*?\S)\s+(?:in|within|at|under)\s+the\s+(?P<body>[A-Z].*)$")


def housed_unit(ex: Extraction, name: str) -> str | None:
    """The unit's name when `name` is "<unit> in the <body>" and both are known organisations."""
    m = HOUSED.match(name)
    if m is None:
        return None
    unit, body = ex.organisation(m.group("unit")), ex.organisation(m.group("body"))
    return unit.name if unit is not None and body is not None else None
