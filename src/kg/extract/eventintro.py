"""A quoted title at the head of the sentence after an unnamed event names that event.

Releases often open on a described event and name it only in the next sentence: "Ministers today ended a
high-level meeting in Port Elara ... The Regional Conference "Water for All" took place on 2-4 May." The
title's kind words ("Conference") need not repeat the lead's ("meeting"), so the kinds only have to be
related; a title of a later event ("... will take place next year") is left alone.
"""

from __future__ import annotations

import re

from kg.extract.eventnames import Mention
from kg.extract.eventsame import related
from kg.model import Event

# 'The Regional High-Level Conference "', 'The two-day seminar “', 'The panel, "': a few kind words, then the
# quote mark.
# 'The one-day event, entitled "': a naming verb may stand between the kind words and the quote mark.
TITLE_LEAD = re.compile(
    r"\W*The\s+(?:[\w-]+\s+){0,4}[\w-]+,?\s+(?:(?:entitled|titled|called|named)\s*:?\s*)?[\"“]"
)
ANOTHER_TIME = re.compile(r"\b(?:will|next|upcoming|previous|last\s+year|earlier|follow-up|future|planned)\b")


def titled_intro(
    m: Mention, si: int, events: list[Event], intro_sentence: dict[int, int], flat: str, sent_start: int
) -> int | None:
    """The unnamed event (introduced one or two sentences before) that the quoted title `m` names."""
    if not m.title or not TITLE_LEAD.fullmatch(flat[sent_start : m.start]):
        return None
    stop = flat.find(". ", m.end)
    if ANOTHER_TIME.search(flat, m.end, stop if stop >= 0 else len(flat)):
        return None
    kin = [
        i
        for i, ev in enumerate(events)
        if not ev.named and related(ev.kind, m.kind) and ev.kind not in ("event", "gathering")
    ]
    if len(kin) != 1:
        return None
    i = kin[0]
    if i not in intro_sentence or not 0 < si - intro_sentence[i] <= 2:
        return None
    return i


# "ended a three-day meeting in Lakeport, the Regional Seminar on River Quotas": right before a name set off
# by a comma, "meeting" (like "event") only says that people met, whatever the name's kind word.
GENERIC_KINDS = frozenset({"meeting", "gathering"})
# 'A side event on the evening of 3 May, the Lake Fishers Round Table, ...': a short complement, a comma,
# "the".
APPOSITION_GAP = re.compile(r"(?:\s+(?:on|in|at|of|during)\s+[^,;.\"“”()]{1,60})?,\s+the\s+")


def appositive_name(
    m: Mention, si: int, events: list[Event], resolved: list, intro_sentence: dict[int, int], flat: str
) -> int | None:
    """The unnamed event a named mention stands in apposition to ("A side event ..., the X Round Table,")."""
    if m.start < 7 or not flat.startswith("the ", m.start - 4):
        return None
    before = [(x, t) for x, t in resolved if x.end <= m.start]
    if not before:
        return None
    x, t = max(before, key=lambda r: r[0].end)
    ev = events[t]
    if ev.named or intro_sentence.get(t) != si:
        return None
    if not related(ev.kind, m.kind) and ev.kind not in GENERIC_KINDS:
        return None
    gap = APPOSITION_GAP.match(flat, x.end)
    return t if gap and gap.end() == m.start else None
