"""An event's own acronym used as its name later on: "The 4th Lakeport Forum on Water (LFW) opened
today ... The 4th LFW was organised by X ... The 5th LFW will be held in Y."

Event names are found by their head word ("Forum", "Conference"), which an acronym hides, so a sentence
that names the event only by its acronym found no event and lost its organisers and sponsors. The
acronym a named event defines in brackets right after its name is another name of that event: with no
ordinal or the event's own ordinal it refers to the event, with another ordinal it names another sitting
(an event of its own, named by that form). Only an acronym of the name's initials that takes the head
word's ("LPWF" for "Lakeport Pumps and Wells Forum") is the event's. String tests only: the acronym is
searched, not compiled.
"""

from __future__ import annotations

import re

from kg.extract.eventnames import Mention
from kg.extract.eventsame import _acronym_of, _ordinal
from kg.extract.eventtokens import _is_ordinal
from kg.model import Event, Extraction

DEFINED = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9]{1,9})\)")


def _acronym_after(flat: str, end: int, name: str, kind: str) -> str | None:
    """The acronym in brackets right after the name, when it abbreviates the name with its head word: in
    "Ministerial Meeting of the Lakeside Dialogue (LD)" or "Review of the Lakeport Compact (LC)" the
    acronym is the body's or the document's in the name's tail, not the event's."""
    d = DEFINED.match(flat, end)
    if d is None:
        return None
    acr = d.group("acr")
    if sum(c.isupper() for c in acr) < 2 or not _acronym_of(acr, name):
        return None
    head = next((w for w in name.split() if w.lower().startswith(kind[:4])), None)
    return acr if head is None or head[0].upper() in acr else None


def acronym_mentions(
    flat: str, ex: Extraction, events: list[Event], resolved: list[tuple[Mention, int]]
) -> None:
    """Resolve each later use of a named event's bracketed acronym (see the module docstring)."""
    defined: dict[str, tuple[int, int]] = {}  # acronym -> (event index, end of its definition)
    for m, idx in resolved:
        if m.mode != "named" or m.headline or not events[idx].named:
            continue
        acr = _acronym_after(flat, m.end, m.name, m.kind)
        if acr is None or acr in defined or ex.organisation(acr) is not None:
            continue
        defined[acr] = (idx, flat.find(")", m.end) + 1)
    taken = {(m.start, m.end) for m, _ in resolved}
    for acr, (idx, after) in defined.items():
        own = _ordinal(events[idx].name)
        at = flat.find(acr, after)
        while at >= 0:
            end = at + len(acr)
            at_next = flat.find(acr, end)
            prev = flat[at - 1] if at else " "
            nxt = flat[end : end + 2]
            if prev.isalnum() or prev == "(" or (nxt[:1].isalnum()) or re.match(r"\s[A-Z]", nxt):
                at = at_next
                continue  # inside a word, bracketed again, or the first word of a longer name
            words = flat[max(0, at - 20) : at].split()
            ordinal = words[-1] if words and _is_ordinal(words[-1]) else None
            start = at - len(ordinal) - 1 if ordinal else at
            name = f"{ordinal} {acr}" if ordinal else acr
            target = idx
            other = own is not None and ordinal is not None and ordinal.lower() != own
            if other and own[0].isdigit() == ordinal[0].isdigit():  # "Ninth" and "9th" are one sitting
                target = next((i for i, ev in enumerate(events) if ev.name == name), -1)
                if target < 0:
                    events.append(Event(name=name, named=True, kind=events[idx].kind))
                    target = len(events) - 1
            elif name not in events[idx].aliases:
                events[idx].aliases.append(name)
            if (start, end) not in taken:
                resolved.append((Mention(start, end, events[idx].kind, name, "named"), target))
            at = at_next
