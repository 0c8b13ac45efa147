"""Folding one organisation into another: the second is the same body under another name.

Many refinements find that a record is only another name of a body the release already has (a chair's
office and the government holding it, a delegation and the body it represents, an acronym-headed form
and its full name, a former name). They all must do the same three things, or a relation that still
names the folded record no longer finds its node: every form of the folded record becomes a form of the
target, its mentions move over, and the record leaves the list. Relations keep the name they had; the
target answers to it (`Extraction.organisation`), and event roles are moved to the target's name so the
extraction reads the same as the graph.
"""

from __future__ import annotations

from kg.model import Extraction, Organisation


def fold_into(ex: Extraction, org: Organisation, into: Organisation, *extra_forms: str) -> None:
    """Make `org` (and `extra_forms`) forms of `into` and drop `org` as an organisation of its own."""
    if org is into:
        return
    for form in (*org.forms, *extra_forms):
        if form and all(form.casefold() != f.casefold() for f in into.forms):
            into.aliases.append(form)
    into.spans.extend(s for s in org.spans if s not in into.spans)
    if org in ex.organisations:
        ex.organisations.remove(org)
    old = {f.casefold() for f in org.forms}
    for role in ex.event_roles:
        if role.organisation and role.organisation.casefold() in old:
            role.organisation = into.name
