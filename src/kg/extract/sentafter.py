"""A speaker whose title and organisation follow in the next sentence, opened by a pronoun: "Also
addressing the session was Jane Doe. She is the Director of the Lakeport Women's Centre, an NGO which ...",
"Jane Doe spoke for the NGOs. She is the co-ordinator of the Dawn Centre in Lakeport, which ...".

The readers of the phrase around a name (`affiliation`) stop at the sentence's end; this pass fills in
only speakers that have no role and no organisation.
"""

from __future__ import annotations

import re

from kg.extract.nextsentence import officeless_speakers, sentence_after
from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orglistitem import ORG_WORDS
from kg.extract.persons import mentions
from kg.extract.titlesplit import has_title, resolves
from kg.model import Affiliation, Document, Extraction, Span

# ". She is the Director of the X Centre," right after the sentence that names the speaker.
PRONOUN_IS = re.compile(
    r"\.\s+(?:She|He)\s+is\s+(?:the|an?)\s+(?P<title>[\w\-]+(?:\s+[A-Z][\w\-]*){0,3})\s+(?:of|at|with)\s+"
    r"(?:the\s+)?(?P<org>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?[A-Z][\w'’\-]*){0,8})"
    r"(?=\s*[,.;(]|\s+(?:in|which|that|who|since)\b)"
)


def titles_from_sentence_after(doc: Document, ex: Extraction) -> None:
    """Fill in the role and organisation of speakers from "She is the <Title> of <Org>" in the next
    sentence, when no other name stands between."""
    text = doc.text
    if "She is" not in text and "He is" not in text:
        return
    ms = mentions(doc)
    for k, m, _ in officeless_speakers(ex, ms, bare_only=True):
        after = sentence_after(text, ms, k)
        if after is None:
            continue
        dot, stop = after
        said = PRONOUN_IS.match(text, dot)
        if said is None or said.end() > stop:
            continue
        title, org = " ".join(said.group("title").split()), said.group("org")
        if not has_title(title) or not (resolves(ex, org) or ORG_WORDS.search(org) or proper_name_org(org)):
            continue
        org_name = ensure_organisation(ex, org, Span(said.start("org"), said.end("org"))).name
        ex.affiliations.append(Affiliation(m.name, title, org_name, Span(m.start, said.end())))
