"""Events that are no events of the release: a session of the reported event, and one only proposed.

"moderated the closing panel", "the closing session heard ...": a part of the event the release reports,
named only by its place in the programme, is that event, not another. "participants recommended that WMO
organize a follow-up seminar": an event named only inside a recommendation has not happened and is not
announced; it is the recommendation's content.

Runs after recommendations, whose spans it needs.
"""

from __future__ import annotations

import re

from kg.extract.registry import component
from kg.model import Document, Event, Extraction

# A programme slot with no topic of its own.
PART = re.compile(
    r"^(?:the\s+)?(?:closing|opening|afternoon|morning|evening|final|concluding|high-level|plenary|"
    r"first|second|third|last)\s+(?:session|panel|debate|plenary|discussion|segment|sitting)$",
    re.I,
)

# "a session on partnerships was chaired by ...", "moderated a hands-on session on X": a topical slot in the
# programme of the event the release reports, not an event of its own.
SESSION_ON = re.compile(r"^(?:(?:a|the)\s+)?(?:[\w-]+\s+)?session\s+on\s", re.I)


@component("event_parts")
def drop_event_parts(doc: Document, ex: Extraction) -> None:
    if len(ex.events) < 2:
        return
    recs = [(r.span.start, r.span.end) for r in ex.recommendations]
    drop = set()
    for ev in ex.events:
        if ev.named:
            continue
        # "recommended that the course include a session on X ... attended the closing session": a slot of
        # the reported event's programme, wrongly taken as a reference back, is no sign that X took place.
        told = [s for s in ev.spans if not PART.match(doc.text[s.start : s.end])]
        proposed = bool(told and recs) and all(
            any(a <= s.start and s.end <= b for a, b in recs) for s in told
        )
        if PART.match(ev.name) or SESSION_ON.match(ev.name) or proposed or _ongoing(doc.text, ev):
            drop.add(ev.name)
    if len(drop) >= len(ex.events):
        return  # keep the release's only events, whatever they are
    ex.events[:] = [e for e in ex.events if e.name not in drop]
    ex.event_roles[:] = [r for r in ex.event_roles if r.event not in drop]


# "had joined the agency's customs training since 2015": a course that runs for years is a programme.
SINCE_YEAR = re.compile(r"\s+since\s+(?:19|20)\d\d\b")


def _ongoing(text: str, ev: Event) -> bool:
    """An unnamed event every mention of which runs "since" a past year is an ongoing programme that the
    release mentions, not an event that it reports or announces."""
    return bool(ev.spans) and all(SINCE_YEAR.match(text, s.end) for s in ev.spans)
