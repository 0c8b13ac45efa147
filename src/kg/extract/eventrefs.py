"""References back to an event ("the conference", "a two-day workshop", "The OSCE Conference on Y" after
"a conference on Y"): which event each points at, whether it names one of its own, and when a body that only
refers back reports an event all the same. Kept apart from `events`, which builds the events these resolve to.
"""

from __future__ import annotations

import re

from kg.extract.eventnames import Mention
from kg.extract.eventsame import names_another
from kg.extract.eventsame import related as _related
from kg.model import Event

ANOTHER_TIME = re.compile(r"\b(?:will|next|upcoming|previous|last\s+year|earlier|follow-up|future|planned)\b")


def only_references(orphans: list[tuple[Mention, bool]], found, events: list[Event], resolved: list) -> None:
    """A body that only says "the conference" reports one event all the same when the headline names
    one of that kind ("Ministers Open Regional Water Conference") or the text says who held or funded it
    ("The seminar was organized by ..."); a passing "at the conference" alone is not enough."""
    first = orphans[0][0]
    head = next(
        (
            h
            for h, _si, _c in found
            if h.headline and h.mode in ("named", "described") and _related(h.kind, first.kind)
        ),
        None,
    )
    if head is None and not any(cue for _m, cue in orphans):
        return
    orphans = [m for m, _cue in orphans]
    name = head.name if head else re.sub(r"^(?:The|the|This|this|Its|its|Their|their)\s+", "", first.name)
    events.append(Event(name=name, named=bool(head and head.mode == "named"), kind=first.kind))
    for m in [*orphans, *([head] if head else [])]:
        if _related(m.kind, first.kind):
            resolved.append((m, 0))


GENERIC_KINDS = ("meeting", "event", "gathering")


def introduced(
    m: Mention, si: int, events: list[Event], intro_sentence: dict[int, int], flat: str, sent_start: int
) -> int | None:
    """ "... gathered for a two-day conference on X. The OSCE High-Level Conference on Y, held ...":
    a definite name right after an unnamed event of the same kind is that event's name."""
    # 'The two-day "Lakeside Conference on Y"': a duration and a quote mark may come before the name.
    if m.title or not re.fullmatch(r"\W*The\s+(?:[\w-]+-(?:day|week)\s+)?[\"“]?", flat[sent_start : m.start]):
        return None
    stop = flat.find(". ", m.end)
    if ANOTHER_TIME.search(flat, m.end, stop if stop >= 0 else len(flat)):
        return None  # "The Regional Workshop on Y will take place next year": another event
    same_kind = [i for i, ev in enumerate(events) if ev.kind == m.kind]
    if not same_kind:
        # "... at the close of a two-day meeting in X. The Regional Workshop on Y, held in X ...": "meeting",
        # "event" and "gathering" are what a lead calls any gathering before the next sentence names it.
        same_kind = [i for i, ev in enumerate(events) if not ev.named and ev.kind in GENERIC_KINDS]
    if len(same_kind) != 1:
        return None
    i = same_kind[0]
    if events[i].named or i not in intro_sentence or not 0 < si - intro_sentence[i] <= 2:
        return None
    return i


def has_modifier(m: Mention) -> bool:
    words = re.sub(r"^(?:The|the|This|this|Its|its|Their|their)\s+", "", m.name).split()
    return len(words) >= 2 and m.kind not in ("event", "gathering")


def resolve_reference(m: Mention, resolved, events: list[Event]) -> int | None:
    """The event a reference back points at: the latest of the same kind, else of a related kind;
    an indefinite "a workshop" only joins an event of a related kind, else it is an event of its own;
    "the annual meeting of the X Council" names an event of its own."""
    before = [(x, t) for x, t in resolved if x.start < m.start and not x.headline]
    after = [(x, t) for x, t in resolved if x.start > m.start and not x.headline]
    if names_another(m, events) or (
        m.kind in ("mission", "visit") and not any(ev.kind == m.kind for ev in events)
    ):
        return None
    wildcard = m.kind in ("event", "gathering")
    for test in (lambda k: k == m.kind or wildcard, lambda k: _related(k, m.kind)):
        for _x, t in reversed(before):
            if test(events[t].kind):
                return t
    if m.mode == "bare":
        return next((t for _x, t in after if _related(events[t].kind, m.kind)), None)
    if re.search(r"\sof\s", m.name) or has_modifier(m):
        return None  # "the closing ceremony" after a conference: an event of its own
    if before:
        return 0
    return after[0][1] if after and not has_modifier(m) else None
