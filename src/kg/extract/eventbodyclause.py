"""An organiser clause that describes a body, not the event.

- "convened by A together with the Regional Network, which is co-chaired by A and B": the relative clause
  tells who chairs the network; B does not organise the meeting.
- "The Technical Support Unit (TSU), hosted by B in Lakeport, co-organised the meeting": the participle set
  off by commas after a body tells where the unit is housed; B does not host the meeting.
Both skip only when no event mention stands right before the clause ("the forum, which was hosted by
X" and "The forum, hosted by X, opened" keep their organiser). A funding clause after a project ("part
of the X Partnership, which is funded by Y") is the "Funding through a project" case and stays.
"""

from __future__ import annotations

import re

from kg.model import Extraction

# ", which is co-chaired by": a relative clause opening just before the role clause.
RELATIVE_BEFORE = re.compile(
    r",\s+(?:which|that|who)\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?$"
)
# "(TSU), " or "Unit, ": a body's name (or acronym in brackets) and the comma that opens the participle.
NAME_COMMA = re.compile(
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|&)\s+)?(?:the\s+)?[A-Z][\w’'&.-]*)*)\s*"
    r"(?:\([A-Z][\w&.-]{1,11}\))?,\s+$"
)


def describes_body(ex: Extraction, flat: str, sent_start: int, pos: int, mention_ends: list[int]) -> bool:
    """Whether the role clause at `pos` describes a body named just before it, not an event."""
    lead = flat[max(sent_start, pos - 40) : pos]
    rel = RELATIVE_BEFORE.search(lead)
    if rel is not None:
        comma = pos - len(lead) + rel.start()
        if any(0 <= comma - e <= 2 for e in mention_ends):
            return False
        return _body_before(ex, flat[max(sent_start, comma - 160) : comma + 2])
    if mention_ends and any(e <= pos for e in mention_ends):
        return False
    return _body_before(ex, flat[max(sent_start, pos - 160) : pos])


def _body_before(ex: Extraction, before: str) -> bool:
    """Whether `before` ends with a known organisation's name (or acronym in brackets) and a comma."""
    m = NAME_COMMA.search(before + " " if before.endswith(",") else before)
    if m is None:
        return False
    name = m.group("name").strip().removeprefix("The ")
    if ex.organisation(name) is not None:
        return True
    # "the Regional Network on Water for Lakeland and the Islands": a known body the name opens with
    return any(name.startswith(f + " ") for o in ex.organisations for f in o.forms if len(f) > 12)


# "convened by the Lakeside Process secretariat, which is provided jointly by A and B": the secretariat is
# the bodies that provide it, and they convene the meeting (the process itself is its members' forum).
SECRETARIAT_BY = re.compile(
    r"^(?:the\s+|its\s+)?(?:[A-Z][\w’'&.-]*\s+){0,6}[Ss]ecretariat,?\s+(?:which\s+is\s+|that\s+is\s+)?"
    r"(?:provided|run|hosted|managed|held)\s+(?:jointly\s+)?by\s+"
)


def secretariat_providers(rest: str) -> int | None:
    """Where the providers' list starts in `rest` (the text after an organiser clause's "by") when it
    names a secretariat and who provides it, else None."""
    if "ecretariat" not in rest[:80]:
        return None
    m = SECRETARIAT_BY.match(rest)
    return m.end() if m else None
