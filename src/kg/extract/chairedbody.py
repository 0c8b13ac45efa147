"""A person who chairs a standing body, not an event, is not thereby a speaker.

"Chaired by X" makes X a speaker when an event or one of its sessions is chaired ("The meeting was
chaired by Jane Doe"): chairing a session is speaking at it. But releases also tell who chairs the
committee, working group, jury or board behind the work the event reports ("He thanked the working group
that drafted the plan, chaired by the Permanent Secretary, Ms. Jane Doe."): that is a fact about the
body, and the chair says nothing in the release. The body's kind noun right before "(co-)chaired by" (a
comma, "which/that is" or "was" between) tells the two apart.
"""

from __future__ import annotations

import re

# The kind of a standing body; "group" covers "working group", "technical working group", "task group".
BODY_KINDS = (
    r"group|committee|sub-?committee|board|council|jury|panel of judges|task\s?force|commission|network"
)
CHAIRED_BODY = re.compile(
    rf"\b(?:{BODY_KINDS})(?:\s+[a-z][\w-]*){{0,10}}?,?\s+(?:(?:which|that)\s+(?:is|was)\s+|is\s+|was\s+)?"
    r"(?:co-)?chaired\s+by\b[^.;]{0,90}$",
    re.IGNORECASE,
)

EVENT_OF = ("meeting of", "session of", "sessions of", "meetings of")


def chairs_a_body(lead: str, verb_at: int) -> bool:
    """The speech cue found at `verb_at` in the text before the name is "chaired by" after a body's kind
    ("the working group that drafted the plan, chaired by ...")."""
    if verb_at < 0 or "chaired" not in lead[verb_at:]:
        return False
    m = CHAIRED_BODY.search(lead, max(0, verb_at - 120))
    # "The first meeting of the steering committee was chaired by X": X chairs the meeting.
    return m is not None and not any(w in lead[max(0, m.start() - 40) : m.start()] for w in EVENT_OF)
