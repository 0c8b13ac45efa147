"""Hard line breaks inside a run of capitalised words.

A paragraph may join a speaker list and the prose under it ("President, Lakeland Ferry Guild" on one
line, "Doe said the guild ..." on the next): the capitalised run then spans the break and glues the end of
the list line to the surname that opens the prose. Wrapped prose breaks near the wrap width; a line much
shorter than the one after it, after another short line, was ended by hand (a list's last line), so no
name runs across that break.
"""

from __future__ import annotations

# A line this short, followed by one at least this much longer, was ended by hand.
SHORT_LINE = 45
LONGER_BY = 20


def _line_len_before(text: str, pos: int) -> int:
    """Length of the line that ends at the newline `pos`."""
    return pos - (text.rfind("\n", 0, pos) + 1)


def _line_len_after(text: str, pos: int) -> int:
    """Length of the line that starts after the newline `pos`."""
    end = text.find("\n", pos + 1)
    return (len(text) if end < 0 else end) - pos - 1


def cut_at_hard_break(text: str, toks: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The tokens after the last hand-made line break between two of them (all of them when there is none)."""
    for k in range(len(toks) - 1, 0, -1):
        prev_end = toks[k - 1][1] + len(toks[k - 1][0])
        nl = text.find("\n", prev_end, toks[k][1])
        if nl < 0:
            continue
        before = _line_len_before(text, nl)
        if before < SHORT_LINE and _line_len_after(text, nl) >= before + LONGER_BY:
            # The short line closes a block of short lines (a list), not a paragraph wrapped once early.
            prev_nl = text.rfind("\n", 0, nl)
            if prev_nl > 0 and _line_len_before(text, prev_nl) < SHORT_LINE:
                return toks[k:]
    return toks
