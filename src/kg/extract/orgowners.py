"""A named body "of the" named organisation it belongs to is two organisations.

"the National Malaria Control Programme of the Ministry of Health", "the Directorate General of Civil
Registration of the Ministry of Interior", "the African Centre for Climate of the Regional Economic
Commission": the first part is a unit with a proper name of its own, which the guidelines make an
organisation of its own ("Offices and units"), and the owner after "of the" is another. The name finder
reads the whole run as one name; this step keeps the unit's own name as the organisation's name (the long
form stays an alias, so every relation that used it follows) and registers the owner.

A department or division qualified by its field ("Department of Consular Affairs of the Ministry of X",
"Division for Water Affairs of the Y Office") is such a unit too. Generic units ("Regional Office of the
Z") are left to `orgunits`, and an
owner that is a country or a government ("... of the Republic of X") is part of a national body's name.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadwords import HEADS
from kg.extract.orgsplits import _whole_name
from kg.model import Extraction, Organisation, Span

# Heads of units that carry a proper name: a programme, a centre, a directorate, an institute, an agency.
UNIT_HEADS = frozenset(
    "Programme Program Centre Center Directorate Directorate-General Institute Agency Service Department "
    "Division".split()
)
OF_THE = re.compile(r"\s+of\s+the\s+")
VICE_MINISTRY = re.compile(r"^(?:Vice|Deputy)[ -]Ministry\s+(?:of|for)\s+[A-Z]")
# The owner's words: an owner that is a state or a government is part of a national body's name.
STATE = re.compile(r"\b(?:Republic|Kingdom|State|States|Government|Federation|Principality|Emirates)\b")
# "the Turkish Ministry of Interior": a country's adjective before a ministry names its government, which
# the organisation finder registers on its own; the ministry's name is the rest.
ADJECTIVE_MINISTRY = re.compile(r"^[A-Z][a-z]+(?:an|ish|ese|i|ian|ch)\s+(?=Ministry\b)")


def _named_unit(part: str) -> bool:
    """A unit's own name: a whole name with a unit head that is qualified (two capitalised words before
    it, "National Malaria Control Programme", or a complement after it, "Centre for Statistics")."""
    if not _whole_name(part):
        return False
    words = part.split()
    heads = [i for i, w in enumerate(words) if w in UNIT_HEADS]
    if not heads:
        return False
    h = heads[0]
    if h + 1 < len(words) and words[h + 1] == "General":
        h += 1  # "Directorate General of Civil Registration"
    return h >= 2 or (h + 1 < len(words) and words[h + 1] in ("for", "of", "on"))


def split_owner(name: str) -> tuple[str, str] | None:
    """ "A of the B" -> (A, B) when A is a named unit and B a whole organisation name that is no state."""
    for m in OF_THE.finditer(name):
        unit, owner = name[: m.start()], name[m.end() :]
        if VICE_MINISTRY.match(unit) and owner.startswith("Ministry ") and _whole_name(owner):
            return unit, owner  # "the Vice Ministry of X of the Ministry of Y": a ministry within a ministry
        if (
            _named_unit(unit)
            and _whole_name(owner)
            and any(w in HEADS for w in owner.split())
            and not STATE.search(owner)
        ):
            return unit, ADJECTIVE_MINISTRY.sub("", owner)
    return None


def split_owned_units(ex: Extraction) -> None:
    """Rename each "unit of the owner" organisation to the unit's name and register the owner."""
    for org in list(ex.organisations):
        if org.kind == "government" or " of the " not in org.name:
            continue
        pair = split_owner(org.name)
        if pair is None:
            continue
        unit, owner = pair
        other = ex.organisation(unit)
        if other is not None and other is not org:
            continue  # the unit's name is another organisation's form: leave both as they are
        full = org.name
        org.name = unit
        org.aliases = [a for a in org.aliases if a.casefold() != unit.casefold()]
        if full not in org.aliases:
            org.aliases.append(full)
        if ex.organisation(owner) is None:
            _register(ex, owner, org)


def _register(ex: Extraction, owner: str, unit: Organisation) -> None:
    ensure_organisation(ex, owner, unit.spans[0] if unit.spans else Span(0, 0))


# "the Border Police Department", "the Consular Directorate": a ministry's department named by its field.
MINISTRY_UNIT = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Department|Directorate|Division)\b"
)


def ministry_department(unit: str, owner: str) -> bool:
    """True when `unit` is a ministry's department with a name of its own ("the Lakeport Roads Department of
    the Ministry of X"): the guidelines make a named unit an organisation of its own, and a ministry's
    departments are named as such in gold files, unlike the offices and boards of an agency."""
    return owner.startswith("Ministry ") and MINISTRY_UNIT.match(unit) is not None
