"""A bare "ceremony" is named after the place the text holds it in: "at a ceremony in Lakeport".

"ceremony" alone identifies nothing; releases that report a handover or a launch "at a ceremony in X" are
annotated with the shortest description that identifies it, "ceremony in X". The place is only taken when
the text writes it right after the word, on the same line, and it is the event's location.
"""

from __future__ import annotations

import re

from kg.extract.eventlaunchsettings import rename_event
from kg.extract.registry import component
from kg.model import Document, Extraction

BARE_HEADS = frozenset({"ceremony"})
# " in Lakeport", " in Port Elara": one to three capitalised words on the same line.
IN_PLACE = re.compile(r"[ \t]+in[ \t]+([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})\b")


@component("event_ceremony_places")
def name_ceremonies_by_place(doc: Document, ex: Extraction) -> None:
    taken = {e.name for e in ex.events}
    for ev in ex.events:
        if ev.named or ev.name.lower() not in BARE_HEADS or not ev.location:
            continue
        place = next(
            (
                m.group(1)
                for s in ev.spans
                if (m := IN_PLACE.match(doc.text, s.end)) and m.group(1) == ev.location
            ),
            None,
        )
        new = f"{ev.name} in {place}" if place else None
        if new is None or new in taken:
            continue
        rename_event(ex, ev, new)
        taken.add(new)
