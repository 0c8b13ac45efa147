"""The European Commission's members: "European Commissioner for Trade Jane Doe", "EU Commissioner for
Home Affairs, Jane Doe".

A Commissioner of the European Union sits in its Commission: the organisation is the European Commission
and the title is "Commissioner for X" (the adjective names the body, so it leaves the title), whether or
not the release names the Commission itself.
"""

from __future__ import annotations

from kg.extract.organisations import ensure_organisation
from kg.model import Extraction

LEADS = ("European Commissioner", "EU Commissioner")


def european_commissioners(ex: Extraction) -> None:
    """Role "European Commissioner ..." with no organisation, or the Union's: the Commission's member."""
    for a in ex.affiliations:
        if not a.role or not a.role.startswith(LEADS):
            continue
        if a.organisation and a.organisation not in ("European Union", "European Commission"):
            continue
        body = ensure_organisation(ex, "European Commission", a.span)
        a.role, a.organisation = a.role.split(" ", 1)[1], body.name
