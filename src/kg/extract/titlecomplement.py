"""A title before a speaker's name that ends in a lowercase complement: "The Governor of the Northern
region, Mr. X", "the agency's Director for the Centre and North region, Dr. X", "The Assistant Director of
the Port Police in charge of border checks, X".

`title_tail` reads a title backwards from the name over capitalised and title words, so a lowercase last
word ("region", "police") leaves it empty. Here the complement is read forwards from a title word instead,
only when the phrase is an appositive (a comma before the name), so a clause is never taken for a title.
"""

from __future__ import annotations

import re

from kg.extract.personwords import STOP
from kg.extract.titlephrase import has_title, title_tail

# Title words, then "of/for/on [the] [Capitalised words] lowercase words" up to the comma before the name.
COMPLEMENT = re.compile(
    r"^(?P<head>.+?)\s+(?P<comp>(?:of|for|on)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+(?:(?:and|of)\s+)?){0,5}"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,5})$"
)
# "..., Police Administration in charge of border checks": a duty after a named body is no part of the role.
DUTY = re.compile(r"(?<=[A-Z][\w\-]) +(?:in charge of|responsible for)\s+[a-z][\w\s\-]*$")
NO_COMPLEMENT = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their"})


def complement_title(chunk: str) -> str | None:
    """The title phrase with its lowercase complement that ends `chunk`, or None."""
    m = COMPLEMENT.match(chunk.strip())
    if not m:
        return None
    head = title_tail(m.group("head"))
    words = head.split()
    while words and (words[0] in STOP or words[0].lower() in NO_COMPLEMENT):
        words = words[1:]  # "As chair", "In his role as Director": a lead-in, not the title
    head = " ".join(words)
    if not head or not has_title(head) or len(head.split()) > 6:
        return None
    comp = m.group("comp")
    if has_title(comp):
        return None  # "Director of the Ministry's legal department" is read by the caller as it is
    return DUTY.sub("", f"{head} {comp}")
