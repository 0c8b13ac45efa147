"""Headlines that segmentation left inside paragraphs: Title Case lines that open a block, a short
block before the dateline, a one-line paragraph right after a dateline line of its own.

Events use these ranges so that a headline only confirms or lengthens an event of the body (see
`events._collect`); finding them is a layout question about the document, not about events, so it is
a module of its own.
"""

from __future__ import annotations

import re

from kg.model import Document

WORD = re.compile(r"[\w’'-]+")


def headline_lines(doc: Document) -> list[tuple[int, int]]:
    """Title Case lines that open a block right after a menu or at its start: headlines that
    segmentation left inside a paragraph (a wrapped body line follows a long line, not a short one)."""
    text = doc.text
    out: list[tuple[int, int]] = []
    # A short unpunctuated block before the dateline is the headline ("Data Workshop").
    dl = next((s.start for s in doc.segments if s.kind == "dateline"), None)
    for seg in doc.of_kind("paragraph"):
        if dl is not None and seg.end <= dl:
            block = text[seg.start : seg.end].strip()
            if len(block) < 160 and not block.endswith((".", ":", ";")):
                out.append((seg.start, seg.end))
    for seg in doc.of_kind("paragraph"):
        # A paragraph that opens after a dateline on the same line ("CITY, date -- The Regional Consultation
        # on X / and Y closed ..."): its first line is the rest of a wrapped line, no headline.
        prev_len = 0 if seg.start == 0 or text[seg.start - 1] == "\n" else 99
        pos = seg.start
        for line in text[seg.start : seg.end].split("\n"):
            stripped = line.strip()
            # The cheap tests first: the last line of a paragraph (all of a one-line one) never counts.
            if (
                prev_len < 48
                and pos + len(line) < seg.end
                and len(stripped) < 160
                and not stripped.endswith((".", ",", ";", ":"))
            ):
                words = [w for w in WORD.findall(stripped) if w.lower() not in SMALL_WORDS]
                caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
                if len(words) >= 3 and caps == len(words) and stripped.split()[-1].lower() not in SMALL_WORDS:
                    out.append((pos, pos + len(line)))
            prev_len = len(stripped)
            pos += len(line) + 1
    out += _headline_after_dateline(doc)
    return out


def _headline_after_dateline(doc: Document) -> list[tuple[int, int]]:
    """ "Released: 12 October 1999" / "Lakeport and Elara Hold Regional Water Seminar" / body: a one-line
    Title Case paragraph right after a dateline line of its own, with the body below it, is the headline."""
    segs = doc.segments
    k = next((i for i, s in enumerate(segs) if s.kind == "dateline"), None)
    if k is None or k + 2 >= len(segs) or segs[k + 1].kind != "paragraph" or segs[k + 2].kind != "paragraph":
        return []
    seg = segs[k + 1]
    line = doc.text[seg.start : seg.end].strip()
    if "\n" in line or len(line) >= 160 or line.endswith((".", ",", ";", ":", '"', "”")):
        return []
    words = [w for w in WORD.findall(line) if w.lower() not in SMALL_WORDS]
    caps = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    if len(words) >= 3 and caps == len(words) and line.split()[-1].lower() not in SMALL_WORDS:
        return [(seg.start, seg.end)]
    return []


SMALL_WORDS = {
    "a",
    "an",
    "the",
    "of",
    "on",
    "in",
    "for",
    "and",
    "to",
    "at",
    "with",
    "by",
    "from",
    "or",
    "as",
    "vs",
}
