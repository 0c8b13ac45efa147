"""Quotes that the segmenter cut from their attribution in a hard-wrapped release.

A release wrapped at a fixed width puts a line that opens with a quote mark on its own line, and the
segmenter may start a paragraph there, or after it:

    "A river that floods every year is a river we can plan for,"
    said Mr. Tomas Rua, Director of Water, as he opened the meeting.

The attribution ("said Mr. Tomas Rua") then sits in the next segment, though no blank line parts them. When
a quote closes its segment (nothing but an honorific after it) and only a single line break follows, the
words after the quote run on into the next line.
"""

from __future__ import annotations

import re

from kg.model import Segment, Span

# What may stand between the closing quote and the segment's end: nothing, or an honorific cut from its name.
SHORT_TAIL = re.compile(r"\s*(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E)\.?)?\s*")


def attribution_end(text: str, seg: Segment, qe: int) -> int:
    """Where the words after a quote ending at `qe` stop: the segment's end, or past it to the next blank
    line when the quote closes its segment and a single line break joins it to the next one."""
    end = seg.end
    if qe > end or not SHORT_TAIL.fullmatch(text, qe, end):
        return end
    gap = text[end : end + 3]
    if not gap.startswith("\n") or gap.startswith("\n\n") or gap[1:2].isspace():
        return end
    blank = text.find("\n\n", end + 1, end + 200)
    return blank if blank >= 0 else min(len(text), end + 200)


def runs_on(text: str, prev: Span, span: Span) -> bool:
    """The quote at `span` opens its paragraph and the paragraph before ends with the quote at `prev` and
    a short attribution ('"...," he said.'): a speaker's quote going on over a paragraph break."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip():
        return False
    end = text.find("\n", prev.end)
    return len(text[prev.end : end if end >= 0 else len(text)]) <= 60
