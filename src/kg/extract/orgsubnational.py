"""A state's, region's or city's own government, named "<Place> State Government".

"The Agency thanked the Lakeport State Government", "Speaking for the Lakeland Regional Government":
sub-national governments are named with "Government" as the last word after a level word, a form the
head-word finder (whose heads name national bodies' kinds) does not read as a body. The name stays as
the text gives it.
"""

from __future__ import annotations

import re

from kg.model import Document, Extraction, Span

SUBNATIONAL = re.compile(
    r"\b(?:[A-Z][\w’'-]+\s+){1,2}(?:State|Provincial|Regional|County|City|Municipal|District|Metropolitan)\s+"
    r"Government\b"
)
_LEAD = frozenset({"The", "A", "An", "This", "Its", "Our", "Speaking", "For", "By", "With"})


def subnational_governments(doc: Document, ex: Extraction) -> None:
    from kg.extract.organisations import ensure_organisation

    text = doc.text
    if " Government" not in text:
        return
    for m in SUBNATIONAL.finditer(text):
        words = m.group().split()
        while words and words[0] in _LEAD:
            words = words[1:]
        if len(words) < 3:
            continue
        name = " ".join(words)
        start = m.end() - len(name)
        ensure_organisation(ex, name, Span(start, m.end()))
