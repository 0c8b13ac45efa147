"""A body's delegation to a country is an office of the body: "the Delegation of the European Union to
Lakeland" or "the EU Delegation to Lakeland" is an alias of the European Union when the release names the
Union itself too (per the conventions, an organisation's offices are aliases of the organisation).

When the delegation is the only form of its body in the release, it stays an organisation of its own: the
release then presents the delegation, not the body, as the actor.
"""

from __future__ import annotations

from kg.extract.orgfold import fold_into
from kg.model import Extraction, Organisation

_PREFIX = "Delegation of the "


def _parent_name(name: str) -> str | None:
    """ "European Union" for "Delegation of the European Union to X" or "EU Delegation to X"."""
    if name.startswith(_PREFIX):
        rest = name[len(_PREFIX) :]
        i = rest.find(" to ")
        return rest[:i] if i > 0 else rest
    i = name.find(" Delegation")
    if i > 0 and (name.endswith(" Delegation") or name[i:].startswith(" Delegation to ")):
        return name[:i]
    return None


def fold_delegations(ex: Extraction) -> None:
    """Fold a delegation into the body it represents when the release names that body too."""
    for org in list(ex.organisations):
        if "Delegation" not in org.name or org not in ex.organisations:
            continue
        parent_name = _parent_name(org.name)
        parent: Organisation | None = ex.organisation(parent_name) if parent_name else None
        if parent is None or parent is org or parent.kind in ("government", "ministry"):
            continue
        fold_into(ex, org, parent)
