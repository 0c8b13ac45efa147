"""Funds that the text names as a funder's instrument, not as an actor.

"funded by the Northland Union through the Northland Trust Fund for Lakes", "financed by the Commission
under the Coastal Security Fund", "the Northland Union's Integration Fund": the body before "through the"
/ "under the" / "'s" is the one that pays; the fund is the budget line it pays from. Annotators then
name the body as the organisation and sponsor, not the fund. A fund the text names on its own ("funded
by the X Trust Fund") stays: there the fund is the only funder named, and the gold files differ.

A funder's programme named as the way it pays ("funded by the Northland Union under its Thematic
Programme on Lakes", "... through its X Programme") is the same kind of instrument; a programme a body
runs an event through ("convened by X through its Y Programme") may act on its own and stays. A fund's
name that holds a comma ("through its Asylum, Migration and Integration Fund") is read back to its link.

Well-known funds that are bodies of their own (the gazetteer's "United Nations Children's Fund", "Global
Fund for Women") never drop. A "Body under the X Fund" run that the name finder read as one name is cut
back to its body.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import gaz_lookup
from kg.model import Document, Extraction, Organisation, Span

# What joins the paying body to its fund: "... through the", "... under the", "...'s".
LINKS = (" through the ", " under the ", " via the ", " through its ", " under its ", "'s ", "’s ")
PROGRAMME_LINKS = (" through its ", " under its ")


# "... its Asylum, " before "Migration and Integration Fund": the first words of a name that holds a comma.
NAME_START = re.compile(r"(?:\s[A-Z][\w-]*,)+\s*$")
# A funding participle in the text before a programme named after "through its" / "under its".
FUNDING = re.compile(r"\b(?:funded|financed|co-funded|co-financed|supported)\s+by\b")


def _fund_name(name: str) -> bool:
    return "Fund" in name.split() or "Fund" in name.replace("-", " ").split()


def _programme_name(name: str) -> bool:
    return name.split()[-1] in ("Programme", "Program") or " Programme " in name or " Program " in name


def _payer_before(ex: Extraction, before: str, programme: bool = False) -> Organisation | None:
    """The known body that `before` (the text up to a fund's mention) ends with, joined by a link; for a
    programme, only "through its" / "under its" after a funding participle."""
    before = NAME_START.sub(" ", before) if before.endswith((", ", ",\n", ",")) else before
    before = " ".join(before.split()) + " "
    for link in LINKS if not programme else PROGRAMME_LINKS:
        if programme and not FUNDING.search(before):
            break
        if not before.endswith(link):
            continue
        head = before[: -len(link)].rstrip()
        for org in ex.organisations:
            if any(f and head.endswith(f) and not _fund_name(f) for f in org.forms):
                return org
    return None


def _possessive_payer(ex: Extraction, text: str, fund: Organisation) -> Organisation | None:
    """The body a fund's own name gives as its owner ("Northland Union's Integration Fund"): a body
    of the release, else a well-known one, added."""
    from kg.extract.organisations import ensure_organisation

    surfaces = [(form, None) for form in fund.forms] + [(text[s.start : s.end], s) for s in fund.spans]
    for surface, span in surfaces:
        for mark in ("'s ", "’s "):
            if mark not in surface:
                continue
            head = surface.split(mark, 1)[0]
            for org in ex.organisations:
                if org is not fund and head in org.forms:
                    return org
            if span is not None and gaz_lookup(head):
                return ensure_organisation(ex, head, Span(span.start, span.start + len(head)))
    return None


def drop_fund_instruments(doc: Document, ex: Extraction) -> None:
    """Remove a fund that some mention shows as a known body's instrument ("by the X through the Y
    Fund", "the X's Y Fund"); its event roles pass to the paying body."""
    text = doc.text
    if "Fund" not in text and "Program" not in text:
        return  # the cheap test
    for org in list(ex.organisations):
        programme = not _fund_name(org.name) and _programme_name(org.name)
        if not (_fund_name(org.name) or programme) or not org.spans or org.kind == "un":
            continue
        if any(gaz_lookup(f) for f in org.forms):
            continue
        payer = None if programme else _possessive_payer(ex, text, org)
        for span in org.spans if payer is None else ():
            payer = _payer_before(ex, text[max(0, span.start - 90) : span.start], programme)
            if payer is not None and payer is not org:
                break
            payer = None
        if payer is None:
            continue
        ex.organisations.remove(org)
        forms = set(org.forms)
        seen = {(r.event, r.organisation, r.role) for r in ex.event_roles if r.organisation not in forms}
        for role in list(ex.event_roles):
            if role.organisation not in forms:
                continue
            key = (role.event, payer.name, role.role)
            if key in seen:
                ex.event_roles.remove(role)
            else:
                role.organisation = payer.name
                seen.add(key)
