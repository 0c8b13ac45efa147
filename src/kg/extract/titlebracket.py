"""A portfolio in brackets right after a title is part of the title: "First Secretary (Development) at
the X Embassy", "Minister of State for Water (Rural Supply), Hon. Jane Doe".

Governments and agencies tell apart holders of one rank by the field they cover, written in brackets
after the rank; readers keep it in the role, since without it the title no longer says which office the
person holds. The title readers drop brackets after a title because most of them hold an acronym
("Director of the X Agency (XA)"); this pass puts back a bracket that is plainly a field: one to four
words of which at least one is lower-case-lettered after its capital ("Development", "Primary Health
Care"), not an acronym, no country, and no name of a body of the release. Only the text near one of the
person's mentions is read, so a bracket after the same title for someone else is never taken.
"""

from __future__ import annotations

from kg.extract.orgnames import country_code
from kg.model import Extraction

WINDOW = 400  # characters either side of a mention where the person's title is written


def _field(gloss: str, ex: Extraction) -> bool:
    """A bracketed portfolio: capitalised words, at least one of them not an acronym; no country, no body."""
    words = gloss.replace(",", " ").split()
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if not any(w[1:].islower() for w in words if len(w) > 1):
        return False
    if any(c.isdigit() for c in gloss) or country_code(gloss):
        return False
    return ex.organisation(gloss) is None


def bracketed_fields(ex: Extraction, text: str) -> None:
    """Extend each role that the text writes with a bracketed field right after it, near the person."""
    for a in ex.affiliations:
        role = a.role
        if not role or role.endswith(")") or not role[:1].isupper():
            continue
        person = ex.person(a.person)
        if person is None:
            continue
        needle = role + " ("
        for span in person.spans:
            lo, hi = max(0, span.start - WINDOW), min(len(text), span.end + WINDOW)
            k = text.find(needle, lo, hi)
            if k < 0:
                continue
            close = text.find(")", k + len(needle), min(hi, k + len(needle) + 60))
            gloss = " ".join(text[k + len(needle) : close].split()) if close > 0 else ""
            if gloss and "(" not in gloss and _field(gloss, ex):
                a.role = f"{role} ({gloss})"
            break
