"""An ordinal description set off by a comma after an event is that event, not another one: "a round table
on X, the first meeting of its kind in the country", "a Regional Workshop on Y, the first regional meeting to
address Z". Releases praise an event this way; the description names no second event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.eventnames import Mention

ORDINAL_FIRST = re.compile(r"(?:the\s+|a\s+)?(?:first|second|third|fourth|fifth|last|latest|only)\b", re.I)
APPOSITION_GAP = re.compile(r"\s*,\s+(?:the\s+|a\s+)?")


def ordinal_apposition(m: Mention, resolved: list[tuple[Mention, int]], flat: str) -> int | None:
    """The index of the event whose mention `m` stands in apposition to (right after it, past a comma),
    when `m` opens with an ordinal; else None."""
    if not ORDINAL_FIRST.match(m.name):
        return None
    for prev, target in reversed(resolved):
        if prev.end <= m.start:
            gap = APPOSITION_GAP.fullmatch(flat, prev.end, m.start)
            return target if gap is not None else None
    return None
