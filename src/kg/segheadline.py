"""Second looks at the headline: a masthead or a site-section label taken for it gives way.

`segment` takes the first headline-like block for the headline; on real pages that is often the
publisher's masthead ("NEWS RELEASE", "For immediate release"), a letterhead in capitals or a
section label ("Faculty of Law"). These passes run over the finished segments and hand the
headline to the block that follows such labels. `headline_like` is segment's own test for a
headline-shaped block, passed in so both decide alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.model import Segment
from kg.segtop import TERMINAL

HeadlineTest = Callable[[str], bool]

# What a masthead says about the document itself: "NEWS RELEASE", "For immediate release",
# "Embargoed until ...", "News Release No. 96/112".
RELEASE_LABEL = re.compile(
    r"\b(?:(?:press|news|media)\s+(?:release|advisory|statement|note|briefing\s+notes?)|"
    r"for\s+immediate\s+release|"
    r"embargoed(?:\s+until)?|no\.\s*\S+)",
    re.I,
)


def release_label(line: str) -> bool:
    """A line that only labels the document (a few words besides the label, one line)."""
    if "\n" in line.strip() or not RELEASE_LABEL.search(line):
        return False
    return len(RELEASE_LABEL.sub(" ", line).replace(":", " ").split()) <= 3


def masthead_headline(text: str, segments: list[Segment], headline_like: HeadlineTest) -> None:
    """A masthead taken for the headline ("World Food Programme" over "NEWS RELEASE", or "FOR IMMEDIATE
    RELEASE  News Release No. 96/112") gives way to the headline-like block after its labels: releases
    are written masthead first, then the headline (with its subtitle), then the dateline."""
    k = next((i for i, sg in enumerate(segments) if sg.kind == "headline"), None)
    if k is None:
        return
    labels = []
    j = k + 1
    while (
        j < len(segments)
        and segments[j].kind == "paragraph"
        and release_label(text[segments[j].start : segments[j].end])
    ):
        labels.append(j)
        j += 1
    head = text[segments[k].start : segments[k].end]
    if not (release_label(head) or (labels and len(head.split()) <= 5)):
        return
    # "Press Briefing Notes" / "24 October 2006" / headline: the masthead's date line stays a dateline.
    while j < len(segments) and segments[j].kind == "dateline" and j <= k + 2:
        j += 1
    if j >= len(segments) or segments[j].kind != "paragraph":
        return
    cand = segments[j]
    block = text[cand.start : cand.end]
    if not headline_like(block):
        return
    # "Search this site", "Posted: 08/04/14": a page's furniture after the masthead is no headline.
    words = block.split()
    if (len(words) < 4 and any(w.islower() for w in words)) or re.match(r"[A-Z]\w+:\s+\d", block):
        return
    for i in [k, *labels]:
        segments[i] = Segment("navigation", segments[i].start, segments[i].end)
    segments[j] = Segment("headline", cand.start, cand.end)


def section_label_headline(text: str, segments: list[Segment], headline_like: HeadlineTest) -> None:
    """ "Faculty of Law" over "Symposium maps legal gaps ...": a short site-section label taken for the
    headline gives way to the headline-like line right after it."""
    k = next((i for i, sg in enumerate(segments) if sg.kind == "headline"), None)
    if k is None:
        return
    head = text[segments[k].start : segments[k].end]
    if head.isupper() and len(head.split()) <= 6:
        # A letterhead ("DEPARTMENT OF MIGRANT WORKERS", "PRESS RELEASE", a date) over the real headline.
        for j in range(k + 1, min(k + 5, len(segments))):
            sg = segments[j]
            line = text[sg.start : sg.end]
            if sg.kind != "paragraph" or len(line.split()) > 30 or line.rstrip().endswith("."):
                break
            if "\n" not in line and len(line.split()) >= 5 and not line.isupper():
                segments[k] = Segment("navigation", segments[k].start, segments[k].end)
                segments[j] = Segment("headline", sg.start, sg.end)
                k = j
                break
    if k + 1 < len(segments) and len(text[segments[k].start : segments[k].end].split()) <= 3:
        nxt = segments[k + 1]
        line = text[nxt.start : nxt.end]
        if nxt.kind == "paragraph" and "\n" not in line and len(line.split()) >= 4 and headline_like(line):
            segments[k] = Segment("navigation", segments[k].start, segments[k].end)
            segments[k + 1] = Segment("headline", nxt.start, nxt.end)
            k += 1
    # Short labels between the site menu and the headline ("Business Desk") belong to the page header.
    for i in range(k):
        sg, words = segments[i], text[segments[i].start : segments[i].end].split()
        menu_before = any(x.kind == "navigation" for x in segments[:i])
        if sg.kind == "paragraph" and menu_before and len(words) <= 3 and not words[-1].endswith(TERMINAL):
            segments[i] = Segment("navigation", sg.start, sg.end)
