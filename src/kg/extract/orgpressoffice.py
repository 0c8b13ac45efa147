"""A body's press office named bare ("Press Office, Lakeport Water Board" over a contact's lines, "General
Secretariat | Press Office" in a site's top bar) is the office that put the release out, not an actor: no
gold file lists a bare press or media office. Named with its owner ("the Board's Press Office") it is
already a form of the owner; alone, with no relation naming it, it is dropped.
"""

from __future__ import annotations

from kg.extract.orgnames import gaz_lookup
from kg.model import Extraction

PRESS_WORDS = frozenset({"Press", "Media", "Communications", "Communication", "News"})
OFFICE_HEADS = frozenset({"Office", "Unit", "Service", "Section", "Desk", "Team", "Centre", "Center"})


def _bare_press_office(name: str) -> bool:
    """ "Press Office", "Media and Communications Unit", "Press and Information Office"."""
    words = name.replace(" and ", " ").replace(" & ", " ").split()
    if len(words) < 2 or words[-1] not in OFFICE_HEADS:
        return False
    return words[0] in PRESS_WORDS and all(w in PRESS_WORDS or w == "Information" for w in words[1:-1])


def drop_bare_press_offices(ex: Extraction) -> None:
    """Drop an organisation that is a press office with no owner's name and that no relation names."""
    used_keys = {u.casefold() for u in ex.named_by_relations()}
    for org in list(ex.organisations):
        if not all(_bare_press_office(f) for f in org.forms) or gaz_lookup(org.name):
            continue
        if any(f.casefold() in used_keys for f in org.forms):
            continue
        ex.organisations.remove(org)
