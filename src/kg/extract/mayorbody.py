"""The municipality of a mayor named by the bare title.

"Opening the fair, Mayor Jane Doe said the city ..." gives a role and no organisation; annotators tie a
mayor (or deputy mayor) to the municipality the release names ("the Lakeport Metropolitan Municipality",
"the City of Lakeport"), as they do when the text writes "Mayor of Lakeport". Only a single such body is
taken: with two municipalities named, the title alone cannot tell which one the mayor heads.
"""

from __future__ import annotations

import re

from kg.model import Extraction

BARE_MAYOR = re.compile(r"^(?:(?:Deputy|Vice|Lord|Acting)[- ])?Mayor$", re.I)
# A city's own government: "X Metropolitan Municipality", "Municipality of X", "City of X".
MUNICIPALITY = re.compile(r"\bMunicipality\b|^City of [A-Z]")


def mayor_municipalities(ex: Extraction) -> None:
    """Give a bare "Mayor" / "Deputy Mayor" without an organisation the one municipality of the release."""
    mayors = [a for a in ex.affiliations if a.role and not a.organisation and BARE_MAYOR.match(a.role)]
    if not mayors:
        return
    bodies = [o for o in ex.organisations if MUNICIPALITY.search(o.name) and o.kind != "government"]
    if len(bodies) != 1:
        return
    for a in mayors:
        a.organisation = bodies[0].name
