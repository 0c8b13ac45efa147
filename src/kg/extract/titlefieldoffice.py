"""A head of an agency's named field presence: "Head of the LWA Mission to Elaria", "Director of the LWA
Regional Office for Africa", "Head of the EU Delegation to Elaria".

The capitalised office, mission, delegation or centre is a body of its own in the gold files (its name with
the place it serves), so the speaker's organisation is that body, not the parent agency the acronym names;
the role stays the bare title. Applied after the other affiliation rules, to speakers whose role is the
bare title and whose sentence gives "<title> of the <Acronym ...> <Office|Mission|...> [in|to|for Place]".
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.model import Extraction, Span

# The agency's acronym opens the name ("the National Centre in X" is a national body, its place no part of
# it); a name that runs on ("Office for Democratic Institutions ...") is some other unit, left alone.
UNIT = re.compile(
    r" of the ([A-Z]{2,6}(?: [A-Z][a-z]+){0,3} (?:Office|Mission|Delegation|Centre|Center)"
    r"(?: (?:in|to) (?:the )?[A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+){0,2})?)\b(?! (?:for|of|on) [A-Z])"
)
NEAR = 80  # characters between the name and its title phrase, either side


def field_office_heads(ex: Extraction, text: str) -> None:
    """Point a bare-titled speaker at the named office, mission or delegation their title heads."""
    speakers = {s.person for s in ex.speeches}
    for a in ex.affiliations:
        if not a.role or " " in a.role.strip() or a.person not in speakers:
            continue
        person = ex.person(a.person)
        if person is None:
            continue
        sent = text[a.span.start : a.span.end]
        for m in UNIT.finditer(sent):
            if not sent[: m.start()].endswith(a.role):
                continue
            lo, hi = a.span.start + m.start() - len(a.role), a.span.start + m.end()
            if not any(lo - NEAR <= s.start and s.end <= hi + NEAR for s in person.spans):
                continue
            a.organisation = ensure_organisation(ex, m.group(1), Span(lo, hi)).name
            break
