"""A name cut at a comma inside a longer name the release also gives is that longer name, not a body.

"Chairman of the Committee for Water, Fisheries and Tourism; ..." can leave "Committee for Water" as an
organisation of its own next to "Committee for Water, Fisheries and Tourism of Elaria". When every
occurrence of the short form in the text runs on into a longer form of another organisation, the short
form is only a truncation: it becomes that organisation's alias.
"""

from __future__ import annotations

from kg.model import Document, Extraction, Organisation


def _longer(org: Organisation, others: list[Organisation]) -> tuple[Organisation, list[str]] | None:
    """The organisation with forms that continue `org`'s name after a comma, with those continuations."""
    head = org.name + ","
    for other in others:
        if other is org:
            continue
        tails = [f[len(org.name) :] for f in other.forms if f.startswith(head)]
        if tails:
            return other, tails
    return None


def merge_comma_truncations(doc: Document, ex: Extraction) -> None:
    orgs = list(ex.organisations)
    if len(orgs) < 2 or not any("," in f for o in orgs for f in o.forms):
        return
    flat = None
    for org in orgs:
        found = _longer(org, orgs)
        if found is None:
            continue
        target, tails = found
        flat = flat if flat is not None else doc.text.replace("\n", " ")
        name, pos, runs_on = org.name, 0, True
        while (k := flat.find(name, pos)) >= 0:
            pos = k + len(name)
            if not any(flat.startswith(t, pos) for t in tails):
                runs_on = False
                break
        if not runs_on:
            continue
        for f in org.forms:
            if all(f.casefold() != x.casefold() for x in target.forms):
                target.aliases.append(f)
        target.spans.extend(org.spans)
        ex.organisations.remove(org)
