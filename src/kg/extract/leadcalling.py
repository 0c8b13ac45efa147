"""A capitalised calling that opens the sentence before an honorific: "Course instructor Dr. Jane Doe, a
document examiner with X, explained ...". The phrase before the honorific is the role the release gives
the person at the event; the appositive after the name still says whom the person works for.
"""

from __future__ import annotations

import re

from kg.extract.affilcues import CALLINGS
from kg.extract.persons import HONORIFIC

LEAD_CALLING = re.compile(
    rf"(?:^|[.!?][\"”’]?\s+|\n\s*)(?!(?:A|An|The|Our|His|Her|Their|Its|This|That)\s)"
    rf"([A-Z][a-z\-]+\s+(?:[a-z][a-z\-]+\s+)?(?:{CALLINGS}))\s+(?:{HONORIFIC}\s+)+$"
)


def calling_title_before(before: str) -> str | None:
    """The "Course instructor" of "Course instructor Dr. ", when it opens the sentence; else None."""
    if not before.endswith(" "):
        return None
    m = LEAD_CALLING.search(before)
    return m.group(1) if m else None
