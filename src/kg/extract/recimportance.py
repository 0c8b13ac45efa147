"""'Stressed the importance of X' is a call when a meeting's participants say it, not when one named
person does.

"Participants highlighted the importance of an enabling environment" sums up what a meeting asks for,
and gold files keep it as a recommendation. "Ambassador X stressed the importance of regional
cooperation" is one speaker's emphasis, reported like "said": gold files keep none of these (four
probe releases by different authors). "The need for X" stays a call whoever states it.
"""

from __future__ import annotations

from kg.model import Extraction

_EMPHASIS = ("importance", "role")


def personal_emphasis(ex: Extraction, verb: str, subject: str) -> bool:
    """Whether a call matched by `verb` ("stressed the importance") is one named person's emphasis:
    a person the release knows is named (by family name) in the sentence before the verb."""
    low = verb.lower()
    if not any(w in low for w in _EMPHASIS):
        return False
    for p in ex.people:
        for form in p.forms:
            family = form.split()[-1] if form.split() else ""
            if len(family) >= 3 and family in subject:
                return True
    return False
