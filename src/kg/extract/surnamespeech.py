"""Speeches by a known person's surname or titled first name ("Dr. Martini said", "State Minister
Abebe added"), with the title given at that mention when the full-name mentions gave none."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.affiliation import affiliation
from kg.extract.familyfirst import honorific_first_word_mentions
from kg.extract.namewordindex import surname_mentions, titled_first_name_mentions
from kg.extract.persons import Mention, mentions
from kg.extract.personwords import FEMALE_HONORIFICS, MALE_HONORIFICS
from kg.extract.speechverbs import VERB_AFTER, VERB_BEFORE
from kg.model import Affiliation, Document, Extraction, Person, Span, Speech

Register = Callable[[Document, Extraction, int, str], Person]
SPACES = re.compile(r"\s+")

TITLE_CASE_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    """Non-overlapping spans of `name` in `text`, left to right: a plain find, not a pattern compiled per
    name (most names occur in one release only, so compiled patterns were never reused)."""
    out, at = [], text.find(name)
    while at != -1:
        out.append((at, at + len(name)))
        at = text.find(name, at + len(name))
    return out


SURNAME_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")


def family_name(name: str) -> str:
    """The family name a titled short form uses: the last word, or the first in an East Asian name
    written family name first ("Pak Su-min", whose given name is hyphenated with a lowercase second part)."""
    return name.split()[0] if SURNAME_FIRST.fullmatch(name) else name.split()[-1]


def _sex(honorifics: set[str]) -> str | None:
    """ "f" or "m" when the honorifics used for a person all say so, else None."""
    f, m = bool(honorifics & FEMALE_HONORIFICS), bool(honorifics & MALE_HONORIFICS)
    return "f" if f and not m else "m" if m and not f else None


def surname_speeches(doc: Document, ex: Extraction, sents: list[Span], register: Register) -> None:
    """ "Guterres will deliver an address", "Dr. Martini said": surnames of known people speaking.

    `register(doc, ex, i, verb)` makes mention i a speaker (the people component's own registration)."""
    text = doc.text
    ms = mentions(doc)
    first: dict[str, int] = {}
    for i, m in enumerate(ms):
        if not ex.organisation(m.name):
            first.setdefault(m.name, i)
    all_spans = [(x.start, x.end) for x in ms]
    family = {x.name: family_name(x.name) for x in ms}  # once per name, not once per pair of names
    for name, i in first.items():
        surname = family[name]
        full_spans = [(x.start, x.end) for x in ms if x.name == name]
        # Occurrences dropped from the mentions (a place closing an appositive) still hold no surname.
        full_spans += _occurrences(text, name)
        # "Sohel Karim ... Nasrin Karim said": a surname two people share stands for the one named last
        # before it, and the surname inside another's full name is no mention of this one.
        namesakes = [x for x in ms if x.name != name and family[x.name] == surname and x.name in first]
        forms = surname_mentions(doc, surname)
        if len(name.split()) >= 2:
            forms += titled_first_name_mentions(doc, name.split()[0])
        forms += honorific_first_word_mentions(doc, name)  # "Ms Tan" for "Tan Mei Ling"
        if not forms:
            continue
        sex = _sex({x.surface.split()[0].rstrip(".") for x in ms if x.name == name and x.surface != x.name})
        for s, e in forms:
            if any(a <= s < b for a, b in full_spans) or TITLE_CASE_NEXT.match(text, e, e + 3):
                continue  # "Senior Crop Forecasting Officer": a word inside a Title Case name, no surname
            if namesakes and any(a <= s < b for a, b in all_spans):
                continue
            if sex and _sex({text[s:e].split()[0].rstrip(".")}) not in (None, sex):
                continue  # "Mr. Park" is not "Ms. Mina Park"
            if namesakes and surname in text[s:e].split():
                last_own = max((a for a, _ in full_spans if a < s), default=-1)
                if any(last_own < x.start < s for x in namesakes):
                    continue
            sent = next((x for x in sents if x.start <= s < x.end), None)
            if sent is None:
                continue
            after = text[e : sent.end]
            if VERB_AFTER.match(after) or VERB_BEFORE.search(text[sent.start : s].replace("\n", " ")[-60:]):
                p = ex.person(name) or register(doc, ex, i, "said")
                ex.speeches.append(Speech(p.name, Span(sent.start, sent.end), verb="said"))
                _surname_affiliation(doc, ex, p.name, s, e, sent)
                form = SPACES.sub(" ", text[s:e])
                if form not in p.aliases and form != p.name:
                    p.aliases.append(form)
                p.spans.append(Span(s, e))


def _surname_affiliation(doc: Document, ex: Extraction, name: str, s: int, e: int, sent: Span) -> None:
    """ "Ms. Doe, a spokesperson for UNHCR, told reporters": the title given at a surname mention counts
    when the full-name mentions gave none."""
    if any(a.person == name and a.organisation for a in ex.affiliations):
        return
    text, ms = doc.text, mentions(doc)
    prev_end = max([x.end for x in ms if sent.start < x.end <= s] + [sent.start])
    nxt = min([x.start for x in ms if x.start >= e and x.start < sent.end] + [sent.end])
    role, org = affiliation(ex, text, Mention(s, e, name, text[s:e]), text[prev_end:s], text[e:nxt])
    if not (role or org):
        return
    cur = next((a for a in ex.affiliations if a.person == name), None)
    if cur is None:
        ex.affiliations.append(Affiliation(name, role, org, Span(sent.start, sent.end)))
    elif org:
        cur.role, cur.organisation = role or cur.role, org
