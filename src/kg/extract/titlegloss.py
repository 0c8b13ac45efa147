"""A title before a name whose organisation is glossed in apposition: "The President of GRETA, the Council
of Europe's Group of Experts on X, Jane Doe, presented ..." -> the title is the phrase before the gloss.

The title phrase before a name is cut at its last comma, which leaves only the gloss ("the Council of
Europe's Group of Experts on X"), no title; the phrase before that gloss is the title, and the gloss
names a body of the release.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.titlesplit import has_title

CLAUSE_CUT = re.compile(r"[,;:(]|[.!?]\s")
POSSESSIVE = re.compile(r"(?:'s|’s)\s+")


def title_before_gloss(before: str, names_body: Callable[[str], bool]) -> tuple[str, str] | None:
    """(title, body) for a title phrase standing before an appositive gloss of its organisation, when the
    last comma part of `before` is such a gloss ("the <body name>", the body a known organisation, after
    its owner's possessive if need be) and the clause before it holds "<title> of <acronym>"; else None."""
    head, _, gloss = before.rstrip(" ,").rpartition(",")
    gloss = gloss.strip()
    if not head or not gloss.startswith("the ") or not gloss[4:5].isupper():
        return None
    title = CLAUSE_CUT.split(head)[-1].strip()
    if " of " not in title or len(title.split()) > 10 or not has_title(title):
        return None
    body = gloss[4:]
    owned = POSSESSIVE.split(body, maxsplit=1)
    if names_body(body):
        return title, body
    return (title, owned[1]) if len(owned) == 2 and names_body(owned[1]) else None
