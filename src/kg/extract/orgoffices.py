"""Bodies named by their kind, not by a name: an organisation's offices ("Regional Office for Central Asia",
"Delegation to the UN", "Office in Cairo") and generic committees and groups ("Steering Committee", "Focus
Group", "Regional Office").

Kept apart from `orgpatterns`, which reads capitalised runs as names, because these word lists decide when
such a run is an office of the organisation before it or a kind of body with no name of its own.
"""

from __future__ import annotations

import re

PLACE_UNITS = ("Delegation", "Office", "Mission", "Bureau", "Headquarters")
OFFICE_MODIFIERS = frozenset(
    {
        "Regional",
        "Country",
        "Liaison",
        "Field",
        "Sub-Regional",
        "Subregional",
        "Sub-regional",
        "Special",
        "National",
        "Area",
        "Project",
        "Permanent",
        "Sub-Office",
        "Sub",
        "Programme",
        "Program",
        "Branch",
    }
)


def is_office(rest: str) -> bool:
    """ "Regional Office for Central Asia", "Office in Cairo": an office by its modifier or place, not a
    named unit such as "Office to Monitor and Combat Trafficking in Persons"."""
    words = rest.split()
    return is_owned_office(rest) and (
        words[0] not in PLACE_UNITS or bool(re.match(r"^\S+\s+in\s+[A-Z]", rest))
    )


# Words of a world region named before an office's modifier ("East Asia and Pacific Regional Office").
REGION_WORDS = frozenset(
    "East West North South Eastern Western Northern Southern Central Middle Near Far Asia Pacific Africa "
    "Europe America Americas Latin Caribbean Arab States Gulf Horn Great Lakes Sahel Balkans Mediterranean "
    "Oceania Andean and the".split()
)


def is_owned_office(rest: str) -> bool:
    """ "Regional Office for Asia", "Delegation to the UN", "East Asia and Pacific Regional Office": an office
    of the organisation before it."""
    words = rest.split()
    k = next((i for i, w in enumerate(words) if w in PLACE_UNITS), None)
    if k is None:
        return False
    if all(w in OFFICE_MODIFIERS for w in words[:k]):
        return True
    # the region the office serves, then its modifier: "X East Asia and Pacific Regional Office"
    m = next((i for i, w in enumerate(words[:k]) if w in OFFICE_MODIFIERS), None)
    return (
        m is not None
        and m > 0
        and words[0][:1].isupper()
        and all(w in REGION_WORDS for w in words[:m])
        and all(w in OFFICE_MODIFIERS for w in words[m:k])
    )


GENERIC_BODIES = frozenset(
    {
        "Steering Committee",
        "Organizing Committee",
        "Organising Committee",
        "Working Group",
        "Technical Committee",
        "Advisory Group",
        "Advisory Board",
        "Task Force",
        "Contact Group",
        "Drafting Committee",
        "Coordination Group",
        "Reference Group",
        "Organising Group",
        "Coordination Committee",
        "Management Board",
        "Project Board",
        "Expert Group",
        "Board of Trustees",
        "Board of Directors",
        "Joint Committee",
        "Executive Committee",
        "Advisory Committee",
        "Scientific Committee",
        "Selection Committee",
        "National Committee",
        "Regional Committee",
    }
)


GENERIC_MODIFIERS = frozenset(
    "Steering Working Technical Advisory Organising Organizing Drafting Coordination Coordinating Reference "
    "Management Project Expert Joint Executive Scientific Selection Contact Focus Core "
    "Regional Country Field Liaison Sub-Regional Subregional Local Monitoring Evaluation Review "
    "Consultative Oversight Audit Budget Standing Sub Ad-hoc Implementation "
    "Planning Thematic Editorial Host Main".split()
)
GENERIC_HEADS = frozenset("Committee Group Board Office Unit Team Panel Secretariat Council Section".split())


def generic_body(surface: str) -> bool:
    """ "Focus Group", "Core Group", "Regional Office", "Monitoring Committee": a kind of body, no name."""
    words = surface.split()
    return (
        2 <= len(words) <= 3
        and words[-1] in GENERIC_HEADS
        and all(w in GENERIC_MODIFIERS for w in words[:-1])
    )
