"""A speaker described in the next sentence by a definite re-mention: "... a presentation by Jane Doe. The
Lakeport-based researcher, who led the survey, said ...", "The study's author is Jane Doe. Presenting its
findings, the ACME researcher said ...".

The sentence that names the person gives no role; the next one refers back to her by "the <calling>",
which is how the release tells what she does. The calling (a lowercase occupation word) is the role; a
body the release knows, written before it ("the ACME researcher"), is the organisation. Only for
speakers with no role and no organisation, when no other name stands between the two mentions; place
words ("Lakeport-based") and adjectives before the calling are no part of the role.
"""

from __future__ import annotations

import re

from kg.extract.affilcues import CALLINGS
from kg.extract.nextsentence import give_office, officeless_speakers, sentence_after
from kg.extract.persons import Mention, mentions
from kg.model import Affiliation, Document, Extraction, Span

# ". [Opening clause,] the [modifiers] <calling>" followed by its clause or its speech verb.
DESCRIBED = re.compile(
    r"\.[\"”’]?\s+(?:[A-Z][^.,;:\"“”]{0,60},\s+)?(?:The|the)\s+"
    r"(?P<mods>(?:[\w’'.&-]+\s+){0,3}?)(?P<calling>" + CALLINGS + r")"
    r"(?=\s*,|\s+(?:said|added|noted|explained|told|stressed|warned|argued|pointed|presented|described)\b)"
)


def described_speakers(doc: Document, ex: Extraction) -> None:
    """Give a speaker with no affiliation the calling of "the <calling>" that opens the next sentence."""
    ms = mentions(doc)
    for k, m, old in officeless_speakers(ex, ms):
        found = described_after(doc.text, ex, ms, k)
        if found is not None:
            give_office(ex, old, Affiliation(m.name, found[0], found[1], Span(m.start, m.end)))


def described_after(text: str, ex: Extraction, ms: list[Mention], k: int) -> tuple[str, str | None] | None:
    """(calling, organisation or None) of "the [ACME] <calling>" opening the sentence after mention k's,
    when no other name stands between; else None."""
    after = sentence_after(text, ms, k)
    if after is None:
        return None
    dot, stop = after
    said = DESCRIBED.match(text, dot)
    if said is None or said.end() > stop:
        return None
    org = None
    for word in said.group("mods").split():
        body = ex.organisation(word.removesuffix("’s").removesuffix("'s"))
        if body is not None:
            org = body.name
    return said.group("calling"), org
