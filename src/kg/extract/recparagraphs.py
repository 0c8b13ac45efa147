"""Recommendation lists written as plain paragraphs, one call a paragraph, with no bullet marks:

    Participants recommended that governments:
    Ratify the convention and bring national laws into line with it.
    Include domestic workers in minimum wage systems.

The intro ends with "that <addressee>:" or "<addressee> to:", so each paragraph after it completes the
call with a verb in the base form ("Ratify", "Include"). The run ends at the first paragraph that does
not open that way ("Participants also recommended ...", a quotation), and two such paragraphs at least
make a list.
"""

from __future__ import annotations

import re

from kg.model import Document, Span

INTRO_END = re.compile(r"(?:\bthat\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+|\bto)\s*:\s*$")
# A capitalised first word, then a lowercase word or a name: "Ratify Convention No. 189", "Give labour ...".
OPENING = re.compile(r"([A-Z][a-z]+)\s+(?:[a-z]|[A-Z])")
NOT_VERBS = frozenset(
    "The This That These Those There Their Its It They We He She Our Your A An In On At For By With As "
    "From During After Before Since When While If Participants Delegates Experts Speakers Ministers "
    "Governments Countries States Members Officials Ms Mr Mrs Dr".split()
)
MAX_ITEM = 300


def _imperative(par: str) -> bool:
    """A short paragraph that opens with a verb in the base form and holds no quotation."""
    if len(par) > MAX_ITEM or '"' in par or "“" in par:
        return False
    m = OPENING.match(par)
    if m is None:
        return False
    word = m.group(1)
    # A verb's base form rarely ends in a plain "s" ("Participants", "Ministers"); "Address", "Focus" do.
    return word not in NOT_VERBS and (not word.endswith("s") or word.endswith(("ss", "us")))


def paragraph_items(doc: Document, is_intro) -> list[tuple[str, Span, list[Span]]]:
    """(intro text, intro span, item spans) for each run of plain-paragraph calls after a list intro."""
    text = doc.text
    segs = doc.segments
    out: list[tuple[str, Span, list[Span]]] = []
    for i, seg in enumerate(segs):
        if seg.kind != "paragraph" or text[seg.end - 1 : seg.end] != ":":
            continue  # the cheap test: most paragraphs do not end with a colon
        intro = " ".join(text[seg.start : seg.end].split())
        if not INTRO_END.search(intro) or not is_intro(intro):
            continue
        items: list[Span] = []
        for nxt in segs[i + 1 :]:
            if nxt.kind != "paragraph" or not _imperative(text[nxt.start : nxt.end].strip()):
                break
            items.append(Span(nxt.start, nxt.end))
        if len(items) >= 2:
            out.append((intro, Span(seg.start, seg.end), items))
    return out
