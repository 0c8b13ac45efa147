"""An "event" the text goes on to call "the launch" is the launch.

"A new study was launched today at an event hosted by the Lakeport Water Agency. ... The launch is part of a
wider project": "event" only says that something took place, and the release itself names the occasion
when it comes back to it as "the launch". When an unnamed event's own name is the bare word "event" and one
of its later mentions is "launch", the event is renamed "launch", its earlier name kept as an alias. A
modifier already sets the occasion apart ("a high-level event", "an online event": annotators keep that
name), and descriptive names ("event on river quotas", "event in Lakeport") identify it: both are left alone.
"""

from __future__ import annotations

from kg.extract.eventlaunchsettings import rename_event
from kg.extract.registry import component
from kg.model import Document, Extraction


def _bare_event(name: str) -> bool:
    """ "event": the name says only that something took place."""
    return name.lower() == "event"


@component("event_launch_words")
def name_events_called_launch(doc: Document, ex: Extraction) -> None:
    if "launch" not in doc.text:
        return
    taken = {e.name for e in ex.events}
    for ev in ex.events:
        if ev.named or not _bare_event(ev.name) or "launch" in taken:
            continue
        if any(doc.text[s.start : s.end].lower() == "launch" for s in ev.spans):
            rename_event(ex, ev, "launch")
            taken.add("launch")
