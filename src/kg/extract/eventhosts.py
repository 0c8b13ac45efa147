"""Organisers that releases imply rather than state with "organised by":

- a press briefing is held by the organisation of the one who briefs;
- the authors of a study launched at a forum hold the forum;
- an event "part of UNODC's project X" with no organiser named is run by the project's owner.

Run after `eventroles.find_roles`, so each applies only where no organiser was stated.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.eventrolenames import add_role
from kg.extract.orglistitem import clean_org
from kg.extract.orglists import split_list
from kg.extract.places import is_place
from kg.model import Extraction, Span

if TYPE_CHECKING:
    from kg.extract.events import EventMentions

# "A study by X and Y, launched today at a public forum": the authors hold the launch event.
LAUNCHED_AT = re.compile(
    r",?\s+(?:which\s+was\s+|was\s+)?(?:officially\s+|formally\s+|jointly\s+)?(?:launched|presented|released)\s+"
    r"(?:today\s+|yesterday\s+|on\s+\w+\s+)?at\s+(?:a|an|the)\s+"
)
AUTHORED = re.compile(
    r"\b(?:report|study|survey|research|paper|book|guide|handbook|index|atlas|publication|assessment)\s+"
    r"(?:\w+\s+){0,3}?by\s+"
)
# "The course is part of UNODC's project ...", "held under IOM's programme ...": whose project the event
# belongs to runs it.
PART_OF_OWN = re.compile(
    r"\b(?:part\s+of|under|within)\s+(?:the\s+)?(?P<org>[A-Z][\w.&-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.&-]*)*)(?:’s|'s)\s+"
    r"[^.;]{0,80}?\b(?i:project|programme|program)\b"
)


def find_hosts(ex: Extraction, em: EventMentions) -> None:
    mentions = [(m, ex.events[i].name) for m, i in em.mentions if not m.headline]
    _press_hosts(ex, em)
    _launch_hosts(ex, em, mentions)
    _project_owner(ex, em, mentions)


def _press_hosts(ex: Extraction, em: EventMentions) -> None:
    """A press briefing or conference is held by the organisation of the one who briefs: "Speaking at a
    press briefing, UNHCR Representative X said", "presented at a press conference by Y, Director of
    the ILO's ..." -> UNHCR, ILO. The first affiliated speaker named in the mention's sentence."""
    flat = em.flat
    speakers = {s.person for s in ex.speeches}
    for m, i in em.mentions:
        name = ex.events[i].name
        if not name.lower().startswith("press ") or any(r.event == name for r in ex.event_roles):
            continue
        sent = next((s for s in em.sentences if s.start <= m.start < s.end), None)
        if sent is None:
            continue
        text = flat[sent.start : sent.end]
        best: tuple[int, str] | None = None
        for a in ex.affiliations:
            person = ex.person(a.person)
            if not a.organisation or a.person not in speakers or person is None:
                continue
            pos = min((p for p in (text.find(f) for f in person.forms if f) if p >= 0), default=-1)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, a.organisation)
        if best is not None:
            owner = re.match(r"(?:the\s+)?(.+?)(?:’s|'s)\s", best[1])  # "the ILO's Programme on X": the ILO
            host = owner.group(1) if owner else _owner_in_text(ex, best[1], text) or best[1]
            add_role(ex, name, [host], "organiser", Span(m.start, m.end))


def _owner_in_text(ex: Extraction, unit: str, text: str) -> str | None:
    """ "Director of the ILO's International Programme on ... (IPEC)": the programme's owner, when the text
    writes the unit after an organisation's possessive; else None."""
    org = ex.organisation(unit)
    for form in org.forms if org else [unit]:
        m = re.search(rf"([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,4}})(?:’s|'s)\s+{re.escape(form)}\b", text)
        if m and ex.organisation(m.group(1)) is not None:
            return ex.organisation(m.group(1)).name
    return None


def _launch_hosts(ex: Extraction, em: EventMentions, mentions: list) -> None:
    """ "A study by X and Y, launched today at a public forum, finds ...": the authors of what is
    launched at an event hold it (when the release names no other organiser for it)."""
    for sent in em.sentences:
        text = em.flat[sent.start : sent.end]
        if "launched" not in text and "presented" not in text and "released" not in text:
            continue
        for la in LAUNCHED_AT.finditer(text):
            event = next((n for m, n in mentions if 0 <= m.start - (sent.start + la.end()) <= 30), None)
            authored = list(AUTHORED.finditer(text, 0, la.start()))
            if event is None or not authored:
                continue
            if any(r.event == event and r.role == "organiser" for r in ex.event_roles):
                continue
            names = split_list(text[authored[-1].end() : la.start()])
            span = Span(sent.start + authored[-1].start(), sent.start + la.end())
            add_role(ex, event, names, "organiser", span, text)


def _project_owner(ex: Extraction, em: EventMentions, mentions: list) -> None:
    """An event "part of UNODC's project X" with no organiser named is run by the project's owner.
    The event is the sentence's first mention, or the previous sentence's ("It is part of ...")."""
    prev: list = []
    for sent in em.sentences:
        in_sent = [(m, n) for m, n in mentions if sent.start <= m.start < sent.end]
        text = em.flat[sent.start : sent.end]
        hit = PART_OF_OWN.search(text) if ("part of" in text or "under" in text or "within" in text) else None
        cands = in_sent or prev
        if hit and cands:
            event = cands[0][1]
            if not any(r.event == event and r.role == "organiser" for r in ex.event_roles):
                owner = clean_org(hit.group("org"))
                if owner and not is_place(owner):
                    span = Span(sent.start + hit.start(), sent.start + hit.end())
                    add_role(ex, event, [owner], "organiser", span)
        prev = in_sent
