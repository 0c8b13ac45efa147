"""A ceremony or event that is the setting of a launch is the launch of what was launched.

"The Government today launched its National Water Plan 2030 at a ceremony in Lakeport": the release
reports one event, the launch; "ceremony" (or "event") only says what form it took, and identifies nothing
once the reader knows what was launched. When the text launches a thing with a proper name (two or more
capitalised words) in the active voice right before "at a ceremony" / "at an event", the unnamed event
found at that word is renamed "launch of the <name>", its earlier name kept as an alias. Modifiers before
the name ("its first", "a five-year") are dropped: they describe this edition, not the thing.
"""

from __future__ import annotations

import re

from kg.extract.registry import component
from kg.model import Document, Event, Extraction

_CAP = r"[A-Z0-9][\w’'–-]*"
_LINK = r"(?:of|on|for|to|against|and|in|the|de|du|des|la|le|del)"
LAUNCHED_AT = re.compile(
    r"\blaunch(?:ed|es)\s+(?:(?:its|the|their|a|an|his|her)\s+)?"
    r"(?:(?:[a-z]+-[a-z]+|first|new|second|third|revised|updated)\s+){0,2}"
    rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|{_LINK}))*?\s+{_CAP})"
    r"\s+(?:today\s+|yesterday\s+)?at\s+an?\s+(?:[a-z]+(?:-[a-z]+)?\s+)?(?P<head>ceremony|event)\b"
)


def rename_event(ex: Extraction, ev: Event, new: str) -> None:
    """Give `ev` the name `new`, its old name first among its aliases, and move the relations that
    name it (sponsors, organisers, speeches) along."""
    old, ev.name = ev.name, new
    ev.aliases = [old, *[a for a in ev.aliases if a != old]]
    for r in ex.event_roles:
        if r.event == old:
            r.event = new
    for sp in ex.speeches:
        if sp.event == old:
            sp.event = new


def _bare(name: str, head: str) -> bool:
    """ "ceremony", "ceremony in Lakeport": the event's name says only its form (and place)."""
    return name == head or name.startswith(head + " in ")


@component("event_launch_settings")
def name_launch_settings(doc: Document, ex: Extraction) -> None:
    if "launch" not in doc.text:
        return
    taken = {e.name for e in ex.events}
    for m in LAUNCHED_AT.finditer(doc.text):
        thing = " ".join(m.group("name").split())
        if "\n" in m.group(0) or sum(w[:1].isupper() for w in thing.split()) < 2:
            continue
        at = m.start("head")
        ev = next(
            (
                e
                for e in ex.events
                if not e.named
                and _bare(e.name, m.group("head"))
                and any(s.start <= at < s.end for s in e.spans)
            ),
            None,
        )
        new = f"launch of the {thing}"
        if ev is None or new in taken:
            continue
        rename_event(ex, ev, new)
        taken.add(new)
