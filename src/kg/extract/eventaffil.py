"""A name in a person's affiliation slot is a body, not an event: "Mr. Jon Dahl of the Lakes Forum in Asia",
"Dr. Ana Ruiz, of the Water Dialogue". Event head words (Forum, Dialogue, Conference) also name standing
bodies; right after "<honorific> <Name> of the" the text ties a person to it as a member, which an event
never is."""

from __future__ import annotations

import re

PERSON_OF = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+(?:[A-Z][\w'’-]+\s+){1,3},?\s*(?:of|from)\s+the\s+$"
)


def member_of_body(flat: str, start: int) -> bool:
    """Whether the name starting at `start` follows "<honorific> <Name> of the"."""
    return PERSON_OF.search(flat, max(0, start - 80), start) is not None
