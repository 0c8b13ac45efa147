"""Who made a recommendation: the organisation (and person) behind a call, from the list intro that
announces it ("UNHCR recommends:"), the author of a report it quotes, the speech or quote it sits in, or
the clause subject. Kept apart from `recommendations`, which finds the calls themselves.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.places import is_place
from kg.extract.recpatterns import (
    ACRONYM_IN,
    AUTHORED_BY,
    AUTHORED_ITS,
    AUTHORED_OWN,
    DOC_SUBJECT,
    INTRO_BY,
    INTRO_SUBJ,
    LEAD_ADVERBIAL,
    NO_ORG_SUBJECTS,
    NOT_ACRONYMS,
    ROLE_PHRASE,
)
from kg.extract.recpledgers import pledger
from kg.model import Document, Extraction, Span

SPACES = re.compile(r"\s+")  # precompiled: applied to every name and sentence


def intro_author(ex: Extraction, intro: str, span: Span) -> str | None:
    """The organisation a list intro names as making the calls ("UNHCR recommends:"), or the author of
    the document it names ("The report calls on governments to:"); None when it names neither."""
    # "In its report, the Network recommends:": the subject follows the lead adverbial.
    lead = LEAD_ADVERBIAL.match(intro) if intro[:1].isupper() else None
    bare = intro[lead.end() :] if lead else intro
    for rx, where in ((INTRO_BY, intro), (INTRO_SUBJ, intro), (INTRO_SUBJ, bare)):
        m = rx.search(where)
        if m:
            org = _org_in(ex, m.group("org"), span)
            if not org and m.group("org").title() in BACK_HEADS:
                org = headed_body(ex, m.group("org"), span.start)  # "The Commission appealed to donors to:"
            if org:
                return org
    pledged = pledger(ex, ex.release.text[span.start : span.end], span)
    if pledged:
        return pledged
    doc_subject = DOC_SUBJECT.match(intro)
    if doc_subject:
        return _document_author(ex, doc_subject.group(1).lower(), span)
    return None


def _document_author(ex: Extraction, noun: str, span: Span) -> str | None:
    """ "The report calls on governments to:" -- whose report: the organisation the release says issued
    it earlier ("a new report released today by the International Labour Office", "an ILO report")."""
    text = SPACES.sub(" ", ex.release.text[: span.start])
    for rx in (AUTHORED_BY, AUTHORED_OWN, AUTHORED_ITS):
        for m in rx.finditer(text):
            if m.group("noun").lower() == noun:
                org = _org_in(ex, m.group("org"), span)
                if org:
                    return org
    return None


def _org_in(ex: Extraction, text: str, span: Span) -> str | None:
    """An organisation named in `text`: a known form, else an acronym (registered through
    `ensure_organisation`, as every author must be), else None."""
    # The organisation named first in the text, not the first one the release registered:
    # "IOM, with support from the EU, urged" is IOM's call whichever the release named first.
    best: tuple[int, int, str] | None = None
    shout = sum(c.isalpha() for c in text) > 8 and text.isupper()  # "WORLD BANK SEMINAR URGES ..."
    for org in ex.organisations:
        for form in org.forms:
            pos = _word_at(text, form.upper() if shout else form) if form else -1
            if pos >= 0 and (best is None or (pos, -len(form)) < best[:2]):
                best = (pos, -len(form), org.name)
    if best is not None:
        return best[2]
    for m in ACRONYM_IN.finditer(text) if not shout else ():
        word = m.group()
        if word not in NOT_ACRONYMS and not is_place(word.title()):
            return ensure_organisation(ex, word, span).name
    return None


def _word_at(text: str, word: str) -> int:
    """Where `word` first occurs in `text` as a whole word, or -1 (no regex compiled per form)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return start
        start = text.find(word, start + 1)
    return -1


def _speaker_org(ex: Extraction, person: str | None) -> str | None:
    if not person:
        return None
    p = ex.person(person)
    names = {f.casefold() for f in (p.forms if p else [person])}
    for a in ex.affiliations:
        if a.person.casefold() in names and a.organisation:
            return a.organisation
    return None


# A subject that refers back to a body: "It", "The Agency", "The Organisation", "The Network".
BACK_REFERENCE = re.compile(
    r"^\W*(?:It|The\s+(Agency|Organi[sz]ation|Network|Office|Commission|Committee|Council|Alliance|"
    r"Coalition|Federation|Union|Centre|Center|Fund|Programme|Institute|Foundation|Association|Bank))"
    r"(?:\s+(?:also|further|additionally|likewise|again))?\s*$",
    re.I,
)


BACK_HEADS = frozenset(
    "Agency Organisation Organization Network Office Commission Committee Council Alliance Coalition "
    "Federation Union Centre Center Fund Programme Institute Foundation Association Bank".split()
)


def headed_body(ex: Extraction, noun: str, before: int) -> str | None:
    """ "The Network called on ...": the body named before `before` whose name ends in that head word
    ("Lakeport Wells Network"), when a back reference has no call before it to take its author from."""
    noun = noun.lower()
    best: tuple[int, int, str] | None = None
    for org in ex.organisations:
        if not any(f.split()[-1].lower() == noun for f in org.forms if " " in f):
            continue
        seen = [s.start for s in org.spans if s.start < before]
        # The body the release names most often (the first named on a tie): "the Commission" that
        # appeals is the release's actor, not a participant named once in a list.
        if seen and (best is None or (len(seen), -min(seen)) > best[:2]):
            best = (len(seen), -min(seen), org.name)
    return best[2] if best else None


# "The Minister called on donors to ...", "The Director-General also urged ...": a title alone as subject.
TITLE_SUBJECT = re.compile(
    r"^\W*The\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)(?:\s+(?:also|further|then|again))?\s*$"
)


def titled_back_reference(ex: Extraction, subject: str, before: int) -> tuple[str | None, str] | None:
    """(organisation, person) for a subject that is a title alone ("The Minister"): the person who spoke
    last before `before` and whose stated role starts with that title ("Minister of Water")."""
    m = TITLE_SUBJECT.match(subject)
    if m is None:
        return None
    title = m.group(1)
    holders = {
        a.person: a.organisation
        for a in ex.affiliations
        if a.role and (a.role == title or a.role.startswith(title + " "))
    }
    if not holders:
        return None
    spoke = [s for s in ex.speeches if s.span.start < before and s.person in holders]
    if spoke:
        person = spoke[-1].person
    elif len(holders) == 1:
        person = next(iter(holders))
    else:
        return None
    return holders[person], person


def call_author(ex: Extraction, doc: Document, span: Span, subject: str) -> tuple[str | None, str | None]:
    """(organisation, person) behind a call made in `span` whose clause subject is `subject`."""
    # "The Deputy Director General, who addressed the conference sponsored by UNODC, highlighted ...":
    # the relative clause names other actors.
    subject = re.sub(r",\s*(?:who|which|whose)\b.*,\s*$", "", subject, flags=re.S)
    # "With support from the EU, UNHCR called for ...", "At a meeting with UNICEF, the Ministry urged ...":
    # a leading adverbial phrase names others; the subject follows its comma.
    lead = LEAD_ADVERBIAL.search(subject)
    if lead and re.search(r"[A-Z]", subject[lead.end() :]):
        subject = subject[lead.end() :]
    person = None
    for s in ex.speeches:
        if s.span.start <= span.start < s.span.end or (span.start <= s.span.start < span.end):
            person = s.person
            break
    else:
        for q in ex.quotes:
            if q.span.start <= span.start < q.span.end and q.speaker:
                person = q.speaker
                break
    if person:
        # A speaker with no stated affiliation may still be tied to an organisation in the clause
        # ("said WMO official Ana Silva").
        return _speaker_org(ex, person) or _org_in(ex, subject, span), person
    for p in ex.people:
        if any(f and f in subject for f in p.forms):
            return _speaker_org(ex, p.name), p.name
    for a in ex.affiliations:
        if a.role and a.role in subject and a.organisation:
            return a.organisation, a.person
    titled = titled_back_reference(ex, subject, span.start)
    if titled:
        return titled
    if NO_ORG_SUBJECTS.search(subject) and not re.search(r"\b[A-Z]{2,}\b", subject):
        return None, None
    # "Participants from CP Member States, ... emphasized": the people, not the bodies they come from.
    if NO_ORG_SUBJECTS.match(re.sub(r"^\W*(?:The|All|Some|Many|Other)?\s*", "", subject)):
        return None, None
    # "A declaration adopted at a conference organized by IOM called for": the organiser is not the author.
    subject = ROLE_PHRASE.sub("", subject)
    doc_subject = DOC_SUBJECT.match(subject)
    if doc_subject:  # "The report recommends that ...": whose report
        return _document_author(ex, doc_subject.group(1).lower(), span), None
    if re.match(r"^\W*(?:We|They)\b", subject):
        # "UNHCR urges all governments ... We also call on ...": the voice of the call just before.
        prev = [r for r in ex.recommendations if r.span.end <= span.start and span.start - r.span.end < 300]
        if prev and prev[-1].by:
            return prev[-1].by, prev[-1].speaker
    same_body = BACK_REFERENCE.match(subject)
    if same_body:
        # "FRA calls on ... The Agency also calls on ... It further urges ...": the body of the call
        # just before, when "the Agency" is what that body is (a pronoun "It" goes back to any).
        noun = same_body.group(1)
        prev = [r for r in ex.recommendations if r.span.end <= span.start and span.start - r.span.end < 300]
        if prev and prev[-1].by and (noun is None or noun.lower() in prev[-1].by.lower()):
            return prev[-1].by, None
        body = headed_body(ex, noun, span.start) if noun else None
        if body:
            return body, None
    if re.match(r"^\s*(?:He|She)\b", subject):
        before = [s for s in ex.speeches if s.span.start < span.start]
        if before:
            return _speaker_org(ex, before[-1].person), before[-1].person
    return _org_in(ex, subject, span), None
