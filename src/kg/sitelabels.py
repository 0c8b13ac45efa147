"""Site-section labels taken for the headline: a short label under the site menu ("Asia and the
Pacific") followed by another menu entry ("Media Centre") is part of the page header, not the
headline. A real headline is not followed by a menu entry; the release's headline is the first
headline-like line after the menu entries and short labels that follow the label.

Kept apart from `segment.py` (at its size limit); it works on the segments `segment` produced.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.model import Segment
from kg.navwords import NAV_ITEMS

# Menu entries that do follow real headlines on news pages: sharing and printing tools.
_TOOLS = frozenset({"share", "print", "email", "share this"})
_TERMINAL = (".", ":", ";", ",", "!", "?")


def _menu_entry(line: str) -> bool:
    item = line.lstrip("-–• ").strip().casefold()
    return item in NAV_ITEMS and item not in _TOOLS


def _short_label(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 3 and "\n" not in line.strip() and not line.rstrip().endswith(_TERMINAL)


def label_over_menu(text: str, segments: list[Segment], headline_like: Callable[[int, int], bool]) -> None:
    """Move the headline off a short section label that a menu entry follows, onto the first
    one-line headline-like paragraph after that entry and any short labels ("Press Releases")."""
    k = next((i for i, sg in enumerate(segments) if sg.kind == "headline"), None)
    if k is None or k + 2 >= len(segments):
        return
    head = text[segments[k].start : segments[k].end]
    if "\n" in head.strip() or len(head.split()) > 6 or head.rstrip().endswith(_TERMINAL):
        return
    nxt = segments[k + 1]
    if nxt.kind != "navigation" or not _menu_entry(text[nxt.start : nxt.end]):
        return  # the cheap guard: most headlines are followed by a paragraph or a dateline
    j = k + 2
    while j < len(segments) and j < k + 6:
        sg = segments[j]
        line = text[sg.start : sg.end]
        if sg.kind == "navigation" or (sg.kind == "paragraph" and _short_label(line)):
            j += 1
            continue
        break
    else:
        return
    cand = segments[j]
    line = text[cand.start : cand.end]
    if cand.kind != "paragraph" or "\n" in line.strip() or len(line.split()) < 4:
        return
    if not headline_like(cand.start, cand.end):
        return
    for i in range(k, j):
        segments[i] = Segment("navigation", segments[i].start, segments[i].end)
    segments[j] = Segment("headline", cand.start, cand.end)
