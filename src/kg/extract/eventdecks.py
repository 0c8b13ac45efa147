"""A release's deck: the one-line subtitle between the headline and the body.

Web releases often put a short unpunctuated line under the headline ("Consultation in Port Elara calls for
relocation guidelines") before the dateline paragraph. Segmentation reads it as a paragraph, but it
is a second headline: its Title-Case or capitalised first word ("Consultation", "Workshop") is no
event name, and the events it mentions only confirm those of the body.
"""

from __future__ import annotations

from kg.model import Document

_CLOSING = (".", ":", ";", ",", "!", "?")


def deck_lines(doc: Document) -> list[tuple[int, int]]:
    """The span of the paragraph right after the headline when it is one short line with no closing
    punctuation and the body follows it (empty otherwise)."""
    segs = doc.segments
    k = next((i for i, sg in enumerate(segs) if sg.kind == "headline"), None)
    if k is None or k + 2 >= len(segs):
        return []
    deck, body = segs[k + 1], segs[k + 2]
    if deck.kind != "paragraph" or body.kind not in ("paragraph", "dateline"):
        return []
    line = doc.text[deck.start : deck.end].strip()
    if "\n" in line or len(line) >= 160 or len(line.split()) < 4 or line.endswith(_CLOSING):
        return []
    return [(deck.start, deck.end)]
