"""A name in a person's affiliation slot is a body, not an event: "Mr. Jon Dahl of the Lakes Forum in Asia",
"Dr. Ana Ruiz, of the Water Dialogue". Event head words (Forum, Dialogue, Conference) also name standing
bodies; right after "<honorific> <Name> of the" the text ties a person to it as a member, which an event
never is."""

from __future__ import annotations

import re

from kg.model import Extraction

PERSON_OF = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+(?:[A-Z][\w'’-]+\s+){1,3},?\s*(?:of|from)\s+the\s+$"
)


# "Advocate Ana Ruiz of the X Forum", "Jon Dahl of the X Forum": a known person's name without an honorific.
NAME_OF = re.compile(r"((?:[A-Z][\w'’-]+\s+){2,3}),?\s*(?:of|from)\s+the\s+$")


def member_of_body(flat: str, start: int, ex: Extraction | None = None) -> bool:
    """Whether the name starting at `start` follows "<honorific> <Name> of the", or a person the release
    names followed by "of the"."""
    if PERSON_OF.search(flat, max(0, start - 80), start) is not None:
        return True
    if ex is None or not ex.people or not flat.endswith("the ", 0, start):
        return False
    m = NAME_OF.search(flat, max(0, start - 80), start)
    if m is None:
        return False
    words = m.group(1).split()
    return any(ex.person(" ".join(words[k:])) is not None for k in range(len(words) - 1))


# "the X Civil Society Forum (XCSF) held a roundtable on ...": a name that holds, organises or hosts an event
# of its own (an object follows the verb) is a standing body; "the Forum held in Lakeport" is an event.
HOLDS_NEXT = re.compile(
    r"\s*(?:\([A-Z][A-Za-z&]{1,10}\)\s*)?,?\s+(?:also\s+|today\s+|jointly\s+)?"
    r"(?:held|organi[sz]ed|hosted|convened|co-organi[sz]ed|co-hosted)\s+(?:a|an|its|their)\s"
)
# "Employers were represented by the X Forum": what represents a group is a body.
REPRESENTED_BEFORE = re.compile(r"\brepresented\s+by\s+the\s+$")
# "observers from A and the X Dialogue", "representatives of the X Forum": what sends observers or
# representatives is a body (a list's last member included).
SENDS_BEFORE = re.compile(
    r"\b(?:observers?|representatives?|officials|staff)\s+(?:from|of)\s+(?:[^.;]{0,80}?\band\s+)?the\s+$"
)
# "Resource persons from A and the X Forum also took part": what takes part in a meeting is a body.
TOOK_PART_NEXT = re.compile(
    r"\s*(?:\([A-Z][A-Za-z&]{1,10}\)\s*)?\s+(?:also\s+)?(?:took\s+part|participated)\b"
)


def acting_body(flat: str, start: int, end: int) -> bool:
    """Whether the name at flat[start:end] acts as a body: it holds an event of its own or represents a
    group."""
    return (
        HOLDS_NEXT.match(flat, end) is not None
        or REPRESENTED_BEFORE.search(flat, max(0, start - 40), start) is not None
        or SENDS_BEFORE.search(flat, max(0, start - 130), start) is not None
        or TOOK_PART_NEXT.match(flat, end) is not None
    )
