"""Organisations left inside a speaker's role: "COSATU General Secretary", "project coordinator at FNV
Mondiaal", "Director for Latin America, C40".

The title splitter leaves the whole phrase as the role when it cannot tell the organisation apart at that
point; once every organisation of the release is known, a role that still ends in "at/of/with <a known
organisation>", starts with a known acronym, or ends in ", <a known organisation>" gives it up. An acronym
counts as known when the release glosses it after an organisation's name ("the X Group (X40)") or names
units of it ("the ABCU Health Unit"), since the organisation finder keeps neither as a form of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.affilunits import coordinated_tail
from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orglistitem import CONNECT, ORG_WORDS
from kg.extract.orgnames import country_code
from kg.extract.orgprefix import glossed_name, name_prefix_org
from kg.extract.titlelowerof import own_words
from kg.extract.titlesplit import has_title, resolves
from kg.model import Affiliation, Extraction, Organisation, Span

# "senior correspondent with the weekly Lakeport Times": a media kind word before the name is no part of it.
AT_ORG = re.compile(
    r"^(?P<role>.+?)\s+(?:at|with)\s+(?:the\s+)?(?P<kind>(?:weekly|daily|monthly|newspaper|magazine|broadcaster)\s+)?"
    r"(?P<org>[A-Z][^,;]*)$"
)
ACRONYM_FIRST = re.compile(r"^(?P<org>[A-Z][A-Z0-9&]{1,9})\s+(?P<role>[A-Z][\w-]*(?:\s+[\w-]+){0,4})$")
# "Deputy Secretary General of VCCI", "President of Acme": "of" and an organisation the release names, by a
# glossed acronym or by the first words of its name. "of" is inside many titles ("Minister of Health"), so
# only a name the release knows as an organisation's is taken.
OF_ORG = re.compile(r"^(?P<role>.+?)\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})$")
COMMA_ORG = re.compile(r"^(?P<role>[^,]+),\s+(?P<org>[A-Z][^,;]*)$")
ACRONYM_LIKE = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")
SPOKE_FOR = re.compile(
    r"\b[Ss]peaking\s+(?:for|on\s+behalf\s+of)\s+(?P<the>the\s+)?(?P<org>[A-Z][^,;.:]{1,80}),\s*"
    r"(?:[a-z][\w-]*\s+){1,3}$"
)
OWNER = r"(?P<org>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})(?:'s|’s)"
# "The Director of IOM's Bangkok office, Jane Doe": a title over an organisation's local office.
OFFICE_TITLE = re.compile(
    rf"(?:^|\n\s*|[.;:]\s+|,\s+|\b(?:and|by)\s+)(?:[Tt]he\s+)?(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})\s+of\s+"
    rf"{OWNER}\s+(?:[A-Z][\w-]+\s+)?(?:office|mission|delegation|bureau)(?:\s+in\s+[A-Z][\w-]+)?,\s*$"
)

# "The Assembly's rapporteur on fisheries, Jane Doe MP": a lowercase title the owner before "'s" holds.
OWNER_LOWER_TITLE = re.compile(
    rf"(?:^|\n\s*|[.;:]\s+)[Tt]he\s+{OWNER}\s+(?P<role>[a-z][\w-]*(?:\s+[\w-]+){{0,6}}),\s*$"
)


def peel_role_organisations(ex: Extraction, text: str) -> None:
    """Move a known organisation out of a role that has none beside it; take the owner of a role
    written "ORG's <modifiers> <role>" before the name; read "The <Title> of ORG's <Place> office, Name"."""
    for a in ex.affiliations:
        if not a.role or a.organisation:
            continue
        owner = _owner_before(ex, text, a) or _spoken_for(ex, text, a)
        if owner:
            a.organisation = owner
            continue
        for pattern in (AT_ORG, ACRONYM_FIRST, COMMA_ORG, OF_ORG):
            m = pattern.match(a.role)
            if m and pattern is OF_ORG:
                org = _glossed(ex, text, m.group("org")) or name_prefix_org(ex, m.group("org"))
                written = None if org else glossed_name(text, m.group("org")) or _bare_acronym(m.group("org"))
                org = org or (ensure_organisation(ex, written, a.span) if written else None)
                if org is not None and _staff_title(m.group("role")) and not has_title(m.group("org")):
                    a.role, a.organisation = m.group("role"), org.name
                    break
            elif pattern is COMMA_ORG and m and coordinated_tail(m.group("role"), m.group("org")):
                break  # "Vice Minister of Fisheries, Rural Roads and Cooperatives": one portfolio list
            elif m and pattern is not OF_ORG and _unknown_body(m.group("role"), m.group("org"), pattern):
                org = ensure_organisation(ex, m.group("org"), a.span)
                a.role, a.organisation = m.group("role"), org.name
                break
            elif m and (
                _peelable(ex, text, m.group("role"), m.group("org"))
                or (pattern is AT_ORG and m.group("kind"))
            ):
                org = ex.organisation(m.group("org")) or _glossed(ex, text, m.group("org"))
                org = org or ensure_organisation(ex, m.group("org"), a.span)
                a.role, a.organisation = m.group("role"), org.name
                break


# Titles of office whose "of" names a country, city or region, never an employer ("Minister of Elaria").
PUBLIC_OFFICE = re.compile(
    r"\b(?:Minister|Ambassador|Governor|Mayor|Consul|Prefect|Senator|Premier|Chief Justice|Attorney)\b", re.I
)


CAPITALS = re.compile(r"[A-Z]{3,8}")


def _bare_acronym(name: str) -> str | None:
    """ "officer of the GMB": an acronym of three capitals or more, no country's, is an organisation."""
    if name.startswith("DG ") and CAPITALS.fullmatch(name[3:]):
        return name  # "Director-General of DG LAKES": a directorate-general named by its acronym
    return name if CAPITALS.fullmatch(name) and not country_code(name) else None


def _unknown_body(role: str, org: str, pattern: re.Pattern[str]) -> bool:
    """A staff title and a body the organisation finder missed: "Secretary General, ABCA" (an acronym of
    three capitals or more after the comma), "programme officer at the Lakeport Water Project" (after "at",
    a capitalised name ending in an organisation head word); "ABCA Director" likewise."""
    if not _staff_title(role):
        return False
    if pattern is not AT_ORG:
        return not has_title(org) and _bare_acronym(org) is not None
    words = org.split()
    if len(words) < 2 or ORG_WORDS.fullmatch(words[-1]) is None or has_title(" ".join(words[:-1])):
        return False
    return proper_body_words(words) and own_words(words)


def proper_body_words(words: list[str]) -> bool:
    """Capitalised words and lowercase connectors only."""
    return all(w[:1].isupper() or w in CONNECT for w in words) and words[0][:1].isupper()


def _staff_title(role: str) -> bool:
    return has_title(role) and not PUBLIC_OFFICE.search(role)


def _peelable(ex: Extraction, text: str, role: str, org: str) -> bool:
    """The part left is still a title, and the part taken is an organisation of the release, not a title."""
    if not has_title(role) or has_title(org):
        return False
    return resolves(ex, org) or _glossed(ex, text, org) is not None or _unit_parent(ex, org)


def _glossed(ex: Extraction, text: str, acr: str) -> Organisation | None:
    """ "the Cities Group (C40)": the organisation whose written name the text follows with `acr` in
    brackets."""
    if not ACRONYM_LIKE.fullmatch(acr):
        return None
    for o in ex.organisations:
        for form in o.forms:
            if f"{form} ({acr})" in text:
                return o
    return None


def _unit_parent(ex: Extraction, acr: str) -> bool:
    """ "ABCU General Secretary" in a release naming "the ABCU Health Unit": an acronym that heads the names
    of the release's organisations is a body itself (three capitals at least, no country)."""
    if not re.fullmatch(r"[A-Z]{3,8}", acr) or country_code(acr):
        return False
    return any(o.name.startswith(acr + " ") and len(o.name.split()) >= 3 for o in ex.organisations)


def _named_body(text: str, name: str) -> bool:
    """ "the X Project" spoken for: a name that can be an organisation's, or two or more capitalised words
    (no title, but for an organisation head word last) that the release writes more than once ("the Lake Water
    Project": topic words the organisation finder skips)."""
    words = name.split()
    if proper_name_org(name):
        return True
    capital = all(w[:1].isupper() or w in ("of", "and", "for", "on", "&") for w in words)
    titled = has_title(" ".join(words[:-1])) or (has_title(words[-1]) and not ORG_WORDS.fullmatch(words[-1]))
    return len(words) >= 2 and capital and not titled and text.count(name) >= 2


def _spoken_for(ex: Extraction, text: str, a: Affiliation) -> str | None:
    """ "Speaking for the X Project, attorney Jane Doe": the body spoken for. Checked once every
    organisation is known; a capitalised name after "the" that can be an organisation's is one too."""
    p = ex.person(a.person)
    at = next((sp.start for sp in p.spans if a.span.start <= sp.start < a.span.end), None) if p else None
    if at is None:
        return None
    m = SPOKE_FOR.search(text, max(0, at - 160), at)
    if not m or not (resolves(ex, m.group("org")) or (m.group("the") and _named_body(text, m.group("org")))):
        return None
    return (ex.organisation(m.group("org")) or ensure_organisation(ex, m.group("org"), a.span)).name


def _owner_before(ex: Extraction, text: str, a: Affiliation) -> str | None:
    """ "IOM's counter-trafficking project manager in Albania, Jane Doe": the owner of the role."""
    p = ex.person(a.person)
    at = next((sp.start for sp in p.spans if a.span.start <= sp.start < a.span.end), None) if p else None
    if at is None:
        return None
    before = text[a.span.start : at]
    # What the pattern needs, tested first: a pattern is compiled per role, which is costly.
    possessive = "'s" in before or "’s" in before
    if a.role not in before or not possessive or not before.rstrip().endswith(","):
        return None
    role = re.escape(a.role)
    m = re.search(rf"{OWNER}\s+(?:[\w-]+\s+){{0,3}}{role}\b[^,;.]{{0,40}},\s*$", before)
    if not m or not resolves(ex, m.group("org")):
        return None
    return (ex.organisation(m.group("org")) or ensure_organisation(ex, m.group("org"), a.span)).name


def affiliate_from_before(
    ex: Extraction, text: str, reach: int, read: Callable[[int, Span, Span], tuple[str, str] | None]
) -> None:
    """Give each speaker with no affiliation yet the first (role, organisation) that `read` finds in the
    `reach` characters before one of their mentions.

    The loop that rules reading a title or a calling just before a name share: `read(start, mention,
    speech)` searches text[start:mention.start] and returns the role and the organisation's name.
    """
    known = {a.person for a in ex.affiliations}
    for s in ex.speeches:
        p = ex.person(s.person)
        if p is None or p.name in known:
            continue
        for sp in p.spans:
            found = read(max(0, sp.start - reach), sp, s.span)
            if found:
                ex.affiliations.append(Affiliation(p.name, found[0], found[1], Span(sp.start, sp.end)))
                known.add(p.name)
                break


def office_titles(ex: Extraction, text: str) -> None:
    """A speaker with no stated affiliation introduced as "The <Title> of ORG's <Place> office, Name" or
    "The ORG's <lowercase title>, Name" (read only when nothing else gave the speaker a title)."""

    def read(start: int, mention: Span, speech: Span) -> tuple[str, str] | None:
        m = OFFICE_TITLE.search(text, start, mention.start)
        m = m or OWNER_LOWER_TITLE.search(text, start, mention.start)
        if m and has_title(m.group("role")) and resolves(ex, m.group("org")):
            org = ex.organisation(m.group("org")) or ensure_organisation(ex, m.group("org"), speech)
            return m.group("role"), org.name
        return None

    affiliate_from_before(ex, text, 160, read)
