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
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:of|for|on|and|the|&)?\s*[A-Z][\w’'&.-]*)*)\s*(?:\([A-Z][\w&.-]{1,11}\))?,\s+$"
)


def describes_body(ex: Extraction, flat: str, sent_start: int, pos: int, mention_ends: list[int]) -> bool:
    """Whether the role clause at `pos` describes a body named just before it, not an event."""
    lead = flat[max(sent_start, pos - 40) : pos]
    rel = RELATIVE_BEFORE.search(lead)
    if rel is not None:
        comma = pos - len(lead) + rel.start()
        return not any(0 <= comma - e <= 2 for e in mention_ends)
    if mention_ends and any(e <= pos for e in mention_ends):
        return False
    before = flat[max(sent_start, pos - 160) : pos]
    m = NAME_COMMA.search(before)
    if m is None:
        return False
    name = m.group("name").strip()
    return ex.organisation(name.removeprefix("The ").removeprefix("the ")) is not None
