"""Lettered lists marked with a full stop ("a. ratify ...", "b. establish ..."; "A. Adopt ...").

A letter and a full stop at the start of a line is also how an initial begins a name ("A. Diallo
said ..."), so such a line is a list item only inside a run: the letters follow each other from
"a" (or "A"), one item after the other, with at most a few wrapped lines between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

LETTER_MARK = re.compile(r"[ \t]*([A-Za-z])\.[ \t]+(?=\S)")
MAX_GAP = 3  # wrapped continuation lines allowed between two items


class _LineLike(Protocol):
    text: str
    item: bool


def _letter(text: str) -> str | None:
    """The item letter of a line that opens with one ("c. grant ..."), else None (cheap test first)."""
    if len(text) < 4 or text[1] != "." or not text[0].isalpha():
        return None
    return text[0] if LETTER_MARK.match(text) else None


def mark_lettered(lines: Sequence[_LineLike | None]) -> None:
    """Set `item` on the lines that open the items of a lettered run (two or more items)."""
    run: list[int] = []
    want, gap = "", 0
    for i, ln in enumerate(lines):
        letter = _letter(ln.text) if ln is not None else None
        if letter is not None and run and letter == want and gap <= MAX_GAP:
            run.append(i)
        elif letter in ("a", "A"):
            _close(lines, run)
            run = [i]
        else:
            if ln is not None and run:
                gap += 1
            if gap > MAX_GAP:
                _close(lines, run)
                run = []
            continue
        want, gap = chr(ord(letter) + 1), 0
    _close(lines, run)


def _close(lines: Sequence[_LineLike | None], run: list[int]) -> None:
    if len(run) >= 2:
        for i in run:
            line = lines[i]
            if line is not None:
                line.item = True
