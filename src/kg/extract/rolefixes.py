"""Organisations left inside a speaker's role: "COSATU General Secretary", "project coordinator at FNV
Mondiaal", "Director for Latin America, C40".

The title splitter leaves the whole phrase as the role when it cannot tell the organisation apart at that
point; once every organisation of the release is known, a role that still ends in "at/of/with <a known
organisation>", starts with a known acronym, or ends in ", <a known organisation>" gives it up.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.titlesplit import has_title, resolves
from kg.model import Affiliation, Extraction, Span

AT_ORG = re.compile(r"^(?P<role>.+?)\s+(?:at|with)\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$")
ACRONYM_FIRST = re.compile(r"^(?P<org>[A-Z][A-Z0-9&]{1,9})\s+(?P<role>[A-Z][\w-]*(?:\s+[\w-]+){0,4})$")
COMMA_ORG = re.compile(r"^(?P<role>[^,]+),\s+(?P<org>[A-Z][^,;]*)$")
OWNER = r"(?P<org>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})(?:'s|’s)"
# "The Director of IOM's Bangkok office, Jane Doe": a title over an organisation's local office.
OFFICE_TITLE = re.compile(
    rf"(?:^|\n\s*|[.;:]\s+|,\s+|\b(?:and|by)\s+)(?:[Tt]he\s+)?(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+of\s+"
    rf"{OWNER}\s+(?:[A-Z][\w-]+\s+)?(?:office|mission|delegation|bureau)(?:\s+in\s+[A-Z][\w-]+)?,\s*$"
)


def peel_role_organisations(ex: Extraction, text: str) -> None:
    """Move a known organisation out of a role that has none beside it; take the owner of a role
    written "ORG's <modifiers> <role>" before the name; read "The <Title> of ORG's <Place> office, Name"."""
    for a in ex.affiliations:
        if not a.role or a.organisation:
            continue
        owner = _owner_before(ex, text, a)
        if owner:
            a.organisation = owner
            continue
        for pattern in (AT_ORG, ACRONYM_FIRST, COMMA_ORG):
            m = pattern.match(a.role)
            if m and _peelable(ex, m.group("role"), m.group("org")):
                org = ex.organisation(m.group("org")) or ensure_organisation(ex, m.group("org"), a.span)
                a.role, a.organisation = m.group("role"), org.name
                break


def _peelable(ex: Extraction, role: str, org: str) -> bool:
    """The part left is still a title, and the part taken is an organisation of the release, not a title."""
    return has_title(role) and not has_title(org) and resolves(ex, org)


def _owner_before(ex: Extraction, text: str, a: Affiliation) -> str | None:
    """ "IOM's counter-trafficking project manager in Albania, Jane Doe": the owner of the role."""
    p = ex.person(a.person)
    at = next((sp.start for sp in p.spans if a.span.start <= sp.start < a.span.end), None) if p else None
    if at is None:
        return None
    role = re.escape(a.role)
    m = re.search(rf"{OWNER}\s+(?:[\w-]+\s+){{0,3}}{role}\b[^,;.]{{0,40}},\s*$", text[a.span.start : at])
    if not m or not resolves(ex, m.group("org")):
        return None
    return (ex.organisation(m.group("org")) or ensure_organisation(ex, m.group("org"), a.span)).name


def office_titles(ex: Extraction, text: str) -> None:
    """A speaker with no stated affiliation introduced as "The <Title> of ORG's <Place> office, Name"."""
    known = {a.person for a in ex.affiliations}
    for s in ex.speeches:
        p = ex.person(s.person)
        if p is None or p.name in known:
            continue
        for sp in p.spans:
            m = OFFICE_TITLE.search(text, max(0, sp.start - 160), sp.start)
            if m and has_title(m.group("role")) and resolves(ex, m.group("org")):
                org = ex.organisation(m.group("org")) or ensure_organisation(ex, m.group("org"), s.span)
                ex.affiliations.append(Affiliation(p.name, m.group("role"), org.name, Span(sp.start, sp.end)))
                known.add(p.name)
                break
