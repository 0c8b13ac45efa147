"""Organisations: gazetteer look-up, acronyms tied to full names, governments tied to countries.

Sources, in order: acronym definitions ("Full Name (ACR)"), gazetteer forms,
governments ("Government of X", "the Belgian and Greek governments", countries
acting as participants, funders, chairs), and capitalised names around an
organisation head word ("Ministry of ...", "... Federation"). Every form goes
through `ensure_organisation`, so one real organisation gets one record.
"""

from __future__ import annotations

import re

from kg.extract.governments import split_coordinated
from kg.extract.orgacronyms import (
    CONNECT,
    EVENT_NAMED,
    acronym_definitions,
    acronym_lead,
    acts_as_org,
    is_org_name,
    named_owner,
)
from kg.extract.orgcanon import canonical, clean, known, norm, title_owner
from kg.extract.orgcountrychain import country_chain
from kg.extract.orgcountryof import same_national_body
from kg.extract.orgfilters import (
    drop_menu_items,
    drop_nested,
    drop_trips,
    drop_venues,
    starts_longer_name,
    text_full_name,
)
from kg.extract.orgfinders import described_names
from kg.extract.orgforeign import foreign_names
from kg.extract.orghoused import placed_form
from kg.extract.orgnames import (
    DEMONYMS,
    MINISTRY_HEAD,
    countries,
    country_code,
    gaz_lookup,
    gazetteer,
    ministry_base,
)
from kg.extract.orgpatterns import HEADS, head_runs, known_prefix_rest
from kg.extract.orgpossfull import unit_full
from kg.extract.orgshortforms import SHORT_NEXT, cut_before_complement, unit_of
from kg.extract.registry import component
from kg.model import Document, Extraction, Organisation, Span

TEXT_KINDS = ("headline", "paragraph", "bullet", "caption", "contact")
ACRONYM = re.compile(r"^[A-Z][A-Za-z&.\-]*[A-Z][A-Za-z]*$")
MODIFIER_NEXT = re.compile(
    r"(?:\s*\([A-Z]{2,6}\))?\s+(?:Conventions?|conventions|Charter|Declaration|Protocol|"
    r"organi[sz]ations?|agency|agencies|body|bodies|system|family|entity|entities|treaties|programme|program)\b"
)
SHOUTED_WORD_NEXT = re.compile(r" (?:WE|ARE|IS)\b")
VENUE_NEXT = re.compile(
    r"\s+(?:Chamber|Hall|Building|Room|Plaza|Compound|premises|headquarters building|"
    # "at the UN Gigiri complex", "the United Nations Conference Centre"
    r"(?:[A-Z][a-z]+\s+)?(?:complex|compound|campus|Complex|Campus|Conference\s+Cent(?:re|er)))\b"
)


def _key(org: Organisation, default: str | None = None) -> str | None:
    return getattr(org, "_key", None) or default


POSS_UNIT = re.compile(r"^(?:.+?\sunder\s+(?:the\s+)?(?=[A-Z]))?(.+?)(?:'s|’s)\s+([A-Z].+)$")  # "X under the"


def ensure_organisation(ex: Extraction, surface: str, span: Span) -> Organisation:
    """The organisation `surface` names in this release, added if new.

    Other components (events, recommendations, speakers) call this with the
    form they saw ("the Belarus government", "UNODC", "IOM Geneva") so that every
    relation points at one canonical organisation.
    """
    form = clean(surface) or surface.strip()
    chain = country_chain(form) if " of " in form else None
    if chain is not None:  # "the Department of X of Lakeland's Ministry of Y": the unit, and the ministry
        ensure_organisation(ex, chain[1], span)
        return ensure_organisation(ex, chain[0], span)
    poss = POSS_UNIT.match(form)
    if (
        poss
        and (_find(ex, poss.group(1)) or (named_owner(poss.group(1)) and not title_owner(poss.group(1))))
        and not known(form)
        and any(w in HEADS for w in poss.group(2).split())
    ):
        # "ABC's X Rights Unit" once the release has named ABC, "the University of Nairobi's Institute
        # for ...": the unit, under its own name; the owner is named too.
        owner = ensure_organisation(ex, poss.group(1), span)
        if poss.group(2) in HEADS:  # "the Fund's Board": a unit with no name of its own is the owner's
            return owner
        org = ensure_organisation(ex, poss.group(2), span)
        if all(form.casefold() != f.casefold() for f in org.forms):
            org.aliases.append(form)
        return org
    name, kind, country, key = canonical(surface)
    org = ex.organisation(form) or _find(ex, form)
    if org is None and key:
        org = next((o for o in ex.organisations if _key(o) == key), None)
    if org is None:
        org = ex.organisation(name)
    if org is None and key:
        org = _same_ministry(ex, key)
    if org is None and key and (key.startswith("n:") or "," in form):
        whole = _fragment_of(ex, form)
        if whole is not None:
            return whole  # "Tuberculosis and Malaria" cut from a name that holds commas: no new alias
        org = _short_form(ex, form)
        org = org or placed_form(ex, form)  # "the Fundación X in Lakeport": X
        national = same_national_body(ex.organisations, form) if org is None else None
        if national is not None:  # "Council of Ministers" and "Council of Ministers of X"
            org = national[0]
            if national[1]:
                _prefer_full(org, form)
                org._key = key  # type: ignore[attr-defined]
    if org is None:
        org = Organisation(name=name, kind=kind, country=country)
        org._key = key  # type: ignore[attr-defined]
        ex.organisations.append(org)
    extra = [form, name]
    if key and key.startswith("min:"):
        base = ministry_base(name)
        extra.append(base[0] if base else "")
        if norm(org.name) == key.split(":")[1]:
            _prefer_full(org, name)
            org.country = country
    if key and key.startswith("parl:") and name == form and not org.name.startswith(form):
        _prefer_full(org, name)  # the text's "Parliament of the Republic of X" over "the X-ian Parliament"
    if key and key.startswith("gov:") and name == form and " of the Republic of " in name:
        _prefer_full(org, name)  # the text's "Government of the Republic of X" over "Government of X"
    for f in extra:
        if f and all(f.casefold() != x.casefold() for x in org.forms):
            org.aliases.append(f)
    if span not in org.spans:
        org.spans.append(span)
    return org


def _fragment_of(ex: Extraction, form: str) -> Organisation | None:
    """The organisation whose comma-holding name `form` is a piece of ("Global Fund to Fight AIDS" and
    "Tuberculosis and Malaria" from a list split at commas): callers splitting lists cannot know."""
    for org in ex.organisations:
        for f in org.forms:
            if "," in f and (
                f.startswith(form + ",")
                or ("," in form and f.startswith(form + " and "))  # "Ministry of A, B" of "... B and C"
                or f.endswith((", " + form, ", and " + form))
                or f", {form}," in f
                or f", {form} and " in f
            ):
                return org
    return None


def _short_form(ex: Extraction, form: str) -> Organisation | None:
    """ "Lakeport Trust" for "Lakeport Trust for Children", "National Information and Analytical Centre" for
    "... Centre on Drug Control of Uzbekistan": a name cut before its complement is the same body (and a
    full name arriving after its short form takes over as the name)."""
    words = form.split()
    if len(words) < 2 or not all(w[0].isupper() or w in CONNECT for w in words):
        return None
    if not any(w in HEADS for w in words):
        # "Director-General of the Department of Flood Relief": a title split before the unit's portfolio
        # ("Flood Relief") names the unit the release has already found whole.
        units = [o for o in ex.organisations if any(unit_of(f, form) for f in o.forms)]
        if len(units) == 1:
            return units[0]
    if words[-1] in HEADS:
        # A known full name too: "the Global Fund" once "Global Fund to Fight ..." is named.
        hits = [
            o
            for o in ex.organisations
            if (_key(o, "").startswith("n:") and cut_before_complement(o.name, form, anywhere=True))
            or (_key(o, "").startswith("gaz:") and cut_before_complement(o.name, form, anywhere=False))
        ]
        if len(hits) == 1:
            return hits[0]
    # "X Aid" and "X Aid Initiative": a headless name and the same name with a head word after it.
    for o in ex.organisations:
        if not _key(o, "").startswith("n:") or o.kind != "organisation":
            continue
        longer, shorter = (form, o.name) if len(form) > len(o.name) else (o.name, form)
        tail = longer[len(shorter) :]
        if (
            longer.startswith(shorter + " ")
            and len(shorter.split()) >= 2
            and shorter.split()[-1] not in HEADS
            and re.fullmatch(r" [A-Z]\w+", tail)
            and (tail.strip() in HEADS or tail.strip() == "Initiative")
        ):
            if longer == form:
                _prefer_full(o, form)
                o._key = "n:" + norm(form)  # type: ignore[attr-defined]
            return o
    for o in ex.organisations:  # the short form came first
        n = o.name.split()
        if (
            _key(o, "").startswith("n:")
            and len(n) >= 2
            and n[-1] in HEADS
            and form.startswith(o.name)
            and SHORT_NEXT.match(form, len(o.name))
        ):
            _prefer_full(o, form)
            o._key = "n:" + norm(form)  # type: ignore[attr-defined]
            return o
    return None


def _same_ministry(ex: Extraction, key: str) -> Organisation | None:
    """A bare "Ministry of Health" and "Uganda's Ministry of Health" in one release are one ministry
    (when only one country's ministry of that name is in the release); the qualified form is the name."""
    if key.startswith("min:"):
        base = key.split(":")[1]
        org = next((o for o in ex.organisations if _key(o) == "n:" + base), None)
        if org is not None:
            org._key = key  # type: ignore[attr-defined]
        return org
    if key.startswith("n:") and MINISTRY_HEAD.match(key[2:].capitalize()):
        hits = [o for o in ex.organisations if (_key(o) or "").startswith(f"min:{key[2:]}:")]
        return hits[0] if len(hits) == 1 else None
    return None


def _prefer_full(org: Organisation, full: str) -> None:
    """A full name the text itself defines ("Full Name (ACR)") becomes the preferred name."""
    full = clean(full)
    if org.name != full:
        if all(full.casefold() != x.casefold() for x in org.aliases):
            org.aliases.append(full)
        if org.name not in org.aliases:
            org.aliases.insert(0, org.name)
        org.aliases = [a for a in org.aliases if a.casefold() != full.casefold()]
        org.name = full


def _find(ex: Extraction, surface: str) -> Organisation | None:
    form = clean(surface)
    org = ex.organisation(form)
    parts = form.split(" ", 1)
    if (
        org is None
        and len(parts) == 2
        and gaz_lookup(parts[0])
        and parts[0].isupper()
        and len(parts[1].split()) >= 3
    ):
        org = ex.organisation(parts[1])  # "UN Committee on ..." -> "Committee on ..."
    if org is None:
        key = canonical(surface)[3]
        org = next((o for o in ex.organisations if _key(o) == key), None) if key else None
    if org is None and form in HEADS:
        # "the Trust's Chief Executive": the one organisation of the release with that head word.
        head = form
        hits = [o for o in ex.organisations if head in o.name.split()]
        org = hits[0] if len(hits) == 1 else None
    return org


def _link(ex: Extraction, full: str, acr: str, span: Span) -> None:
    """Tie a defined acronym to its full name: one organisation, the text's full name preferred."""
    org = _find(ex, acr) or _find(ex, full)
    if org is None:
        org = ensure_organisation(ex, full if not gaz_lookup(acr) else acr, span)
    for f in (acr, full):
        if all(f.casefold() != x.casefold() for x in org.forms):
            org.aliases.append(f)
    if org._key is None and gaz_lookup(acr):  # type: ignore[attr-defined]
        org._key = canonical(acr)[3]  # type: ignore[attr-defined]
    _prefer_full(org, unit_full(full))  # "X's Bureau of Y (BY)": the bureau's own name
    org.spans.append(span)


@component("organisations")
def find_organisations(doc: Document, ex: Extraction) -> None:
    text = doc.text
    segs = doc.of_kind(*TEXT_KINDS)
    taken: list[tuple[int, int]] = []
    # 1. Acronyms defined in the text tie a full name to its short form.
    for seg in segs:
        for full, acr, span in acronym_definitions(text, seg.start, seg.end):
            if not is_org_name(full, acr) and not acts_as_org(text, full, acr):
                if EVENT_NAMED.match(full):  # "World Summit on the Knowledge Society": no "Knowledge Society"
                    taken.append((span.start, span.end))
                continue
            owner = POSS_UNIT.match(full)
            if owner and named_owner(owner.group(1)) and len(owner.group(2).split()) >= 2:
                # "the Council of Europe's Group of Experts ... (GRETA)": the acronym names the body after
                # the possessive; its owner is named too.
                ensure_organisation(ex, owner.group(1), span)
                full = owner.group(2)
            _link(ex, full, acr, span)
            taken.append((span.start, span.end))
    # 2. Gazetteer forms.
    _, pattern = gazetteer()
    for seg in segs:
        for m in pattern.finditer(text, seg.start, seg.end):
            if VENUE_NEXT.match(text, m.end()) or MODIFIER_NEXT.match(text, m.end()):
                continue
            if _inside_longer_name(text, m) or starts_longer_name(text, m):
                continue
            if text.startswith((" WE", " ARE", " IS "), m.end()) and SHOUTED_WORD_NEXT.match(text, m.end()):
                continue  # "WHO WE ARE": a page's section heading in capitals, not the WHO
            if REF_CODE.match(text, max(0, m.start() - 2), m.start()):
                continue  # "News Release No. 96/112/ECA": part of a reference number
            if seg.kind == "caption" and CREDIT.search(text, max(seg.start, m.start() - 3), m.end() + 1):
                continue  # "Photo: UNICEF/Jane Tembo": a photo credit, not an actor
            section = _national_section(text, m)
            end = m.end() + len(section) if section else m.end()
            ensure_organisation(ex, text[m.start() : end], Span(m.start(), end))
            taken.append((m.start(), end))
    # 3. Governments and countries acting.
    from kg.extract.governments import government_mentions

    for surface, span in government_mentions(doc):
        ensure_organisation(ex, surface, span)
    for seg in segs:
        for name, span in described_names(text, seg.start, seg.end):
            ensure_organisation(ex, name, span)
        for name, span in foreign_names(text, seg.start, seg.end):
            ensure_organisation(ex, name, span)
            taken.append((span.start, span.end))
    # 4. Capitalised names around head words ("Ministry of ...", "... Federation").
    for seg in doc.of_kind("paragraph", "bullet", "caption"):
        for surface, span, alias_of in head_runs(text, seg.start, seg.end, taken):
            acr = ACR_BEFORE.search(text, max(seg.start, span.start - 14), span.start)
            lead = acronym_lead(ex, text, clean(surface), span.end)
            if lead is not None:  # "the X Process Regional Support Office (RSO)": the whole run is its name
                _prefer_full(lead, surface)
                lead.spans.append(span)
            elif alias_of:
                # "the US State Department's Office to Monitor ... (J/TIP)": a unit the text already
                # defined by its acronym keeps the owner's form of its name; else it is the owner's office.
                own = POSS_UNIT.match(clean(surface)) if "s " in surface else None
                unit = ex.organisation(own.group(2)) if own else None
                host = unit if unit is not None and own.group(1) not in unit.forms else None
                (host or ensure_organisation(ex, alias_of, span)).aliases.append(clean(surface))
            elif acr and _find(ex, acr.group(1)) and known(f"{acr.group(1)} {clean(surface)}"):
                # "the United Nations Development Programme (UNDP) Pacific Centre": the office of UNDP.
                ensure_organisation(ex, f"{acr.group(1)} {clean(surface)}", span)
            else:
                org = ensure_organisation(ex, surface, span)
                rest = known_prefix_rest(clean(surface))
                if rest and all(rest.casefold() != f.casefold() for f in org.forms):
                    org.aliases.append(rest)
    drop_nested(ex)
    drop_venues(ex, text)
    drop_trips(ex)
    drop_menu_items(ex, doc)
    flat = None  # the text on one line: a name may wrap ("the International\nLabour Office")
    for org in ex.organisations:
        if _key(org, "").startswith("gaz:"):
            flat = flat or " ".join(text.split())
            own = text_full_name(org, flat)
            if own:
                _prefer_full(org, unit_full(own))


REF_CODE = re.compile(r"[\d-]/")
ACR_BEFORE = re.compile(r"\(([A-Z][A-Za-z]{1,10})\)\s*$")
CREDIT = re.compile(r"©\s*\S|\w/|/\w")
PREV_WORD = re.compile(r"([A-Z][a-z]+)[ \t]+$")


COUNTRY_NEXT = re.compile(r" [A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _national_section(text: str, m: re.Match) -> str:
    """ " Norway" after "Plan International": the country that makes a well-known NGO's name that of its
    national section ("Plan International Norway"), an organisation of its own (see `canonical`)."""
    nxt = COUNTRY_NEXT.match(text, m.end())
    if not nxt:
        return ""
    words = nxt.group().split()
    for k in (2, 1):
        if len(words) >= k and country_code(" ".join(words[:k])):
            tail = " " + " ".join(words[:k])
            return tail if canonical(m.group(0) + tail)[1] == "ngo" and " " in m.group(0) else ""
    return ""


def _inside_longer_name(text: str, m: re.Match) -> bool:
    """ "National Security Council" is not the UN Security Council: a multi-word form right after
    another capitalised word (not a function word, country or demonym) is part of a longer name."""
    form = m.group(0)
    if " " not in form or form.isupper():
        return False
    prev = PREV_WORD.search(text, max(0, m.start() - 30), m.start())
    if not prev:
        return False
    word = prev.group(1)
    from kg.extract.persons import STOP

    return word not in STOP and not country_code(word) and not gaz_lookup(word)


__all__ = ["ensure_organisation", "split_coordinated", "canonical", "clean", "DEMONYMS", "countries"]
