"""A rotating chair named with its country is that country's government: "the Pro Tempore Presidency of X".

Regional migration processes rotate their chair among member States, and releases name the chair as
"the Pro Tempore Presidency of Lakeland" ("under the auspices of ...", "organized by ..."). While the
country holds the office, the office is its government acting as chair: annotators list the phrase as a
form of "Government of Lakeland", never as a body of its own. (The bare "Pro Tempore Presidency" is folded
by kg.extract.chairoffice.)
"""

from __future__ import annotations

import re

from kg.extract.orgfold import fold_into
from kg.extract.orgnames import country_code
from kg.model import Extraction

OFFICE_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:Pro\s+Tempore|Rotating)\s+(?:Presidency|Chairmanship|Chairpersonship|Chair)\s+of\s+"
    r"(?:the\s+)?(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def fold_country_chairs(ex: Extraction) -> None:
    """Make "Pro Tempore Presidency of <country>" a form of that country's government."""
    from kg.extract.organisations import ensure_organisation

    for org in list(ex.organisations):
        if "Tempore" not in org.name and "Rotating" not in org.name:
            continue
        m = OFFICE_OF.fullmatch(org.name)
        code = country_code(m.group("country")) if m else None
        if m is None or code is None:
            continue
        gov = next((o for o in ex.organisations if o.kind == "government" and o.country == code), None)
        if gov is None:
            ex.organisations.remove(org)
            gov = ensure_organisation(ex, "Government of " + m.group("country"), org.spans[0])
            ex.organisations.append(org)
        if gov is org or gov.country != code:
            continue
        fold_into(ex, org, gov)
