"""A coordinated predicate's event: "The dialogue was held on the margins of the Summit, which X hosts,
and was co-organised with A and B, with funding from C".

A predicate that follows ", and was" has no subject of its own: it shares the sentence's subject. When
an earlier clause of the sentence named another event after that subject (the meeting it was held
alongside, in a prepositional phrase or a relative clause), the nearest mention before the role phrase is
that other event, yet A, B and C organise and fund the subject. The subject is the sentence's first
mention when it opens the sentence ("The dialogue", "The forum"), and the role phrases after the
coordinated predicate keep it until the sentence names a new event.
"""

from __future__ import annotations

import re

# ", and was co-organised with": the role phrase opens a predicate coordinated with the main one.
COORD_PREDICATE = re.compile(
    r",\s+and\s+(?:was|is|were|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|jointly)\s+)?$"
)
# Up to the subject mention: "The", "This year's", nothing else.
_SUBJECT_LEAD = 16


def shared_subject(flat: str, sent_start: int, pos: int, in_sent: list) -> str | None:
    """The event of the sentence's subject when the role phrase at `pos` follows ", and was" and an
    earlier clause named another event after the subject; None when that reading does not apply."""
    if not COORD_PREDICATE.search(flat, max(sent_start, pos - 40), pos):
        return None
    if len(in_sent) < 2 or in_sent[0][0].start - sent_start > _SUBJECT_LEAD:
        return None
    subject, name = in_sent[0]
    if subject.end >= pos or "," in flat[sent_start : subject.start]:
        return None
    between = [n for x, n in in_sent[1:] if subject.end <= x.start and x.end <= pos]
    if not between or all(n == name for n in between):
        return None  # no other event came between: the nearest mention is the subject already
    return name


def shared_target(
    flat: str, sent_start: int, pos: int, in_sent: list, carried: tuple[str, int] | None
) -> tuple[str, int] | None:
    """(event, position) a role phrase at `pos` goes with by coordination: the subject's event after
    ", and was", or the one an earlier phrase of the sentence took while no new mention came since."""
    name = shared_subject(flat, sent_start, pos, in_sent)
    if name is not None:
        return (name, pos)
    if carried is not None and not any(carried[1] <= x.start < pos for x, _n in in_sent):
        return carried
    return None
