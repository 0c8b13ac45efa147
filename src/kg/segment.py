"""Segmentation: find the headline, dateline, paragraphs, bullets and contact block of a release.

Offsets always point into the release text unchanged, so every later span is
evidence a reader can find again in the original.
"""

from __future__ import annotations

import re

from kg.model import Document, Release, Segment

BULLET = re.compile(r"^[ \t]*(?:[•·▪◦●○■□‣⁃–\-*]|\d{1,2}[.)])[ \t]+", re.M)
CONTACT = re.compile(r"^(?:for (?:further|more) information|media contacts?|press contacts?|contacts?:)", re.I)
BLOCK = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S.*)*", re.M)


def _blocks(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in BLOCK.finditer(text)]


def segment(release: Release) -> Document:
    text = release.text
    segments: list[Segment] = []
    in_contact = False
    intro: int | None = None
    for start, end in _blocks(text):
        block = text[start:end]
        if in_contact or CONTACT.match(block.lstrip()):
            in_contact = True
            segments.append(Segment("contact", start, end))
            continue
        if BULLET.match(block):
            items = list(BULLET.finditer(block))
            for i, m in enumerate(items):
                item_end = items[i + 1].start() if i + 1 < len(items) else len(block)
                s = start + m.end()
                e = start + len(block[:item_end].rstrip())
                segments.append(Segment("bullet", s, e, intro=intro))
            continue
        kind = "paragraph"
        if not any(sg.kind == "headline" for sg in segments) and _looks_like_headline(block):
            kind = "headline"
        segments.append(Segment(kind, start, end))
        if block.rstrip().endswith(":"):
            intro = len(segments) - 1
        else:
            intro = None
    return Document(release=release, segments=segments)


def _looks_like_headline(block: str) -> bool:
    words = block.split()
    return 3 <= len(words) <= 25 and not block.rstrip().endswith((".", ":")) and "\n" not in block.strip()
