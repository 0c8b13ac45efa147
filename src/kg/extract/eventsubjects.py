"""Roles from the subject of a clause: reading the subject a clause's verb acts for ("UNDP, which hosted
the meeting" -> UNDP) and the active clauses whose subject organises or sponsors the event that follows as
their object ("IOM hosted the workshop", "The Ministry funded a forum"). Kept apart from `eventroles`, whose
`find_roles` calls these for each sentence.
"""

from __future__ import annotations

import re

from kg.extract.eventcues import (
    ANTECEDENT,
    ATTITUDE,
    CHAIR_AND,
    CLAUSE_CUT,
    OPEN_CLOSE,
    ORGANISER_VERB,
    RELATIVE_END,
    UPPER_OR_NL,
    WHEN_END,
    WITH_ORG_SUPPORT,
    WITH_PARTNERS,
    WITH_PHRASE,
    WITH_SUPPORT_WORD,
    active_matches,
)
from kg.extract.eventrolenames import add_role
from kg.extract.orglistitem import clean_org
from kg.extract.orglists import split_list, subject_names
from kg.model import Extraction, Span

PARTICIPLE_END = re.compile(
    r",\s*(?:hosted|based|housed|located|headquartered|established|created|set\s+up)\s+[^,]*,\s*$"
)
DATED_ADVERB = re.compile(
    r"(?:\s+(?:today|yesterday|tomorrow|this\s+week|last\s+week))?\s*\([^()]*\d[^()]*\)\s*$", re.I
)


def verb_role(verb: str | None) -> str:
    v = (verb or "invitation").lower()
    return "organiser" if ORGANISER_VERB.search(v) else "sponsor"


_OFFICE_OF = re.compile(
    r"\b(?:the\s+)?(?:(?:[A-Z][\w-]*|regional|country|local|field)\s+){1,2}office\s+of\s+(?=(?:the\s+)?[A-Z])"
)


# "Under the agreement, A and B will co-organise ...": a framing phrase before its comma is no subject.
_FRAMING = re.compile(
    # "On the International Day of X, A and B launched ...": a fronted occasion is no part of the subject.
    r"^\s*(?:Under|As\s+part\s+of|Within|In\s+line\s+with|On(?:\s+the\s+occasion\s+of)?|To\s+mark|Marking)\s+"
    r"(?:the|this|that|its|their|an?)\s+[^,]{1,80},\s*"
)


def clause_subject(subject: str) -> str:
    """The subject of a clause that ends where its verb starts, without what leads up to it."""
    # "SARAJEVO, 12 May 1997 -- IOM and ...": the dateline ends at a dash (typed "--" too).
    subject = re.split(r"\s(?:--|[-–—])\s", subject)[-1]
    subject = _FRAMING.sub("", subject)
    # "IOM and the Sarajevo office of UNHCR convened ...": a body's (lowercase) office acts as the body.
    subject = _OFFICE_OF.sub("", subject)
    if subject.rstrip().endswith(")"):
        # "IOM and the Ministry yesterday (23 May 2011) opened ...": the dated adverb is no part of it.
        subject = DATED_ADVERB.sub("", subject)
    # "Canada, which has backed the project since 2015, funded ...": drop the relative clause first.
    subject = re.sub(r",\s*(?:which|who|whose)\b[^,]*,\s*", " ", subject)
    # "The Support Unit, hosted by IOM in Lakeport, co-organised ...": the participle tells where it sits.
    if subject.endswith(", "):
        subject = PARTICIPLE_END.sub(" ", subject)
    # "The Government of Germany, through GIZ, funded ...": the channel is no subject of its own.
    subject = re.sub(r",\s*(?:through|via|by way of)\s+[^,]*,\s*$", " ", subject)
    # "... recalled that the EU had hosted": the subject starts after the reporting clause.
    subject = CLAUSE_CUT.split(subject)[-1]
    # "Uzbekistan was ready to host", "X offered to host": the subject before the attitude.
    subject = ATTITUDE.sub("", subject)
    subject = CHAIR_AND.sub("", subject) if " and" in subject[-6:] else subject
    subject = WITH_ORG_SUPPORT.sub(",", subject)
    subject = WITH_PHRASE.sub(",", subject)
    # "The Statistics Office on Wednesday, 9th December 2020, hosted ...": the date is no part of it.
    subject = WHEN_END.sub("", subject)
    relative = RELATIVE_END.search(subject)
    if relative:  # "UNDP, which hosted the meeting": the antecedent alone
        ante = ANTECEDENT.search(subject[: relative.start()])
        subject = ante.group() if ante else ""
    return subject


def active_roles(
    ex: Extraction,
    flat: str,
    sent: Span,
    text: str,
    in_sent: list,
    known: list[str],
    openers: list[tuple[str, list[str], Span]],
) -> None:
    """The subject of an active clause organises or sponsors the event its object names ("IOM hosted a
    workshop"); an opening by a speaker only goes into `openers`, kept for events no other cue gives an
    organiser."""
    for m in active_matches(text):
        obj_start = sent.start + m.end()
        # The object follows at once: only lowercase words (articles, adjectives) in between.
        obj = [
            (x, n)
            for x, n in in_sent
            if 0 <= x.start - obj_start <= 40 and not UPPER_OR_NL.search(flat, obj_start, x.start)
        ]
        if not obj:
            continue
        names = subject_names(clause_subject(text[: m.start()]), known)
        if m.group("verb").lower() in OPEN_CLOSE:
            # "The Minister opened the forum" is a speaker's act: only bodies already known open it, and
            # opening is weaker than organising: kept only for an event no other cue gives an organiser.
            known_names = [n for n in names if ex.organisation(n) is not None]
            openers.append((obj[0][1], known_names, Span(sent.start, sent.start + m.end())))
            continue
        backers = [clean_org(w.group("org")) for w in WITH_ORG_SUPPORT.finditer(text, 0, m.start())]
        # "hosted a Partners Breakfast and a Press Reception": every coordinated object.
        targets = [obj[0]]
        for x, n in in_sent:
            if x.start > targets[-1][0].end and re.fullmatch(
                r",?\s+(?:and|as well as)\s+(?:an?\s+|the\s+)?", flat[targets[-1][0].end : x.start]
            ):
                targets.append((x, n))
        partners: list[str] = []
        if names and verb_role(m.group("verb")) == "organiser":
            w = WITH_PARTNERS.match(flat, targets[-1][0].end)
            if w and w.end() <= sent.end and not WITH_SUPPORT_WORD.match(flat, w.end()):
                partners = split_list(flat[w.end() : sent.end], known)
        for _x, n in targets:
            add_role(ex, n, names, verb_role(m.group("verb")), Span(sent.start, sent.start + m.end()))
            add_role(ex, n, partners, "organiser", Span(sent.start, sent.start + m.end()))
            if names:
                add_role(ex, n, [b for b in backers if b], "sponsor", Span(sent.start, sent.start + m.end()))
