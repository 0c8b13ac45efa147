"""A judge's style spelled out before a speaker's name is the speaker's role when no other is given.

"Justice Jane Doe of the Lakeport High Court told ...": courts in the common-law tradition style their
senior judges "Justice" (also "Chief Justice", "Lord Justice") where other courts write "Judge"; readers
take it as the title the text gives her, as they do "Judge". It is read only right before the name, so
that "Minister of Justice" or "Department of Justice" (a field, not a style) never gives it: the word
before "Justice" must not be a connector. A speaker with a title of office ("The Chief Judge of X, Hon.
Justice Jane Doe") keeps that one.
"""

from __future__ import annotations

import re

from kg.extract.professors import spelled_titles
from kg.model import Extraction

# The style, with the ranks that qualify it, ending just before the name; never after "of", "for" or "and".
JUDGE_STYLE = re.compile(
    r"(?<![\w.])(?<!\bof )(?<!\bfor )(?<!\band )((?:(?:Chief|Lord|Lady|Associate)\s+)?Justice)"
    r"[ \t]+$"
)


def judge_styles(ex: Extraction, text: str) -> None:
    """Fill in "Justice Name" as the role of speakers left with none."""
    spelled_titles(ex, text, JUDGE_STYLE)
