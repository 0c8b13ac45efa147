"""Speech by a title re-mention: "... launched by the Minister of the Interior, Hon. Jane Doe. ... The
Minister said Lakeland welcomed its citizens home" makes Jane Doe a speaker; so does "Speaking at the
ceremony, the Minister urged ...", the re-mention after an opening clause.

A sentence opening with "The <Title> said/stressed ..." speaks for the one person the release introduced
before it as "the <Title> ..., <Name>"; with two such persons, or none, it is left unresolved. A rank word
before the title ("the Deputy Minister") is another office, so "the" must stand right before the title.
Kept apart from `people.py`, which finds speech next to a name; this reads the release's earlier text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.extract.persons import HONORIFIC, Mention, speaker_sentences
from kg.extract.speechwords import SAY_WORDS
from kg.model import Document, Extraction

TITLES = r"Minister|Ambassador|Governor|Mayor|President|Commissioner|Chairman|Chairwoman|Chairperson|Director"
TITLE_SAYS = re.compile(
    rf"\s*[Tt]he\s+({TITLES})\s+(?:also\s+|then\s+|later\s+)?(?:{SAY_WORDS}|told|stressed|recalled|urged)\b"
)
# "Speaking at the ceremony, the Minister urged ...": an opening clause before "the <Title>".
LEAD_CLAUSE = re.compile(r"\s*(?:[A-Z][a-z]+ing|In|At|During|After)\b[^,.;:\"“”]{0,80},\s+(?=the\s)")


@lru_cache(maxsize=16)
def _introduced(title: str) -> re.Pattern[str]:
    """ "the Minister of the Interior, Hon. " right before a name (compiled once per title)."""
    return re.compile(rf"\b[Tt]he\s+{title}\b[^.;:\"“”()]{{0,80}},\s*(?:(?:{HONORIFIC})\s+)*$")


def title_speakers(doc: Document, ex: Extraction, ms: list[Mention], register: Callable) -> None:
    """Register the one person introduced as "the <Title> ..., Name" as the speaker of "The <Title> said"."""
    text = doc.text
    if "The " not in text:
        return
    speaking = {s.person for s in ex.speeches}
    for sent in speaker_sentences(doc):
        start = sent.start
        if text[start : start + 4] != "The ":
            lead = LEAD_CLAUSE.match(text, start, sent.end)
            if lead is None:
                continue  # cheap guard: only sentences opening with "The" or a clause before "the"
            start = lead.end()
        said = TITLE_SAYS.match(text, start, sent.end)
        if said is None:
            continue
        intro = _introduced(said.group(1))
        named = [
            i
            for i, m in enumerate(ms)
            if m.end <= sent.start and intro.search(text, max(0, m.start - 120), m.start)
        ]
        if len({ms[i].name for i in named}) == 1:
            speak_once(doc, ex, ms, named[0], register, speaking)


def speak_once(
    doc: Document, ex: Extraction, ms: list[Mention], i: int, register: Callable, speaking: set
) -> None:
    """Register mention ms[i], the one person a bare title points back to, as a speaker, unless the
    person already speaks; `speaking` (the speakers' names) is kept up to date for the next sentence."""
    person = ex.person(ms[i].name)
    if person is None or person.name not in speaking:
        register(doc, ex, i, "said")
        speaking.add(ex.person(ms[i].name).name)
