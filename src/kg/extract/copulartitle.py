"""A speaker's office given by a sentence of its own: "Jane Doe is the ACME's Chief Technical Adviser for
the project. She told the meeting ...", "Jane Doe is the ACME Representative in Lakeport."

Releases written as short sentences introduce a person by a copula instead of an appositive, so neither
the title before the name nor the one after a comma is found and the speaker gets no role. The phrase
after "is the" holds the office when a title word opens one of its words; the words before that word
are the organisation when the release knows them as a body ("ACME's", "ACME"). A generic tail of the
office ("for the project", "of the programme": a lowercase noun after the article) is no part of the
role; a place after "in" is kept ("Representative in Lakeport"). Only for speakers with no role and no
organisation, and only the copula written right after the name. With no article ("Jane Doe is ACME's
Country Director") a body the release knows must stand before the title word.
"""

from __future__ import annotations

from kg.extract.persons import mentions
from kg.extract.personwords import TITLE_WORDS
from kg.model import Affiliation, Document, Extraction, Span

# "Jane Doe is ACME's Country Director.": with no article, only a known body before the title word counts.
COPULAS = (" is the ", " was the ", " is an ", " is a ", " is ", " was ")
BARE = (" is ", " was ")
ENDS = '.;:\n"“”'


def copular_titles(doc: Document, ex: Extraction) -> None:
    """Give a speaker with no affiliation the office of "Name is the [Body's] <Title> ..." written
    right after her name."""
    text = doc.text
    speakers = {s.person for s in ex.speeches}
    done: set[str] = set()
    for m in mentions(doc):
        if m.name not in speakers or m.name in done:
            continue
        old = next((a for a in ex.affiliations if a.person == m.name), None)
        if old is not None and (old.role or old.organisation):
            continue
        found = copular_office(text, ex, m.end)
        if found is None:
            continue
        done.add(m.name)
        if old is not None:
            ex.affiliations.remove(old)
        ex.affiliations.append(Affiliation(m.name, found[0], found[1], Span(m.start, m.end)))


def copular_office(text: str, ex: Extraction, end: int) -> tuple[str, str | None] | None:
    """(role, organisation or None) of "is the [Body's] <Title> ..." at `end`, else None."""
    window = text[end : end + 160]
    cop = next((c for c in COPULAS if window.startswith(c)), None)
    if cop is None:
        return None
    rest = window[len(cop) :]
    stop = min((i for i in (rest.find(c) for c in ENDS) if i >= 0), default=len(rest))
    comma = rest.find(",")
    if 0 <= comma < stop:
        stop = comma
    words = rest[:stop].split()
    first = next((i for i, w in enumerate(words) if w in TITLE_WORDS), None)
    if first is None or first > 4 or any(not w[:1].isupper() for w in words[:first]):
        return None
    if cop in BARE and not first:
        return None  # "Jane Doe is Director of ...": no body named before the title
    org = None
    if first:
        body = ex.organisation(" ".join(words[:first]).removesuffix("’s").removesuffix("'s"))
        if body is None:
            return None
        org = body.name
    role: list[str] = []
    for k, w in enumerate(words[first:], first):
        nxt = words[k + 2] if k + 2 < len(words) else ""
        if w in ("for", "of", "on", "at", "with") and words[k + 1 : k + 2] == ["the"] and nxt[:1].islower():
            break  # "for the project": a generic tail
        if w in ("who", "which", "and") or (
            not w[:1].isupper() and w not in ("in", "for", "of", "on", "the")
        ):
            break
        role.append(w)
    while role and not role[-1][:1].isupper():
        role.pop()
    if not role:
        return None
    return " ".join(role), org
