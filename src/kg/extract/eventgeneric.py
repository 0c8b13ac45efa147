"""Described events that were not held: a kind of event named only to compare it with another.

"The new curriculum replaces a half-day briefing with a three-day course" says what a course
is like, not that a briefing or a course took place; "instead of a conference" and "rather than
a workshop" likewise name an event that did not happen. Such indefinite descriptions introduce
no event. Guarded by a substring test on the sentence before any regex runs.
"""

from __future__ import annotations

import re

_CUES = ("replac", "instead of", "rather than")
# The text right before the mention: "replaces a ", "instead of a ", or "replaces a X with a ".
_BEFORE = re.compile(
    r"\b(?:(?:replac(?:es|ed|ing|e))\s+(?:an?\s+)?(?:[^,;.]{1,80}?\s+with\s+(?:an?\s+)?)?"
    r"|instead\s+of\s+(?:an?\s+)?|rather\s+than\s+(?:an?\s+)?)$",
    re.I,
)

# "on behalf of (in place of) the Minister, who was attending a Cabinet meeting": where the absent person
# was instead; only in a sentence that says someone stood in for them.
ELSEWHERE = re.compile(r"\bwho\s+(?:was|were)\s+attending\s+an?\s+(?:[\w-]+\s+){0,3}$")


def compared_kind(flat: str, sent_start: int, start: int) -> bool:
    """True when the described event at `start` is the object of 'replaces (X with)', 'instead of'
    or 'rather than' in its sentence, or the other engagement of someone absent ('who was attending a')."""
    before = flat[sent_start:start]
    low = before.lower()
    if "attending" in low and any(w in low for w in ("behalf", "in place of", "unable", "absen")):
        return ELSEWHERE.search(before[-80:]) is not None
    if not any(c in low for c in _CUES):
        return False
    return _BEFORE.search(before[-160:]) is not None
