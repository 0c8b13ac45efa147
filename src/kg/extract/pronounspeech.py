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


def pronoun_speakers(doc: Document, ex: Extraction, ms: list[Mention], register: Callable) -> None:
    """Register the subject of the previous sentence as the speaker of a "She told ..." sentence."""
    text = doc.text
    sents = speaker_sentences(doc)
    speaking = {s.person for s in ex.speeches}
    for prev, sent in zip(sents, sents[1:], strict=False):
        if not PRONOUN_SAYS.match(text, sent.start, sent.end) or "\n\n" in text[prev.end : sent.start]:
            continue
        named = [i for i, m in enumerate(ms) if prev.start <= m.start < prev.end]
        if len(named) != 1 or ms[named[0]].start - prev.start > SUBJECT_REACH:
            continue
        person = ex.person(ms[named[0]].name)
        if person is None or person.name not in speaking:
            # The registered person, not a fresh lookup: a surname-only re-mention may have named them
            # first ("Minister Doe Smith said"), so the mention's fuller name is only an alias's tail.
            speaking.add(register(doc, ex, named[0], "said").name)
