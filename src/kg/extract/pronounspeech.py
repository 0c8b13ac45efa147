"""Speech by pronoun: "Her Excellency Jane Doe hosted a reception for the delegation. She told the
businesspeople that ..." makes Jane Doe a speaker.

A sentence opening with "He/She said/told/added ..." speaks for the one person the sentence before names
near its start (its subject); with two or more persons there, or none, the pronoun is left unresolved.
Kept apart from `people.py`, which finds speech next to a name; this looks one sentence back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.persons import Mention, speaker_sentences
from kg.extract.speechwords import SAY_WORDS
from kg.model import Document, Extraction

PRONOUN_SAYS = re.compile(rf"\s*[\"“]?(?:He|She)\s+(?:also\s+|then\s+|later\s+)?(?:{SAY_WORDS}|told)\b")
SUBJECT_REACH = 140  # characters: a name further into the sentence is rarely its subject


# "A, <title>, met on Monday in X with the Minister, Dr B, to discuss ...": the names after "met ... with"
# are the subject's partners; a "He said" after it still speaks for the subject.
MET_WITH = re.compile(r"\bmet\b[^.;\"“”]{0,60}?\bwith\b")


def _met_object(text: str, start: int, end: int) -> bool:
    """The text between the first two names of a sentence is "met ... with ..." and joins no subjects."""
    gap = text[start:end]
    return " met " in gap and " and " not in gap and MET_WITH.search(gap) is not None


def pronoun_speakers(doc: Document, ex: Extraction, ms: list[Mention], register: Callable) -> None:
    """Register the subject of the previous sentence as the speaker of a "She told ..." sentence."""
    text = doc.text
    sents = speaker_sentences(doc)
    speaking = {s.person for s in ex.speeches}
    for prev, sent in zip(sents, sents[1:], strict=False):
        if not PRONOUN_SAYS.match(text, sent.start, sent.end) or "\n\n" in text[prev.end : sent.start]:
            continue
        named = [i for i, m in enumerate(ms) if prev.start <= m.start < prev.end]
        if len(named) > 1 and _met_object(text, ms[named[0]].end, ms[named[1]].start):
            named = named[:1]  # "A met B. He said ...": B is the object of A's meeting
        if len(named) != 1 or ms[named[0]].start - prev.start > SUBJECT_REACH:
            continue
        person = ex.person(ms[named[0]].name)
        if person is None or person.name not in speaking:
            # The registered person, not a fresh lookup: a surname-only re-mention may have named them
            # first ("Minister Doe Smith said"), so the mention's fuller name is only an alias's tail.
            speaking.add(register(doc, ex, named[0], "said").name)
