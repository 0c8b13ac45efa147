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
