"""Bodies a role names by their kind: "editor of the Lakeport weekly Tidings", "director of the shelter run by
the local NGO Casa Clara", "founder of the migrant women's collective Voces Unidas", "Dean of the Faculty of
Law at the Universidad del Lago".

Press releases often introduce a small body the reader does not know with a kind word just before its name
(a newspaper, an NGO, a collective, a network); the name itself can be one word or words in another language
that the organisation finder has no reason to take. When a speaker's role still holds such a phrase and no
organisation, the title before "of/at/with/for" is the role and the name after the kind word is the
employer. A university or institute written after "at the" ("at the Universidad del Lago") is taken the same
way: the words before "at" are the whole title.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.orglistitem import CONNECT
from kg.extract.rolefixes import PUBLIC_OFFICE
from kg.extract.titlekind import BODY_KINDS
from kg.extract.titlesplit import has_title
from kg.model import Extraction

# The kinds `titlekind` knows, and papers and stations by their period ("the Lakeport weekly Tidings").
KINDS = rf"{BODY_KINDS}|weekly|daily|monthly|magazine|radio\s+station|non-governmental\s+organi[sz]ation"
KIND_NAME = re.compile(
    rf"^(?P<role>[^,]+?)\s+(?:of|at|with|for)\s+the\s+(?:[^,]*?\s)?(?:{KINDS})\s+(?P<org>[A-Z][^,;()]*)$"
)
# "at the Universidad del Lago": a school or institute in another language, its head word first.
SCHOOL_FIRST = re.compile(
    r"^(?:Universidad|Universidade|Université|Universit[aà]|Universität|Instituto|Institut|Istituto|"
    r"Escuela|École|Ecole|Colegio|Pontificia)\b"
)
AT_SCHOOL = re.compile(r"^(?P<role>[^,]+?)\s+at\s+the\s+(?P<org>[A-Z][^,;()]*)$")


def _name_words(name: str) -> bool:
    """A name of one to six words: capitalised first and last, short lowercase connectors between
    ("Casa e Sigura", "Voces sin Fronteras")."""
    words = name.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(
        w[:1].isupper() or w in CONNECT or (w.isalpha() and w.islower() and len(w) <= 3) for w in words
    )


def kind_named_bodies(ex: Extraction) -> None:
    """Split "<title> of the <...> <kind word> <Name>" and "<title> at the <Universidad ...>" roles of
    speakers with no organisation into the title and the named body."""
    for a in ex.affiliations:
        if not a.role or a.organisation:
            continue
        m = KIND_NAME.match(a.role)
        if m is None:
            m = AT_SCHOOL.match(a.role)
            if m is None or not SCHOOL_FIRST.match(m.group("org")):
                continue
        role, org = m.group("role").strip(), m.group("org").strip()
        if not _name_words(org) or has_title(org) or not has_title(role) or PUBLIC_OFFICE.search(role):
            continue
        body = ex.organisation(org) or ensure_organisation(ex, org, a.span)
        a.role, a.organisation = role, body.name
