"""Organisers named in thanks: "thanked the Government of Kenya for hosting the meeting".

Speakers often thank the host, and a release may say who organised an event
only that way. The thanked organisation becomes an organiser of the event the
sentence names, else of the release's main event. Thanks for anything else
("for its support", "for their contributions") make no organiser.
"""

from __future__ import annotations

import re

from kg.extract.links import main_event, within
from kg.extract.nlp import sentences
from kg.extract.organisations import ensure_organisation
from kg.extract.orglistitem import clean_org, plausible_org
from kg.extract.registry import component
from kg.model import Document, EventRole, Extraction, Span

THANKS = re.compile(
    r"\bthank(?:ed|s|ing)?\s+(?P<org>(?:the\s+)?[A-Z][^,;:.()]{1,90}?)\s+for\s+"
    r"(?:(?:so\s+)?(?:generously|kindly|successfully)\s+)?(?:co-)?(?P<verb>organi[sz]ing|hosting|convening)\b"
)


@component("thanked_hosts")
def organisers_from_thanks(doc: Document, ex: Extraction) -> None:
    if not ex.events:
        return
    text = doc.text
    main = main_event(ex.events)
    known = {(r.event, r.organisation.casefold()) for r in ex.event_roles if r.role == "organiser"}
    for sent in sentences(doc, ("paragraph", "bullet")):
        chunk = text[sent.start : sent.end]
        if "thank" not in chunk:  # THANKS cannot match without it: a cheap test first
            continue
        for m in THANKS.finditer(chunk):
            named = [e for e in ex.events if any(within(s, sent) for s in e.spans)]
            event = named[0] if len(named) == 1 else main
            if event is None:
                continue
            span = Span(sent.start + m.start(), sent.start + m.end())
            org_span = Span(sent.start + m.start("org"), sent.start + m.end("org"))
            surface = clean_org(m.group("org"))
            if not surface or not plausible_org(surface, ex.organisation(surface) is not None):
                continue  # "thanked Mr. Diallo for hosting": a person, not an organisation
            org = ensure_organisation(ex, surface, org_span)
            if (event.name, org.name.casefold()) in known:
                continue
            known.add((event.name, org.name.casefold()))
            ex.event_roles.append(EventRole(event.name, org.name, "organiser", span))
