"""Dash appositives after a name, read as comma appositives.

Fax-era and typed releases set a speaker's title off with spaced dashes instead of commas:
"Ms. Jane Roe - Director of the Lakeport Agency - said that ..." or, in a list of speakers,
"- Mr. John Doe - Representative, Lakeport Office;". The rest of the speaker rules read the comma form
(", Director of the Lakeport Agency, said"), so the text after the name is rewritten into it when the
dashed part reads as a title (a title word among its first words).
"""

from __future__ import annotations

import re

from kg.extract.titlephrase import has_title

WRAP_INDENT = re.compile(r"[ \t]*\n[ \t]+|[ \t]{2,}")

DASHES = ("-", "\u2013", "\u2014")
QUOTES = ('"', "\u201c", "\u201d")


def _open_dash(after: str) -> int:
    """The length of a leading spaced dash (" - "), 0 when `after` does not open with one."""
    s = after.lstrip(" \t")
    lead = len(after) - len(s)
    if lead == 0 or not s or s[0] not in DASHES or s[1:2] not in (" ", "\t"):
        return 0
    return lead + 2


def _close_dash(body: str) -> int:
    """Where a spaced dash closes the appositive in `body`, -1 when none does before a quote or full stop."""
    for k in range(1, len(body) - 1):
        c = body[k]
        if c in QUOTES or c in ".;:" and body[k + 1 : k + 2] in (" ", "\n", ""):
            return -1
        if c in DASHES and body[k - 1] == " " and body[k + 1] == " ":
            return k
    return -1


def dashed_appositive(after: str) -> str:
    """`after` with a title set off by spaced dashes turned into a comma appositive; unchanged otherwise."""
    if not after or after.lstrip(" \t")[:1] not in DASHES:
        return after
    n = _open_dash(after)
    if not n:
        return after
    # A wrapped line's indent ("Minister of State for\n  Health") is no part of the title.
    body = WRAP_INDENT.sub(" ", after[n:]).strip(" \t")
    words = body.split()[:4]
    if not words or not (words[0][:1].isupper() or words[0] == "the") or not has_title(" ".join(words)):
        return after
    close = _close_dash(body)
    if close < 0:
        return ", " + body
    return ", " + body[:close].rstrip() + "," + body[close + 1 :]
