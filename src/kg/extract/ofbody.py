"""A speaker with no organisation written "Name of the <body>": "Dr Ana Lenz of Lakeport University", "Mr Ivo
Marr of the Lakeport Coalition of Water User Groups", "Superintendent Ida Rone of the Elara Police Force".

The appositive reader takes the body after "of" only when the organisation finder knows it. A body the finder
missed is still the speaker's employer when its name reads as one: a name ending in an organisation head word
("University", "Board"), a name the release glosses with an acronym in brackets right after it, one that
holds an organisation head word and three capitalised words or more, or the name after a lowercase kind noun
("the local NGO Casa del Sol"). Gold gives such speakers the body, and no role unless a title is written too.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orglistitem import CONNECT, ORG_WORDS
from kg.extract.orgnames import country_code
from kg.extract.titlekind import BODY_KINDS, NAME_GLUE
from kg.extract.titlesplit import has_title, resolves
from kg.model import Affiliation, Extraction, Span

OF_AFTER = re.compile(
    r",?[ \t]+of[ \t]+(?:the[ \t]+)?(?P<tail>[A-Z][^,;.:()\"“”\n]{1,120})(?P<gloss>[ \t]*\([A-Z])?"
)
# "Prof. Ana Lenz, Lakeport University, Elara" in a list of speakers: the appositive is the body alone.
COMMA_AFTER = re.compile(
    r",[ \t]+(?P<tail>[A-Z](?:[^,;.:()\"“”\n]|(?<=\b[A-Z][a-z])\.(?= [A-Z])){1,120})(?=[,;.\n])"
)  # "St." and "Ss." inside a name
KIND_LEAD = re.compile(rf"^(?:[\w'’-]+\s+){{0,3}}?(?:{BODY_KINDS})\s+(?=[A-Z])")


def _name_part(tail: str) -> str:
    """The words of `tail` up to the first lowercase word that cannot be inside a name ("Lakeport
    University presented" -> "Lakeport University"); "l'Enfance", "d'Elara" stay."""
    kept: list[str] = []
    for w in tail.split():
        inner = len(w) > 2 and w[1] in "'’" and w[2:3].isupper()
        if w[:1].isupper() or inner or w in NAME_GLUE or w in CONNECT:
            kept.append(w)
            continue
        break
    while kept and not kept[-1][:1].isupper() and not (len(kept[-1]) > 2 and kept[-1][1] in "'’"):
        kept.pop()
    return " ".join(kept)


def _body(ex: Extraction, tail: str, glossed: bool) -> str | None:
    kind = KIND_LEAD.match(tail)
    if kind:
        name = _name_part(tail[kind.end() :])
        return name or None
    name = _name_part(tail)
    words = name.split()
    # A title inside counts against the name only when no organisation head word is there as well
    # ("the Lakeport Network of Programme Coordinators" is a body).
    if not words or (has_title(name) and not ORG_WORDS.search(name)) or country_code(name):
        return None
    if resolves(ex, name) or proper_name_org(name):
        return name
    if name != tail.strip():
        glossed = False  # the bracket follows other words, not the name
    capitals = sum(w[:1].isupper() for w in words)
    if ORG_WORDS.search(name) and (glossed or capitals >= 3):
        return name
    return None


def of_bodies(ex: Extraction, text: str) -> None:
    """Give each speaker with no organisation the body named right after one of their mentions by "of"
    ("Superintendent Ana Lenz of the Lakeport Police Force"), or, to one with no title either, the body
    that is a whole appositive ("Dr Ana Lenz, Lakeport University,"); a title already read stays."""
    has_org = {a.person for a in ex.affiliations if a.organisation}
    titled = {a.person for a in ex.affiliations if a.role}
    for s in ex.speeches:
        p = ex.person(s.person)
        if p is None or p.name in has_org:
            continue
        for sp in p.spans:
            m = OF_AFTER.match(text, sp.end)
            name = _body(ex, m.group("tail"), m.group("gloss") is not None) if m else None
            if m is None and p.name not in titled:
                m = COMMA_AFTER.match(text, sp.end)
                whole = m.group("tail").strip() if m else ""
                name = whole if m and proper_name_org(whole) and not has_title(whole) else None
            if name is None:
                continue
            org = ex.organisation(name) or ensure_organisation(ex, name, Span(sp.start, sp.end))
            cur = next((a for a in ex.affiliations if a.person == p.name), None)
            if cur is None:
                ex.affiliations.append(Affiliation(p.name, None, org.name, Span(sp.start, m.end())))
            else:
                cur.role, cur.organisation = cur.role or None, org.name
            has_org.add(p.name)
            break
