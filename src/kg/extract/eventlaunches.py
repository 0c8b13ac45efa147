"""Launches told in the passive: "a study launched today in Lakeport by A and B". The body then speaks
of "the launch" (opened, spoken at) without introducing it; the passive's agents held the launch.
Guarded by a substring test ("launched") before the regex runs.
"""

from __future__ import annotations

import re

# "launched [today|yesterday|officially|formally|jointly] [in|at Place] by": the agents follow "by".
PASSIVE_LAUNCH = re.compile(
    r"\blaunched\s+(?:(?:today|yesterday|officially|formally|jointly)\s+)*"
    r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4}\s+)?by\s+(?=[A-Z]|the\s+[A-Z])"
)


def passive_launch(text: str) -> re.Match | None:
    """The passive 'launched ... by' in `text`, ending where its agents begin."""
    return PASSIVE_LAUNCH.search(text) if "launched" in text else None


# "... launched today by A at an online event": the unnamed event the passive's launch took place at.
AT_EVENT_BEFORE = re.compile(r"\b(?:at|during)\s+(?:an?|the)\s+$")


def launch_venue_events(text: str, offset: int, in_sent: list) -> list[str]:
    """The events mentioned right after 'at a/an/the' following a passive 'launched ... by A' in `text` (a
    sentence starting at `offset`; `in_sent` its (mention, event name) pairs)."""
    agents = passive_launch(text)
    if agents is None:
        return []
    out = []
    for m, name in in_sent:
        start = m.start - offset
        if start > agents.end() and AT_EVENT_BEFORE.search(text, max(agents.end(), start - 12), start):
            out.append(name)
    return out[:1]
