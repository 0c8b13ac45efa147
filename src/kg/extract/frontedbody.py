"""A speaker's organisation given by a fronted "For <Body>," that opens her sentence: "For the Lakeport
Workers' Union (LWU), General Secretary Jane Doe warned that ...", "For ACME, Jane Doe said ...".

Reports of a meeting where each body speaks in turn name the body first and the person who spoke for it
after the comma, with a title or none; the appositive after the name, if any, holds no body, so the
speaker had no organisation. The phrase must open the sentence, name a body the release knows (its
acronym in brackets may follow), and only a title's capitalised words may stand between its comma and
the name. A speaker who already has an organisation keeps it ("For the Commission, Jane Doe, Director
at its Directorate-General for X, noted ...").
"""

from __future__ import annotations

from kg.extract.persons import mentions
from kg.model import Affiliation, Document, Extraction, Span

OPENERS = (". ", ".\n", "\n", ": ", "; ", "” ", '" ')


def fronted_bodies(doc: Document, ex: Extraction) -> None:
    """Give a speaker with no organisation the body of "For <Body>, [Title] Name" opening her sentence."""
    text = doc.text
    speakers = {s.person for s in ex.speeches}
    for m in mentions(doc):
        if m.name not in speakers:
            continue
        old = next((a for a in ex.affiliations if a.person == m.name), None)
        if old is not None and old.organisation:
            continue
        body = fronted_body(text, ex, m.start)
        if body is None:
            continue
        if old is not None:
            ex.affiliations.remove(old)
            ex.affiliations.append(Affiliation(m.name, old.role, body, old.span))
        else:
            ex.affiliations.append(Affiliation(m.name, None, body, Span(m.start, m.end)))


def fronted_body(text: str, ex: Extraction, start: int) -> str | None:
    """The organisation of "For [the] <Body> [(ACR)], [Title words]" right before `start`, else None."""
    lo = max(0, start - 200)
    head = text[lo:start]
    cut = max(head.rfind(o) + len(o) if head.rfind(o) >= 0 else -1 for o in OPENERS)
    if cut < 0 and lo > 0:
        return None
    lead = head[max(cut, 0) :].lstrip()
    if not lead.startswith("For "):
        return None
    comma = lead.find(",")
    if comma < 0:
        return None
    between = lead[comma + 1 :].split()
    if any(not w[:1].isupper() for w in between) or len(between) > 4:
        return None
    name = lead[4:comma].strip()
    if name.endswith(")") and "(" in name:
        name = name[: name.rfind("(")].strip()
    name = name.removeprefix("the ")
    if not name[:1].isupper():
        return None
    body = ex.organisation(name)
    return body.name if body is not None else None
