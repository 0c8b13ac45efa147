"""A person introduced by a life story is a witness, not an office holder: "Jane Doe, a teacher from
Lakeport who arrived with her children in March, said ..." or "Jane Doe, an Elaran refugee who runs a
bakery in the camp, told ...".

The calling readers (`affilcues.calling`) take the lowercase noun of such an appositive as the role. When
the noun is placed by an origin ("from X", "in X", a nationality, an age) or is a status ("refugee",
"returnee", "widow") and a "who" clause then tells what happened to the person, annotators read a
description of a migrant, refugee or returnee, not a title: no role. A professional clause ("who presented
the data", "who leads the team") and any organisation keep the calling as the role.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import country_code
from kg.extract.persons import mentions
from kg.model import Document, Extraction

# ", a [N-year-old] <description> who <verb>": the description before a relative clause.
APPOSITIVE = re.compile(r",\s+an?\s+([^,;.()\"“”]{2,80}?)\s+who\s+(?:has\s+|had\s+|now\s+|also\s+)?([a-z]+)")
# Nouns that describe what happened to a person rather than an office.
STATUS = frozenset(
    "refugee refugees migrant returnee survivor widow widower asylum-seeker evacuee deportee orphan".split()
)
FAMILY = ("mother of", "father of", "grandmother of", "grandfather of")
# Clause verbs of work done as a professional: the calling stays the role.
PROFESSIONAL = frozenset(
    "presented leads led heads headed chairs chaired directs directed manages managed coordinates "
    "coordinated "
    "co-authored authored wrote teaches taught represents represented oversees oversaw supervises advises "
    "moderated addressed spoke researches studies specialises specializes".split()
)
ORIGIN = re.compile(r"\b(?:from|in)\s+[A-ZÀ-ÖØ-Þ]|\b\d{1,3}-year-old\b")


def _placed(desc: str) -> bool:
    """True when the description is placed by an origin, an age or a nationality, or is a status."""
    low = desc.casefold()
    if ORIGIN.search(desc) or any(f in low for f in FAMILY):
        return True
    words = desc.split()
    if any(w.casefold().strip("s") in STATUS or w.casefold() in STATUS for w in words):
        return True
    for i, w in enumerate(words):
        if not w[:1].isupper():
            continue
        if country_code(w) or (i + 1 < len(words) and country_code(f"{w} {words[i + 1]}")):
            return True
    return False


def life_story(text: str, end: int, role: str | None) -> bool:
    """True when the lowercase `role` comes from a life-story appositive after a name ending at `end`."""
    if not role or not role[:1].islower() or text[end : end + 3] not in (", a", ",\na"):
        return False
    app = APPOSITIVE.match(text[end : end + 200].replace("\n", " "))
    if app is None or app.group(2) in PROFESSIONAL:
        return False
    desc = app.group(1)
    return role in desc and _placed(desc)


def life_story_roles(doc: Document, ex: Extraction) -> None:
    """Drop the calling role of a speaker whose appositive tells a life story and names no organisation."""
    text = doc.text
    speakers = {s.person for s in ex.speeches}
    for m in mentions(doc):
        p = ex.person(m.name)
        if p is None or p.name not in speakers:
            continue
        a = next((x for x in ex.affiliations if x.person == p.name), None)
        if a is None or a.organisation or not life_story(text, m.end, a.role):
            continue
        ex.affiliations.remove(a)
