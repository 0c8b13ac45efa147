"""How the names in a sponsor or organiser clause become organisations of the release.

A role clause names its organisations the way the rest of the text does, only
shorter ("the Bank", "the Regional Council", "Acme Solar" after "Acme Solar
Systems, Inc.", "through its development agency, Z"). These helpers resolve
such names to the organisations the release already has, or register new ones,
before `add_role` records the role; `eventroles.find_roles` finds the clauses.
"""

from __future__ import annotations

import re

from kg.extract.barehead import bare_head_body
from kg.extract.eventcues import FUNDING_VEHICLE, THROUGH_OWN
from kg.extract.organisations import ensure_organisation
from kg.extract.orgbounds import owner_of_place_office
from kg.extract.orgfilters import TRIP
from kg.extract.orgheadwords import HEADS
from kg.extract.orghoused import adopt_acronym, housed_unit
from kg.extract.orglistitem import plausible_org
from kg.extract.orglists import split_list
from kg.extract.orgnames import country_code
from kg.model import EventRole, Extraction, Span

SUFFIXED = re.compile(r"\b(?:Ltd|Limited|Inc|Corp|Corporation|Company|Group|Holdings|GmbH|LLC|PLC|AG|SA)\.?$")


DESCRIBED = re.compile(r"^[A-Z][\w’'.]*-(?:based|area|born|led|run|owned|registered|headquartered|wide)$")


def add_role(ex: Extraction, event: str, names: list[str], role: str, span: Span, context: str = "") -> None:
    # "jointly organized by the Bank and Senegal's Ministry of ...": a lone head word is its own item.
    names = [p for n in names for p in (n.split(" and ", 1) if n.split(" and ", 1)[0] in HEADS else [n])]
    for name in names:
        name = owner_of_place_office(ex, name) or name  # "run by IOM's Kabul office": IOM
        if ex.organisation(name) is None and ("'s " in name or "’s " in name):
            # "hosted by Lakeland's Ministério da Saúde (Ministry of Health)": the country's own body
            owner, _, rest = name.replace("’s ", "'s ").partition("'s ")
            if country_code(owner) and ex.organisation(rest) is not None:
                name = rest
        if name == "Government":  # "organized by the Government with X": the release's one government
            name = _the_government(ex) or name
        if name in HEADS:  # "the Bank": the one known Bank of the release
            name = _the_head(ex, name) or bare_head_body(ex, name, span.start) or name
        if ex.organisation(name) is None and " " in name:
            name = _short_of(ex, name) or _ends_known(ex, name) or housed_unit(ex, name) or name
        elif ex.organisation(name) is None:  # "with the Chr." cut where "Chr. Keller Institute" starts
            cut = {o.name for o in ex.organisations for f in o.forms if f.startswith(name + ". ")}
            name = cut.pop() if len(cut) == 1 else name
        acronym = _defines_acronym(name, context)
        known = ex.organisation(name) is not None or acronym is not None
        if ex.person(name) is not None or not plausible_org(name, known) or DESCRIBED.search(name):
            continue
        if TRIP.search(name):  # "On World Water Day, X and Y launched ...": the day organises nothing
            continue
        if acronym is not None:
            adopt_acronym(ex, name, acronym)
        org = ensure_organisation(ex, name, span)
        if any(r.event == event and r.organisation == org.name and r.role == role for r in ex.event_roles):
            continue
        ex.event_roles.append(EventRole(event=event, organisation=org.name, role=role, span=span))


def _the_government(ex: Extraction) -> str | None:
    """The release's one government ("the Government" after "The Government of X launched ..."): the only
    "Government of ..." organisation it has, else None (two governments leave the bare word unresolved)."""
    found = {o.name for o in ex.organisations if o.name.startswith("Government of ")}
    return found.pop() if len(found) == 1 else None


def _the_head(ex: Extraction, word: str) -> str | None:
    """The release's one organisation whose name holds the head word ("the Bank" for the African
    Development Bank), else the one with a form that does ("the Delegation" for the EU, known as "EU
    Delegation"), else None."""
    found = {o.name for o in ex.organisations if word in o.name.split()[1:]}
    if not found:
        found = {o.name for o in ex.organisations if any(word in f.split()[1:] for f in o.aliases)}
    return found.pop() if len(found) == 1 else None


def _ends_known(ex: Extraction, name: str) -> str | None:
    """ "in cooperation with the Regional Council" after "the Agadez Regional Council": the one organisation
    whose name ends with this short form of a head word and its modifier."""
    words = name.split()
    if len(words) != 2 or words[1] not in HEADS:
        return None
    found = {o.name for o in ex.organisations if o.name.endswith(" " + name) and o.name != name}
    return found.pop() if len(found) == 1 else None


def _national(name: str, rest: str) -> bool:
    """ "through the Italian Development Cooperation": after "through the", a name of three or more words
    led by a country's adjective is that country's agency."""
    words = name.split()
    return len(words) >= 3 and f"through the {name}" in rest and country_code(words[0]) is not None


def through_own(ex: Extraction, rest: str, names: list[str], known: list[str], span: Span) -> list[str]:
    """ "funded by the Government of X through its/the X Agency": the funder's own body that the text
    names after "through" funds too (a known organisation, or a national agency by its adjective)."""
    m = THROUGH_OWN.search(rest) if "through" in rest else None
    if m is None:
        return []
    own = split_list(THROUGH_OWN.sub(", ", rest, count=1), known)
    # "through its development agency, Palida": the text itself says the name is the funder's agency.
    described = split_list(rest[m.end() :], known)[:1] if m.group("desc") else []
    more = [
        n
        for n in own
        if n not in names
        and (ex.organisation(n) is not None or _national(n, rest) or n in described)
        and not FUNDING_VEHICLE.search(n)
        and not _vehicle_after(rest, n)
        # "through the Lakeland-Riverland Justice Partnership (LRJP)": a joint programme the money runs
        # through, unless a national agency by its adjective ("the Norwegian Lake Partnership").
        and ("Partnership" not in n.split() or _national(n, rest))
    ]
    for n in more:
        if ex.organisation(n) is None:
            ensure_organisation(ex, n, span)
    return more


VEHICLE_WORD_NEXT = re.compile(r"\s+(?:programme|program|project|initiative|fund|facility|instrument)\b")


def _vehicle_after(rest: str, name: str) -> bool:
    """ "funded by the EU through its Eastern Lakes programme": the name is the vehicle's, not a body's."""
    at = rest.find(name)
    return at >= 0 and VEHICLE_WORD_NEXT.match(rest, at + len(name)) is not None


def _short_of(ex: Extraction, name: str) -> str | None:
    """ "hosted by Acme Solar" after "Acme Solar Systems, Inc.": the one organisation of the release
    whose name the unknown name begins (a company's short name drops its kind and legal form)."""
    found = {o.name for o in ex.organisations if o.name.startswith(name + " ") and SUFFIXED.search(o.name)}
    return found.pop() if len(found) == 1 else None


def _defines_acronym(name: str, context: str) -> str | None:
    """ "Lakeport Rights Watch (LRW)": a name that defines an acronym of its initials is an
    organisation's, never a person's. The acronym, else None."""
    i = context.find(name + " (")
    if i < 0:
        return None
    m = re.match(r"\(([A-Z][A-Za-z&-]{1,9})\)", context[i + len(name) + 1 :])
    if not m:
        return None
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", name))
    acr = m.group(1).replace("&", "").replace("-", "")
    spelled = acr[0] == initials[:1] and sum(c in initials for c in acr.upper()) >= len(acr) - 1
    return m.group(1) if spelled else None


def drop_owner_of_unit(ex: Extraction, mention_spans: set[tuple[int, int]]) -> None:
    """ "delegates at an ABC conference ... It was organised by the ABC Health and Safety Unit": the owner
    read off the event's modifier gives way to its own unit that the text says organised the event."""
    named = {(r.event, r.organisation) for r in ex.event_roles if r.role == "organiser"}
    ex.event_roles[:] = [
        r
        for r in ex.event_roles
        if not (
            r.role == "organiser"
            and (r.span.start, r.span.end) in mention_spans
            and any(e == r.event and o.startswith(r.organisation + " ") for e, o in named)
        )
    ]


def short_form(ex: Extraction, word: str, before: str) -> str | None:
    """ "the Trust's annual ceremony": the one organisation of the release whose name has that word."""
    if not re.search(rf"\bthe\s+{re.escape(word)}(?:’s|'s)\s", before):
        return None
    low = word.lower()
    found = {
        o.name for o in ex.organisations if any(low in f.lower().split() for f in o.forms) and o.name != word
    }
    # "Lakeport Trust" and "Lakeport Trust for Children" are one organisation under two forms.
    found = {f for f in found if not any(g != f and g.startswith(f + " ") for g in found)}
    return found.pop() if len(found) == 1 else None
