"""An event named in capitals in a sentence where the event finder saw no mention of it.

Releases in some house styles set an event's full name in capitals ("met today for the ROUND TABLE ON
WATER LAWS, held at the initiative of X"); when the finder reads the event from a later, lower-case
mention only, the capitalised sentence has no mention, and its organiser clause had no event to attach to.
The event is then the one event of the kind the capitalised words name.
"""

from __future__ import annotations

from kg.model import Event


def shouted_event(text: str, events: list[Event]) -> tuple[str, int] | None:
    """The one event whose kind the sentence names in capitals ("the ROUND TABLE ON ...") and where in the
    sentence the capitals start, else None."""
    if not any(w.isupper() and len(w) > 3 for w in text.split()[1:]):
        return None  # cheap: most sentences hold no capitalised word after the first
    padded = f" {text} "
    found = [(e.name, padded.find(f" {e.kind.upper()} ")) for e in events if e.kind]
    found = [(name, at) for name, at in found if at >= 0]
    return found[0] if len(found) == 1 else None
