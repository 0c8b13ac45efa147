"""A title on the list line above belongs to the name on that line.

Speaker lists put one person a line: "Jane Doe, Assistant Minister of X\nProf. John Roe, University of Y".
Read as prose, the text before "John Roe" ends with the title of the line above, which is Jane Doe's.
When the line above opens with a name and a comma (or, cut at the previous mention, with the comma) and
the current line holds nothing but honorifics before the name, the title is only what stands on its own
line.
"""

from __future__ import annotations

import re

# "Jane Doe, " / "Mr. Jane Doe, ": a list line that opens with a person's name and a comma.
NAME_LINE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Hon)\.?\s+)*[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-.]*){1,3},\s+\S"
)
ONLY_HONORIFICS = re.compile(r"^\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|H\.E|HE|Hon|Sir|Dame)\.?\s*)*$")


def own_line_before(before: str) -> str:
    """`before` cut to the name's own line when the line above is another listed person's "Name, Title"."""
    head, _, line = before.rpartition("\n")
    if not head or not ONLY_HONORIFICS.match(line):
        return before
    above = head.rpartition("\n")[2].strip()
    # The text before a name starts right after the previous mention: ", Title" is that name's line.
    if not (above.startswith(",") or NAME_LINE.match(above)) or above.endswith((",", ";", "and")):
        return before  # "..., Director of X, and\nDr Jane Doe": prose wrapped inside the title
    return line
