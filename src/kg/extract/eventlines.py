"""Sentences for finding events and their sponsors, rejoined across hard-wrapped lines.

Why this exists: scraped pages whose text block also holds one very long line (a menu blurb such as
"ABOUT IOMFounded in 1951, ...") are segmented one paragraph per line, so a sentence wrapped over
several lines reaches the event finder as fragments: "... are financed by the Government" and "of the
Netherlands and the Government of Norway.". An event's name ("a five-day / regional training on ...")
and its sponsor list are read from one sentence, so two fragments are joined when a single line break
parts them, both lie in paragraphs, and the first plainly runs on: the next line starts in lowercase, or
the first ends with a lowercase word, a comma or a possessive ("the Department of State's / Bureau of").
A line that ends a sentence, or a subheading ("About KOICA") before a capitalised line, stays apart.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.model import Document, Span

RUNS_ON_END = re.compile(r"(?:\b[a-z][\w-]*|,|[\w](?:’s|'s))$")
TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")


def joined_lines(doc: Document, sents: list[Span]) -> list[Span]:
    """`sents` with each fragment that runs on over a line break joined to the next one."""
    text = doc.text
    if "\n" not in text:
        return sents
    paras = doc.of_kind("paragraph")
    pstarts = [p.start for p in paras]

    def in_para(start: int, end: int) -> bool:
        k = bisect_right(pstarts, start) - 1
        return k >= 0 and end <= paras[k].end

    out: list[Span] = []
    for s in sents:
        if out:
            prev = out[-1]
            gap = text[prev.end : s.start]
            head = text[prev.start : prev.end].rstrip()
            if (
                gap.count("\n") == 1
                and not gap.strip()
                and in_para(prev.end - 1, prev.end)
                and in_para(s.start, s.end)
                and not TERMINAL.search(head)
                and (text[s.start : s.start + 1].islower() or RUNS_ON_END.search(head))
            ):
                out[-1] = Span(prev.start, s.end)
                continue
        out.append(s)
    return out
