"""Run-in lists of calls: "Participants agreed on three steps: regular meetings; a liaison officer; and
joint visits to schools."

The list intro and its items share one sentence, so neither the bullet readers (which need one item per
line) nor the prose reader (which takes the sentence as one call) sees the items. Each item of a list
whose intro announces calls ("agreed on", "recommended", "called for") is a recommendation of its own,
as a bulleted one would be.
"""

from __future__ import annotations

import re

from kg.extract.recpatterns import INTRO

ITEM_LEAD = re.compile(r"(?:and|or)\s+", re.I)


def run_in_items(sentence: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The intro (up to its colon) and the item spans of a run-in list of two or more ';'-separated items,
    or None when the sentence holds no such list after a call intro."""
    colon = sentence.find(":")
    if colon < 0 or sentence.find(";", colon) < 0 or '"' in sentence or "“" in sentence:
        return None
    intro = sentence[: colon + 1]
    if not INTRO.search(intro):
        return None
    items: list[tuple[int, int]] = []
    pos = colon + 1
    for part in sentence[colon + 1 :].split(";"):
        a = pos + len(part) - len(part.lstrip())
        lead = ITEM_LEAD.match(sentence, a)
        a = lead.end() if lead else a
        b = pos + len(part.rstrip().rstrip("."))
        if len(sentence[a:b].split()) >= 2:
            items.append((a, b))
        pos += len(part) + 1
    return (intro, items) if len(items) >= 2 else None
