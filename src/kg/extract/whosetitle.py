"""A speaker introduced by a relative clause of her employer: "... the NGO Lakeport Water Watch, whose
director, Jane Doe, described ...".

The title stands in "whose <title>," right before the name, and its owner is the body the clause hangs on,
so the appositive readers (which look after the name, or at "of/at <Body>" before it) find the title but
no organisation. The body is the longest run of words right before ", whose" that the release knows as an
organisation. Only for speakers whose organisation is unknown and whose role is the clause's title.
"""

from __future__ import annotations

import re

from kg.extract.persons import mentions
from kg.model import Document, Extraction

# ", whose <one to four title words>, " closing the text right before the name.
WHOSE_TITLE = re.compile(r",\s+whose\s+(?P<title>(?:[\w-]+\s+){0,3}[\w-]+),\s+$")


def whose_titles(doc: Document, ex: Extraction) -> None:
    """Give a speaker titled by "<Body>, whose <title>, Name" with no organisation that body."""
    text = doc.text
    if ", whose " not in text:
        return
    by_person = {a.person: a for a in ex.affiliations if not a.organisation}
    for m in mentions(doc):
        a = by_person.get(m.name)
        if a is None:
            continue
        w = WHOSE_TITLE.search(text, max(0, m.start - 60), m.start)
        if w is None or (a.role and a.role != w.group("title")):
            continue
        words = text[max(0, w.start() - 90) : w.start()].split()
        for k in range(max(0, len(words) - 8), len(words)):
            body = ex.organisation(" ".join(words[k:]).removeprefix("the "))
            if body is not None:
                a.role, a.organisation = w.group("title"), body.name
                break
