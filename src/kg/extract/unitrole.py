"""A title that ends in the unit it is held at, the unit's owner taken as the organisation.

"Director of Water Security at the General Secretariat of the Lakeport Union (SG-LU)": the title reader
splits at the known owner, leaving "Director of Water Security at the General Secretariat" and the Lakeport
Union. When the release names the unit as a body of its own ("General Secretariat of the Lakeport Union"),
annotators take that body as the speaker's organisation and the title before "at the" as the role.
"""

from __future__ import annotations

from kg.model import Extraction


def units_held_at(ex: Extraction) -> None:
    """Move "... at the <Unit>" from a role to the organisation when "<Unit> of (the) <org>" is a body."""
    for a in ex.affiliations:
        if not a.role or not a.organisation or " at the " not in a.role:
            continue
        title, unit = a.role.rsplit(" at the ", 1)
        if not title or not unit[:1].isupper():
            continue
        body = ex.organisation(f"{unit} of the {a.organisation}") or ex.organisation(
            f"{unit} of {a.organisation}"
        )
        if body:
            a.role, a.organisation = title, body.name
