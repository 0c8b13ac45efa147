"""A speaker's office given by a definite re-mention that opens the next sentence: "Also addressing the
meeting was Jane Doe. The Head of Programmes at the Lakeport Water Authority stressed ...".

Releases that name a person in a sentence of its own ("Also speaking was X.") often tell her office in the
next one, referring back to her by "The <Title> at/of/with <Body>" as the subject of the speech verb. The
readers of the phrase around a name stop at the sentence's end, so the speaker had no role. The capitalised
title (holding a title word) is the role and the body, when the release knows it, the organisation. Only
for speakers with no role and no organisation, when no other name stands between the two mentions or
right after the title ("The Ambassador of X, Jane Roe, ..." names its own holder); the
lowercase callings ("The researcher said") are read by `descriptionafter`.
"""

from __future__ import annotations

import re

from kg.extract.persons import mentions
from kg.extract.personwords import TITLE_WORDS
from kg.model import Affiliation, Document, Extraction, Span

# ". The <Title words> at|of|with [the] <Body> <speech verb>|," right after the sentence naming the speaker.
TITLED = re.compile(
    r"\.[\"”’]?\s+The\s+(?P<phrase>[A-Z][^.,;:\"“”()]{3,140}?)"
    r"(?=\s*,|\s+(?:said|added|noted|explained|told|stressed|warned|argued|urged|underlined|emphasi[sz]ed|"
    r"highlighted|recalled|pointed|presented|described|called|welcomed)\b)"
)
SPLITS = (" at the ", " of the ", " with the ", " at ", " of ", " with ")
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
    return None


def titled_speakers(doc: Document, ex: Extraction) -> None:
    """Give a speaker with no affiliation the office of "The <Title> at <Body>" opening the next sentence."""
    text = doc.text
    if ". The " not in text:
        return
    speakers = {s.person for s in ex.speeches}
    ms = mentions(doc)
    for k, m in enumerate(ms):
        if m.name not in speakers:
            continue
        old = next((a for a in ex.affiliations if a.person == m.name), None)
        if old is not None and (old.role or old.organisation):
            continue
        stop = ms[k + 1].start if k + 1 < len(ms) else len(text)
        dot = text.find(".", m.end, min(stop, m.end + 200))
        if dot < 0 or "\n\n" in text[m.end : dot]:
            continue
        found = titled_after(text, ex, dot, stop)
        if found is None:
            continue
        if old is not None:
            ex.affiliations.remove(old)
        ex.affiliations.append(Affiliation(m.name, found[0], found[1], Span(m.start, m.end)))
