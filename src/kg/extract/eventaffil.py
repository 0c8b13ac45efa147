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


# "the X Civil Society Forum (XCSF) held a roundtable on ...": a name that holds, organises or hosts an event
# of its own (an object follows the verb) is a standing body; "the Forum held in Lakeport" is an event.
HOLDS_NEXT = re.compile(
    r"\s*(?:\([A-Z][A-Za-z&]{1,10}\)\s*)?,?\s+(?:also\s+|today\s+|jointly\s+)?"
    r"(?:held|organi[sz]ed|hosted|convened|co-organi[sz]ed|co-hosted)\s+(?:a|an|its|their)\s"
)
# "Employers were represented by the X Forum": what represents a group is a body.
REPRESENTED_BEFORE = re.compile(r"\brepresented\s+by\s+the\s+$")


def acting_body(flat: str, start: int, end: int) -> bool:
    """Whether the name at flat[start:end] acts as a body: it holds an event of its own or represents a
    group."""
    return (
        HOLDS_NEXT.match(flat, end) is not None
        or REPRESENTED_BEFORE.search(flat, max(0, start - 40), start) is not None
    )
