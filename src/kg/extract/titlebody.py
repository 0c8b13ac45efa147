"""A title left whole because its body was new: "Chair of the Standing Committee of the Lakeland Council".

When no rule found the speaker's organisation and the role reads "<Title> of [the] <Body>", where the body
opens with a body word ("Committee", "Directorate", "Authority" ...) among its first words or is a name
the release already holds, the body is the organisation and the title the role. Lowercase words other than
joining words mean the phrase is a description ("president of the camp committee"), not a body's name.
"""

from __future__ import annotations

import re

from kg.extract.ministerportfolio import minister_portfolio
from kg.extract.organisations import ensure_organisation
from kg.extract.titleat import BODY_WORDS
from kg.extract.titlephrase import has_title
from kg.extract.titlesplit import resolves
from kg.model import Extraction

TITLE_OF_BODY = re.compile(
    r"^(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;()]{2,100})$"
)
GLUE = frozenset("of for the and on in to de del la des du".split())


def _body_name(body: str) -> bool:
    words = body.split()
    if len(words) < 2 or any(w[:1].islower() and w not in GLUE for w in words):
        return False  # "Commissioner of Police": one word is the portfolio, not a body's name
    return any(w in BODY_WORDS for w in words[:3])


def titles_of_new_bodies(ex: Extraction) -> None:
    """Split "<Title> of <Body>" roles of speakers with no organisation into role and body."""
    for a in ex.affiliations:
        if a.organisation is not None or not a.role:
            continue
        m = TITLE_OF_BODY.match(a.role)
        if m is None or not has_title(m.group("title")) or BODY_WORDS & set(m.group("title").split()):
            continue
        body = m.group("body").strip()
        if minister_portfolio(m.group("title"), body, "the" in a.role[m.end("title") : m.start("body")]):
            continue  # "Vice-Minister of Land Administration": the office's field
        if not (_body_name(body) or resolves(ex, body)):
            continue
        owner = body.rsplit(" of ", 1)[1].removeprefix("the ") if " of " in body else ""
        if (owner and resolves(ex, owner)) or "Board" in body.split()[:3]:
            continue  # "Chair of the Executive Board of Harbour University": a board is its owner's unit
        a.role = m.group("title")
        a.organisation = ensure_organisation(ex, body, a.span).name
