"""A lowercase staff title over a named body: "chair of the Lakeport Growers' Association", "president of
Harbourlight", "coordinator of the Rural Skills Network (RSN) Lakeport".

A capitalised title's "of" often names a portfolio or a place ("Minister of Health", "Mayor of Lakeport"),
which is why the role peeler only takes a body the release already knows there. Written in lowercase, the
title is a plain calling ("chair", "president", "coordinator") and what follows "of" is the body the person
works for, even when the organisation finder missed it: a capitalised name that is no place and no title,
cut at a bracketed acronym that glosses it.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orglistitem import CONNECT, ORG_WORDS
from kg.extract.places import is_place
from kg.extract.titlesplit import has_title, resolves
from kg.model import Extraction

LOWER_OF = re.compile(
    r"^(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+of\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|for|on|and|the|in|de|du|des)){0,9})"
    r"(?:\s+\([A-Z][A-Za-z0-9&-]{1,9}\)(?:\s+[A-Z][\w-]*)?)?$"
)


def lower_title_bodies(ex: Extraction) -> None:
    """Split "calling of <Named Body>" into the calling and the body, for a speaker with no organisation."""
    for a in ex.affiliations:
        if not a.role or a.organisation or not a.role[:1].islower():
            continue
        m = LOWER_OF.match(a.role)
        if not m or not has_title(m.group("role")):
            continue
        org = m.group("org")
        if not _body_name(ex, org):
            continue
        body = ex.organisation(org) or ensure_organisation(ex, org, a.span)
        a.role, a.organisation = m.group("role"), body.name


def _body_name(ex: Extraction, name: str) -> bool:
    """A name the release knows as an organisation's, or one shaped like a body's: no place, no title, its
    last word capitalised, a head word last or a name that can be an organisation's."""
    if resolves(ex, name):
        return True
    words = name.split()
    if is_place(name) or words[-1] in CONNECT or has_title(" ".join(words[:-1])):
        return False
    if len(words) >= 2 and ORG_WORDS.fullmatch(words[-1]):
        return own_words(words)
    return not has_title(name) and proper_name_org(name)


# Words that say what kind of body, not which one: "the National Programme" names none.
GENERIC = frozenset(
    "National Regional International Global Local Joint New Special Central Federal General Main Provincial "
    "District State Country Field Sub-Regional Subregional".split()
)


def own_words(words: list[str]) -> bool:
    """Before the head word, at least one capitalised word that is no generic one ("the National
    Programme" is a description, "the Clear Waters Programme" a name)."""
    return any(w[:1].isupper() and w not in GENERIC for w in words[:-1])
