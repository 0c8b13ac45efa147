"""The top of a hard-wrapped release: where the masthead, headline and dateline lines end.

Plain-text releases (briefing notes, old wire copy) are wrapped at ~70 characters with no blank lines,
so the masthead ("Press Briefing Notes", a date), the headline ("Country - Title") and the dateline
paragraph arrive as one block. These tests tell the lines that end a unit there from wrapped ones.
"""

from __future__ import annotations

import re

# What ends a unit (a sentence, a quote, a lead-in) rather than a wrapped line.
TERMINAL = (".", "!", "?", '"', "”", ":", ";", "’", "'")


def unwrapped(line: str, nxt: str, width: int) -> bool:
    """The line broke with room to spare: the next line's first word would have fitted within the width."""
    word = nxt.split(None, 1)[0] if nxt.strip() else ""
    return len(line) + 1 + len(word) < 0.8 * width


def dated_dateline(line: str) -> bool:
    """The line opens with a dateline that gives a date or an agency ("Cairo, 14 April 2005 --")."""
    from kg.segment import DATELINE

    m = DATELINE.match(line)
    if not m or not (m.group("date") or m.group("agency")):
        return False
    if m.group("date") or m.group(0).rstrip().endswith(("-", "–", "—")):
        return True
    # "Name (ACR) runs on" in wrapped body text is no dateline: an agency with no date and no dash needs
    # the wire style's capitalised city ("GENEVA (IOM) The ...").
    return m.group("city").isupper()


def place_headline(m: re.Match, n_lines: int, rest: str) -> bool:
    """ "Country - Safer Boats for Lake Fishers" on a line of its own over the dateline: a title-case
    line after a bare place and dash (`m`, a dateline match), with no date or agency and no sentence end,
    is a headline."""
    from kg.segment import _title_case

    return (
        n_lines == 1
        and not m.group("date")
        and not m.group("agency")
        and not rest.endswith(TERMINAL)
        and not rest.rstrip().endswith(",")  # "Country - Officials from A, B, C," runs on into the body
        and len(rest.split()) >= 2
        and _title_case(rest)
    )


def wrapped_place_headline(m: re.Match, para: list, text: str, headless: bool = True) -> bool:
    """A fax-era release runs "Country - Title Case Headline" straight into its hard-wrapped body: the
    first line is a place-dash headline (as `place_headline` reads one) and the second line opens a
    sentence with a capital, so the first line is the headline and not the body's opening.

    Under a headline already found, "DAKAR - The Regional Conference on X and Y" is the body's first
    sentence wrapped inside an event's name: a place-dash headline does not open with an article."""
    if len(para) < 2 or m.end() > para[0].end:
        return False
    first = text[m.end() : para[0].end].strip()
    if not headless and first.startswith(("The ", "A ", "An ")):
        return False
    second = para[1].text.lstrip()
    return place_headline(m, 1, first) and second[:1].isupper() and len(first) <= 100
