"""Speech by a title after a quote: '"We will finish the road," the Vice-Minister said.'

A release introduces a person with the title written straight before the name ("Vice-Minister of Works
Jane Doe cut the ribbon") and then reports a quote by the title alone. The quote's speaker is the one
person introduced earlier with that title; with two such persons, or none, it is left unresolved. A rank
word before the title at the introduction ("Deputy Minister" for "the Minister") is another office.
(`titleanaphora` reads "The <Title> said" opening a sentence after "the <Title> ..., Name".)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.persons import HONORIFIC, Mention, speaker_sentences
from kg.extract.speechwords import SAY_WORDS
from kg.extract.titleanaphora import speak_once
from kg.model import Document, Extraction

TITLE = (
    r"(?:(?:Deputy|Vice|Assistant|State)[- ])?"
    r"(?:Minister|Ambassador|Governor|Mayor|President|Commissioner|Director|Chairperson|Chairman|Chairwoman|"
    r"Secretary|Prefect|Ombudsman|Consul)"
)
QUOTE_THEN_TITLE = re.compile(
    rf"[,?!.]?[\"”]\s*the\s+({TITLE})\s+(?:{SAY_WORDS}|told|stressed|recalled|urged|insisted)\b"
)
# Words that, right before the title at its introduction, make it another office ("Deputy Minister").
RANKS = frozenset("Deputy Vice Assistant State Prime Acting First Junior".split())
MAX_BEFORE = 90
# Between the title and the name: its portfolio ("of Works"), a comma, honorifics.
TITLE_TO_NAME = re.compile(rf"(?:\s+of\s+[^,]{{1,60}}?)?[\s,]*(?:(?:{HONORIFIC})\s+)*")


def _introduced_by(text: str, title: str, m: Mention) -> bool:
    """The title stands before mention m ("Vice-Minister of Works Dr. Jane Doe", "the Minister, Jane Doe")
    and is not itself part of a longer office."""
    window = text[max(0, m.start - MAX_BEFORE) : m.start]
    k = window.rfind(title)
    if k < 0:
        return False
    between = window[k + len(title) :]
    if any(c in between for c in '.;:"“”()'):
        return False
    if not TITLE_TO_NAME.fullmatch(between):
        return False
    prev = window[:k].split()
    return not prev or prev[-1] not in RANKS


def quoted_title_speakers(doc: Document, ex: Extraction, ms: list[Mention], register: Callable) -> None:
    """Register the one person introduced by a title as the speaker of '"...," the <Title> said'."""
    text = doc.text
    if "the " not in text:
        return
    speaking = {s.person for s in ex.speeches}
    for sent in speaker_sentences(doc):
        seg = text[sent.start : sent.end]
        if '"' not in seg and "”" not in seg:
            continue
        said = QUOTE_THEN_TITLE.search(text, sent.start, sent.end)
        if said is None:
            continue
        title = said.group(1)
        named = [i for i, m in enumerate(ms) if m.end <= said.start() and _introduced_by(text, title, m)]
        if len({ms[i].name for i in named}) == 1:
            speak_once(doc, ex, ms, named[-1], register, speaking)
