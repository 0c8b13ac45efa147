"""Organisers and sponsors named by anaphora: "co-hosted by the two organizations", "funded by both agencies".

The phrase points back to the last pair of organisations the release coordinated before it ("a report by
the Lake Fund (LF) and the River Secretariat ... co-hosted by the two organizations"): those two are meant.
"""

from __future__ import annotations

import re

from kg.model import Extraction

THE_TWO = re.compile(
    r"\s*(?:the\s+two|both)\s+(?:organi[sz]ations|agencies|institutions|partners|bodies|entities)\b", re.I
)
PAIR_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,10}\)\s*)?,?\s+and\s+(?:the\s+)?")


def the_two(ex: Extraction, text: str, rest: str, before: int) -> list[str]:
    """The two organisations "the two organizations" at the start of `rest` refers to: the last pair named
    "A and B" that ends before offset `before` of the release `text`; [] when `rest` does not start so."""
    if not rest[:1].isspace() and rest[:4].lower() not in ("the ", "both"):
        return []
    if THE_TWO.match(rest) is None:
        return []
    spans = sorted((s.start, s.end, o.name) for o in ex.organisations for s in o.spans if s.end <= before)
    best: tuple[int, str, str] | None = None
    for i, (_s1, e1, n1) in enumerate(spans):
        for s2, e2, n2 in spans[i + 1 : i + 6]:
            if n2 != n1 and s2 >= e1 and PAIR_GAP.fullmatch(text, e1, s2) and (best is None or e2 > best[0]):
                best = (e2, n1, n2)
    return [best[1], best[2]] if best else []
