"""The municipality of a mayor named by the bare title.

"Opening the fair, Mayor Jane Doe said the city ..." gives a role and no organisation; annotators tie a
mayor (or deputy mayor) to the municipality the release names ("the Lakeport Metropolitan Municipality",
"the City of Lakeport"), as they do when the text writes "Mayor of Lakeport". Only a single such body is
taken: with two municipalities named, the title alone cannot tell which one the mayor heads.
A "Governor of X" / "Mayor of X" with no organisation takes the body the release names
for X ("the X Governorate", "X Municipality").
"""

from __future__ import annotations

import re

from kg.model import Extraction

# "Deputy Mayor for Social Affairs": a city's portfolio after "for" names no other body.
BARE_MAYOR = re.compile(r"^(?:(?:Deputy|Vice|Lord|Acting)[- ])?Mayor(?:\s+for\s+[A-Z][^,;()]*)?$", re.I)
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


# "Governor of Lakeport", "Mayor of Lakeport": the office and the place it governs.
PLACE_OFFICES = ("Governor of ", "Mayor of ", "Deputy Governor of ", "Deputy Mayor of ", "Vice Mayor of ")
# The place's own government, as releases name it around the place's name.
PLACE_BODY_FORMS = ("{} Governorate", "{} Municipality", "{} Metropolitan Municipality", "{} City Council",
                    "Governorate of {}", "Municipality of {}", "City of {}")  # fmt: skip


def place_office_bodies(ex: Extraction) -> None:
    """Give a "Governor of X" / "Mayor of X" without an organisation the body that governs X, when the
    release names it ("the X Governorate", "X Municipality"); the title stays as written."""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        office = next((o for o in PLACE_OFFICES if a.role.startswith(o)), None)
        if not office:
            continue
        place = a.role[len(office) :].strip()
        if not place or not place[0].isupper():
            continue
        for form in PLACE_BODY_FORMS:
            org = ex.organisation(form.format(place))
            if org and org.kind != "government":
                a.organisation = org.name
                break
