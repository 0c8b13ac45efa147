"""Organisers and sponsors named by anaphora: "co-hosted by the two organizations", "funded by both agencies".

The phrase points back to the last pair of organisations the release coordinated before it ("a report by
the Lake Fund (LF) and the River Secretariat ... co-hosted by the two organizations"): those two are meant.
"the three bodies" / "all three agencies" points back the same way to the last list of three that a release
coordinated ("A (AA), B (BB) and C (CC) today launched the plan ... a joint event co-hosted by the three
bodies"): a count word is anaphora for a list of that length.
"""

from __future__ import annotations

import re

from kg.model import Extraction

THE_TWO = re.compile(
    r"\s*(?:the\s+(?P<n>two|three|four)|all\s+(?P<all>three|four)|both)\s+(?:organi[sz]ations|agencies|institutions|partners|bodies|entities|"
    r"(?P<gov>governments|countries))\b",
    re.I,
)
# "convened jointly by UNHCR and the two governments": the pair closes a list of named bodies.
AND_THE_TWO = re.compile(
    r"\s+and(?=\s+(?:the\s+two|both)\s+(?:organi[sz]ations|agencies|institutions|partners|bodies|entities|"
    r"governments|countries)\b)"
)
PAIR_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,10}\)\s*)?,?\s+and\s+(?:the\s+)?")
# "A (AA), B": the comma between the earlier items of a longer list.
COMMA_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,10}\)\s*)?,\s+(?:the\s+)?")
_COUNTS = {"two": 2, "three": 3, "four": 4}


def the_two(ex: Extraction, text: str, rest: str, before: int) -> list[str]:
    """The two organisations "the two organizations" at the start of `rest` refers to: the last pair named
    "A and B" that ends before offset `before` of the release `text`; [] when `rest` does not start so."""
    if not rest[:1].isspace() and rest[:4].lower() not in ("the ", "both"):
        return []
    two = THE_TWO.match(rest)
    if two is None:
        return []
    count = _COUNTS[(two.group("n") or two.group("all") or "two").lower()]
    # "the two governments" points back to two governments ("the governments of A and B")
    govs = two.group("gov") is not None
    spans = sorted(
        (s.start, s.end, o.name)
        for o in ex.organisations
        for s in o.spans
        if s.end <= before and (not govs or o.name.startswith("Government"))
    )
    if count > 2:
        return _last_list(text, spans, count)
    best: tuple[int, str, str] | None = None
    for i, (_s1, e1, n1) in enumerate(spans):
        for s2, e2, n2 in spans[i + 1 : i + 6]:
            if n2 != n1 and s2 >= e1 and PAIR_GAP.fullmatch(text, e1, s2) and (best is None or e2 > best[0]):
                best = (e2, n1, n2)
    return [best[1], best[2]] if best else []


def _last_list(text: str, spans: list[tuple[int, int, str]], count: int) -> list[str]:
    """The names of the last list "A, B and C" of exactly `count` distinct organisations among `spans`
    (sorted mentions before the anaphora); [] when the release coordinates none."""
    best: tuple[int, list[str]] | None = None
    for i, (_s, e, n) in enumerate(spans):
        names, end = [n], e
        for s2, e2, n2 in spans[i + 1 : i + 6]:
            if len(names) == count or s2 < end:
                continue
            last = len(names) == count - 1
            if n2 not in names and (PAIR_GAP if last else COMMA_GAP).fullmatch(text, end, s2):
                names.append(n2)
                end = e2
        if len(names) == count and (best is None or end > best[0]):
            best = (end, names)
    return best[1] if best else []


def and_the_two(ex: Extraction, text: str, rest: str, before: int) -> list[str]:
    """The pair "and the two governments" adds after a list's named items in `rest` ("by UNHCR and the two
    governments"); [] when the list has no such closing item."""
    m = AND_THE_TWO.search(rest, 0, 160)
    if m is None or "." in rest[: m.start()]:
        return []
    return the_two(ex, text, rest[m.end() :], before)
