"""Who spoke where: tie each speech to the event it was given at.

Runs after people and events. A speech is tied to an event mentioned in the
same sentence, else in the same paragraph; failing both, to the release's
main event when the release reports on one (a single event, or one the text
keeps coming back to). Releases about a conference quote its speakers, so
that default is usually right; with several competing events and no local
mention, nothing is guessed.
"""

from __future__ import annotations

from kg.extract.nlp import sentences
from kg.extract.registry import component
from kg.model import Document, Event, Extraction, Span


def within(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _mentioned_in(events: list[Event], outer: Span) -> Event | None:
    hits = [e for e in events if any(within(s, outer) for s in e.spans)]
    return hits[0] if len(hits) == 1 else None


def main_event(events: list[Event]) -> Event | None:
    if len(events) == 1:
        return events[0]
    ranked = sorted(events, key=lambda e: len(e.spans), reverse=True)
    if len(ranked[0].spans) >= 2 and len(ranked[0].spans) > len(ranked[1].spans):
        return ranked[0]
    return None


@component("speech_events")
def link_speeches_to_events(doc: Document, ex: Extraction) -> None:
    if not ex.events:
        return
    sents = sentences(doc)
    blocks = [Span(s.start, s.end) for s in doc.segments]
    main = main_event(ex.events)
    for speech in ex.speeches:
        if speech.event:
            continue
        event = None
        for outer in (
            next((s for s in sents if within(speech.span, s)), None),
            next((b for b in blocks if within(speech.span, b)), None),
        ):
            if outer is not None and (event := _mentioned_in(ex.events, outer)):
                break
        event = event or main
        if event is not None:
            speech.event = event.name
