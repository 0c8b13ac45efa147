"""Where an organisation name found in running text really ends or starts: cheap checks on a surface
already found, kept apart from the long pattern modules.

- A name does not run over two line breaks: in a block of short lines (a list of speakers, each name
  over its title and body) a capitalised run that crosses whole lines joins fields, not words; hard-wrapped
  prose breaks a name at most once.
- "Directorate of Communication / Ref. 784(2009)": a reference label after a body's name is no part of it.
- "Jane Doe of the Agency's office": a person's name before "of" and a known organisation is no name.
- "the Embassy of Japan in Elaria": an embassy named for its country keeps the place it sits in, as
  "the Norwegian Embassy in Elaria" does.
- "run by the Agency's Elara office": a place after a known organisation's possessive is its office, and
  the organisation is the actor.
"""

from __future__ import annotations

import re

from kg.model import Extraction

REF_TAIL = re.compile(r"\s+Ref$")
REF_NEXT = re.compile(r"\.?\s*(?:No\.?\s*)?\d")
_POSS_PLACE = re.compile(r"(?P<owner>.+?)(?:'s|’s)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_PERSON_OF = re.compile(r"(?P<person>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\s+of\s+(?:the\s+)?(?P<org>.+)")


def one_line(surface: str, head: str) -> str:
    """The line of a surface that crosses two or more line breaks holding its head word (the surface
    itself when it crosses fewer)."""
    if surface.count("\n") < 2:
        return surface
    for line in surface.split("\n"):
        if head in line.split():
            return line.strip()
    return surface.split("\n", 1)[0].strip()


def drop_ref_label(surface: str, text: str, end: int) -> str:
    """The surface without a trailing "Ref" that labels a reference number ("Ref. 784(2009)")."""
    if surface.endswith("Ref") and REF_TAIL.search(surface) and REF_NEXT.match(text, end):
        return REF_TAIL.sub("", surface)
    return surface


def person_of_known(ex: Extraction, name: str) -> bool:
    """ "Mira Tannberg of UNODC" read as one name: two or three plain capitalised words (no organisation
    head word) before "of" and an organisation the release already knows."""
    if " of " not in name:
        return False
    m = _PERSON_OF.fullmatch(name)
    if not m:
        return False
    from kg.extract.orgheadwords import HEADS

    if any(w in HEADS for w in re.split(r"[ -]", m["person"])):
        return False
    return ex.organisation(m["org"]) is not None


def owner_of_place_office(ex: Extraction, name: str) -> str | None:
    """The known owner of "IOM's Kabul" (its office in a place), else None."""
    if "'" not in name and "’" not in name:
        return None
    m = _POSS_PLACE.fullmatch(name)
    if not m or ex.organisation(m["owner"]) is None:
        return None
    from kg.extract.places import is_place

    return m["owner"] if is_place(m["place"]) else None


EMBASSY = ("Embassy", "Consulate", "Consulate-General")
_LOWER_THEN_CAP = re.compile(r" [a-z]+ [A-Z]")


def embassy_of(toks: list[tuple[str, int]]) -> bool:
    """The run is "Embassy of <country>" (its tokens with their offsets)."""
    return len(toks) > 2 and toks[0][0] in EMBASSY and toks[1][0] == "of"


def whole_place(text: str, end: int) -> bool:
    """The place name matched up to `end` is not cut before a lower-case link ("Dar | es Salaam")."""
    return _LOWER_THEN_CAP.match(text, end) is None
