"""Units of a named organisation are that organisation: "the Water Department of the WPO", "the Board of
Directors of the Coastal Bank", "the Regional Office for Asia and the Pacific of UNEP".

Press releases name a department, division, office or board by its description and then "of" its owner.
The guidelines treat an organisation's offices as forms of it, so such a unit is folded into its owner as
an alias (every relation that names the unit then points at the owner) instead of standing as an
organisation of its own. A unit with a proper name of its own and no "of <owner>" tail stays.

Runs after every component that registers organisations, so the owner is known whatever found it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.orgabout import fold_about_headings
from kg.extract.orgacrhead import fold_headed_acronyms
from kg.extract.orgacronyms import named_owner
from kg.extract.orgadjectival import drop_adjectival_unions
from kg.extract.organisations import ensure_organisation
from kg.extract.orgdateline import drop_dateline_agencies
from kg.extract.orgfunds import drop_fund_instruments
from kg.extract.orgnames import gaz_lookup
from kg.extract.orgowners import ministry_department, split_owned_units
from kg.extract.orgpresidency import fold_bare_presidency
from kg.extract.orgpressoffice import drop_bare_press_offices
from kg.extract.orgtempore import fold_country_chairs
from kg.extract.orgtruncated import merge_comma_truncations
from kg.extract.registry import component
from kg.model import Document, Extraction, Organisation, Span

# A generic unit head, qualified by capitalised words before it ("Disease Control Division") or by a
# "for/on" phrase after it ("Regional Office for Asia"), or a governing board.
_CAP = r"[A-Z][\w&’'-]*"
UNIT = re.compile(
    rf"^(?:the\s+)?(?:(?:{_CAP}\s+(?:(?:and|&)\s+)?){{1,5}}"
    r"(?:Department|Division|Directorate|Unit|Section|Branch|Office|Bureau|Sector)"
    rf"(?:\s+(?:for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:(?:and|&|of)\s+(?:the\s+)?)?{_CAP}){{0,5}})?"
    r"|(?:Executive\s+|Governing\s+)?Board(?:\s+of\s+(?:Directors|Governors|Trustees|Management))?)$"
)
# An office is a form of its organisation (the guidelines' "IOM's office in Cairo"), whatever it does.
OFFICE = re.compile(
    r"^(?:the\s+)?(?:(?:Regional|Sub-?regional|Country|Liaison|Field|Area|Representative)\s+)+Office\b"
)
OF = re.compile(r"\s+of\s+(?:the\s+)?")
# A unit name cut at "and" by list splitting: "Regional Office for Asia" + " and the Pacific of UNEP".
TAIL = re.compile(rf"\s+(?:and|&)\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}(?=\s+of\s)")


@component("org_units")
def fold_units(doc: Document, ex: Extraction) -> None:
    merge_comma_truncations(doc, ex)  # after the speakers' and events' names: "Committee for X" of "..., Y"
    owners: list[Organisation] = []
    units = any(w in doc.text for w in _HINTS)  # a cheap pre-test: no unit word, no unit to fold
    for org in list(ex.organisations) if units else ():
        if org not in ex.organisations or org.kind == "government":
            continue
        owner, full = _owner(ex, doc.text, org)
        if owner is None:
            owner = _possessive_office_owner(ex, org)
            if owner is not None:
                _fold(ex, org, owner, "")
                owners.append(owner)
                continue
        if owner is None or owner.kind == "government":
            continue  # "Customs Service of Finland": a national agency, not a unit of the government
        if not OFFICE.search(full or org.name) and _acts(ex, org):
            continue  # "co-organized by the Statistics Division of UN DESA": a unit that acts stands alone
        if ministry_department(full or org.name, owner.name):
            continue  # "the Border Police Department of the Ministry of X": a named department of its own
        _fold(ex, org, owner, full)
        owners.append(owner)
        if full:
            # The fragment after "and" that list splitting made an organisation ("Pacific of UNEP").
            for other in list(ex.organisations):
                if other is not owner and other is not org and full.endswith(" " + other.name):
                    _fold(ex, other, owner, "")

    owners += _prefix_acronyms(ex)
    split_owned_units(ex)  # "the X Control Programme of the Ministry of Y": two organisations
    _drop_idle_departments(ex)
    _drop_and_halves(ex)
    _head_word_references(ex)
    if owners:
        _unit_titles(ex, owners)
    drop_fund_instruments(doc, ex)  # after the events' roles: a fund's sponsorship passes to its payer
    drop_adjectival_unions(doc, ex)  # after every relation: "EU Member States" alone makes no actor
    fold_bare_presidency(doc, ex)  # "the Presidency" is the government of the "X Presidency"
    fold_about_headings(ex)  # "About X" heading run into "X Full Name was founded ..."
    fold_headed_acronyms(doc, ex)  # "the Camp Support Cluster (CS Cluster)": one body
    fold_country_chairs(ex)  # again, for a chair first named in an event's role clause
    drop_dateline_agencies(doc, ex)  # "CITY, 16 June (ACR) -": the news service that put the text out
    drop_bare_press_offices(ex)  # "Press Office, Lakeport Water Board": the office that put the text out


def _drop_and_halves(ex: Extraction) -> None:
    """ "Ministry of X" and "Y" read as two names out of "Ministry of X and Y", which the release also names
    whole: the halves are no organisations."""
    forms = {f for o in ex.organisations for f in o.forms if " and " in f}
    if not forms:
        return
    used = ex.named_by_relations()
    by_form = {f: o for o in ex.organisations for f in o.forms}
    drop = set()
    for p in ex.organisations:
        if " and " in p.name and any(f.startswith((p.name + "'s ", p.name + "’s ")) for f in forms):
            drop.add(p.name)  # "Bank and Senegal" out of "the Bank and Senegal's Ministry of ..."
    for whole in forms:
        # Each " and " of a whole name: are both sides names of other organisations? (linear in the forms)
        for cut in AND.finditer(whole):
            p, q = by_form.get(whole[: cut.start()]), by_form.get(whole[cut.end() :])
            if p is not None and q is not None and p is not q and by_form[whole] not in (p, q):
                drop.update(o.name for o in (p, q) if not any(f in used for f in o.forms))
    ex.organisations[:] = [o for o in ex.organisations if o.name not in drop]


AND = re.compile(r" and ")


# Capitalised head nouns a release uses alone for its own organisation: "the Bank", "the Fund".
HEAD_WORDS = frozenset(
    "Bank Fund Organization Organisation Agency Commission Council Institute Foundation Federation Union "
    "Programme Office Centre Center".split()
)


def _head_word_references(ex: Extraction) -> None:
    """ "the Bank's Vice-President" in a release about the African Development Bank: a bare head noun
    registered as an organisation is the release's organisation of that head mentioned most, when one
    clearly is (more mentions than any other)."""
    for bare in [o for o in ex.organisations if o.name in HEAD_WORDS and not o.aliases]:
        cands = sorted(
            (o for o in ex.organisations if o is not bare and bare.name in o.name.split()),
            key=lambda o: -len(o.spans),
        )
        if cands and (len(cands) == 1 or len(cands[0].spans) > len(cands[1].spans)):
            _fold(ex, bare, cands[0], "")


BARE_DEPARTMENT = re.compile(r"^[A-Z][\w-]*\s+(?:Department|Division|Unit|Section|Branch)$")
# "Head of Country Delegation for Kenya": an office named only by its kind and its place has no owner in
# its name; idle, it is the rest of someone's title (the owner is named before it), not an organisation.
BARE_OFFICE = re.compile(
    r"^(?:Country|Regional|Sub-?regional|Field|Liaison|Area)\s+(?:Delegation|Office|Mission)\s+(?:for|in|to)\s+"
    r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}$"
)


def _drop_idle_departments(ex: Extraction) -> None:
    """ "Director, International Department, <organisation>": a department named by one generic word that
    no relation points at is part of someone's title, not an organisation of the release."""
    used = ex.named_by_relations()
    ex.organisations[:] = [
        o
        for o in ex.organisations
        if not (BARE_DEPARTMENT.match(o.name) or BARE_OFFICE.match(o.name)) or any(f in used for f in o.forms)
    ]


ACRONYM = re.compile(r"^[A-Z]{3,8}$")
CONNECTORS = frozenset(
    {"de", "da", "do", "des", "du", "del", "la", "le", "of", "for", "the", "and", "y", "et"}
)


def _prefix_acronyms(ex: Extraction) -> list[Organisation]:
    """ "INAM" for "Instituto Nacional de Meteorologia": an acronym found as an organisation on its own that
    spells the start of each word of exactly one other organisation's name (not just its initials, which
    the definitions "Name (ACR)" already catch) is that organisation."""
    out = []
    for acr in [o for o in ex.organisations if ACRONYM.match(o.name) and not o.aliases]:
        hits = [
            o
            for o in ex.organisations
            if o is not acr
            and not any(ACRONYM.match(f) for f in o.forms)
            and _prefix_spells(o.name, acr.name)
        ]
        if len(hits) == 1 and acr in ex.organisations:
            _fold(ex, acr, hits[0], "")
            out.append(hits[0])
    for a in ex.affiliations:
        tail = ROLE_OF_ACRONYM.search(a.role or "") if a.organisation is None else None
        if tail is None:
            continue
        hits = [o for o in ex.organisations if _prefix_spells(o.name, tail.group(1))]
        if len(hits) == 1:  # "Director-General of INAM" with no INAM found on its own
            if tail.group(1) not in hits[0].aliases:
                hits[0].aliases.append(tail.group(1))
            a.role, a.organisation = a.role[: tail.start()], hits[0].name
    return out


ROLE_OF_ACRONYM = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?([A-Z]{3,8})$")


def acronym_owner(ex: Extraction, acr: str) -> str | None:
    """The one organisation of the release whose word starts `acr` spells, if exactly one."""
    hits = [o.name for o in ex.organisations if _prefix_spells(o.name, acr)]
    return hits[0] if len(hits) == 1 else None


def _prefix_spells(name: str, acr: str) -> bool:
    """Each capitalised word of `name` gives a prefix of one to three letters, connectors none, in order."""
    words = [w for w in name.split() if w.lower() not in CONNECTORS]
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return False

    def go(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(acr)
        w = words[i].upper()
        return any(w[:k] == acr[j : j + k] and go(i + 1, j + k) for k in (1, 2, 3) if j + k <= len(acr))

    return go(0, 0)


def _unit_titles(ex: Extraction, owners: list[Organisation]) -> None:
    """ "Chair of the Executive Board of Harbour University" read whole as a title with no organisation:
    the owner of the unit the title ends in is the speaker's organisation."""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        for owner in owners:
            form = next((f for f in owner.forms if a.role.endswith(" " + f)), None)
            if form is None:
                continue
            head = OF_END.sub("", a.role[: -len(form)])
            if head != a.role[: -len(form)] and head.strip():
                a.role, a.organisation = head.strip(" ,"), owner.name
                break


SPACES = re.compile(r"\s+")
OF_END = re.compile(r"\s+of\s+(?:the\s+)?$")
_HINTS = (
    "Department",
    "Division",
    "Directorate",
    "Unit",
    "Section",
    "Branch",
    "Office",
    "Bureau",
    "Sector",
    "Board",
)


def _owner(ex: Extraction, text: str, org: Organisation) -> tuple[Organisation | None, str]:
    """The organisation `org` is a unit of, and the unit's full form when the text continues the name."""
    name = org.name
    for m in OF.finditer(name):
        head, rest = name[: m.start()], name[m.end() :]
        if UNIT.match(head):
            owner = _known(ex, rest, org)
            if owner is not None:
                return owner, ""
    if not UNIT.match(name):
        return None, ""
    # The name alone is a unit head: does the text go on with "of <owner>" after it?
    for start in _occurrences(text, name):
        pos = start + len(name)
        tail = TAIL.match(text, pos)
        if tail:
            pos = tail.end()
        of = OF.match(text, pos)
        if not of:
            continue
        for other in ex.organisations:
            if other is org:
                continue
            for form in other.forms:
                if text.startswith(form, of.end()) and not text[of.end() + len(form) :][:1].isalnum():
                    return other, SPACES.sub(" ", text[start : of.end() + len(form)])
    return None, ""


def _occurrences(text: str, name: str) -> Iterator[int]:
    """Where `name` stands in `text`, left to right, not overlapping (as `re.finditer` of the escaped
    name, without compiling a pattern per name)."""
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + len(name))


POSS_OFFICE = re.compile(
    r"^(?P<owner>.+?)(?:'s|’s)\s+.*\b(?:Regional|Sub-?regional|Country|Liaison|Field|Area|Representative)\s+"
    r"Office$"
)


POSS_DEPARTMENT = re.compile(
    r"^(?P<owner>[^\s’']+)(?:'s|’s)\s+(?:[A-Z][\w-]*\s+){1,2}(?:Department|Division|Unit|Section|Branch)$"
)


def _possessive_office_owner(ex: Extraction, org: Organisation) -> Organisation | None:
    """ "UNFPA's East and Southern Africa Regional Office": an office is a form of its owner (guidelines)."""
    for form in org.forms:
        # "the ABC's Legal Department": a generic unit of its owner, unless it acts on its own.
        m = POSS_OFFICE.match(form) or (POSS_DEPARTMENT.match(form) if not _acts(ex, org) else None)
        if m:
            key = m.group("owner").casefold()
            for other in ex.organisations:
                if other is not org and any(f.casefold() == key for f in other.forms):
                    return other
    return None


def _acts(ex: Extraction, org: Organisation) -> bool:
    """True when the unit itself organises or sponsors an event or is a press contact's office."""
    forms = set(org.forms)
    return any(r.organisation in forms for r in ex.event_roles) or any(
        getattr(c, "organisation", None) in forms for c in ex.contacts
    )


def _known(ex: Extraction, rest: str, org: Organisation) -> Organisation | None:
    """The release's organisation named `rest`, or a new one when the gazetteer knows the name."""
    key = rest.casefold()
    for other in ex.organisations:
        if other is not org and any(f.casefold() == key for f in other.forms):
            return other
    if gaz_lookup(rest) or named_owner(rest):
        return ensure_organisation(ex, rest, org.spans[0] if org.spans else Span(0, 0))
    return None


def _fold(ex: Extraction, unit: Organisation, owner: Organisation, full: str) -> None:
    """Make `unit` (and its full form) aliases of `owner` and drop it as an organisation of its own."""
    for form in [*unit.forms, full]:
        if form and all(form.casefold() != f.casefold() for f in owner.forms):
            owner.aliases.append(form)
    owner.spans.extend(unit.spans)
    if unit in ex.organisations:
        ex.organisations.remove(unit)
