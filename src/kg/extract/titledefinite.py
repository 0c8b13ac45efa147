"""A speaker's office given by a definite re-mention that opens the next sentence: "Also addressing the
meeting was Jane Doe. The Head of Programmes at the Lakeport Water Authority stressed ...".

Releases that name a person in a sentence of its own ("Also speaking was X.") often tell her office in the
next one, referring back to her by "The <Title> at/of/with <Body>" as the subject of the speech verb. The
readers of the phrase around a name stop at the sentence's end, so the speaker had no role. The capitalised
title (holding a title word) is the role and the body, when the release knows it, the organisation. Only
for speakers with no role and no organisation, when no other name stands between the two mentions or
right after the title ("The Ambassador of X, Jane Roe, ..." names its own holder). The body may also come
first: "The LWA Director General told ...", "LWA's Regional Director for X said ...", "The LWA Elaria Chief
of Mission said ..." (a country after the body names its office there, no part of the title). It runs
once, in the speaker_acronyms component after the quotes, which make speakers of persons whose only
speech is a pronoun's quote (an earlier run in the people pass found nothing this one does not). The
lowercase callings ("The researcher said") are read by `descriptionafter`.
"""

from __future__ import annotations

import re

from kg.extract.nextsentence import give_office, officeless_speakers, sentence_after
from kg.extract.persons import mentions
from kg.extract.personwords import TITLE_WORDS
from kg.extract.places import countries
from kg.model import Affiliation, Document, Extraction, Span

# ". The <Title words> at|of|with [the] <Body> <speech verb>|," right after the sentence naming the speaker;
# also ". The <Body> <Title>" and ". <Body>'s <Title>" (the body named before the title).
TITLED = re.compile(
    r"\.[\"”’]?\s+(?:The\s+|(?=[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,5}['’]s\s))(?P<phrase>[A-Z][^.,;:\"“”()]{3,140}?)"
    r"(?=\s*,|\s+(?:said|added|noted|explained|told|stressed|warned|argued|urged|underlined|emphasi[sz]ed|"
    r"highlighted|recalled|pointed|presented|described|called|welcomed)\b)"
)
SPLITS = (" at the ", " of the ", " with the ", " at ", " of ", " with ", " in the ")
CONNECTORS = frozenset({"of", "for", "and", "on", "in", "the", "&"})


def _title(words: list[str]) -> bool:
    """Capitalised words and portfolio connectors, at least one of them a title word."""
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in CONNECTORS for w in words)
        and any(w in TITLE_WORDS for w in words)
    )


def titled_after(text: str, ex: Extraction, start: int, stop: int) -> tuple[str, str] | None:
    """(title, organisation) of ". The <Title> at <known Body>" at text[start:], ending before `stop`."""
    said = TITLED.match(text, start)
    if said is None or said.end() > stop:
        return None
    if stop - said.end() < 12 and text.startswith(",", said.end()):
        return None  # "The Ambassador of X, Dr. Jane Roe, said": the title is another name's appositive
    phrase = said.group("phrase")
    for sep in SPLITS:
        cut = phrase.find(sep)
        if cut < 0:
            continue
        title, body = phrase[:cut].split(), ex.organisation(phrase[cut + len(sep) :].strip())
        if body is not None and _title(title):
            return " ".join(title), body.name
    return _body_first(phrase.split(), ex)


def _body_first(words: list[str], ex: Extraction) -> tuple[str, str] | None:
    """(title, organisation) of "<Body> [<Place>] <Title>" or "<Body>'s <Title>": the longest known body
    opening the phrase; a country right after it names the body's office there, not part of the title."""
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        possessive = head.endswith(("'s", "’s"))
        body = ex.organisation(head[:-2] if possessive else head)
        if body is None:
            continue
        title = words[cut:]
        if not possessive and len(title) > 1 and title[0] in countries() and title[1] in TITLE_WORDS:
            title = title[1:]
        return (" ".join(title), body.name) if _title(title) else None
    return None


def titled_speakers(doc: Document, ex: Extraction) -> None:
    """Give a speaker with no affiliation the office of "The <Title> at <Body>" opening the next sentence."""
    text = doc.text
    ms = mentions(doc)
    for k, m, old in officeless_speakers(ex, ms):
        after = sentence_after(text, ms, k)
        found = titled_after(text, ex, *after) if after else None
        if found is not None:
            give_office(ex, old, Affiliation(m.name, found[0], found[1], Span(m.start, m.end)))
