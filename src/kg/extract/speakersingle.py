"""Speakers known by one name only: migrants and beneficiaries whose family name is withheld.

Stories about migrants introduce them by a given name and an age or a description, then quote them:
"Among the trainees was Lina, 24, who ... 'It changed my life,' she said." or "Omar, a 31-year-old
welder from the coast, told the workshop ...". A single capitalised word is no name mention for the
person rules, so this rule looks for that shape: one capitalised word, then ", <age>," or ", a/an <age or
description>", and the person speaking in the same sentence (a speech verb) or in the sentences right after
it (a quote with "she/he said"). Places, titles and sentence words ("However, a ...") are not names.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import country_code, gaz_lookup
from kg.extract.personwords import STOP, TITLE_WORDS
from kg.extract.places import is_place
from kg.model import Document, Extraction, Person, Span, Speech

# The name, at a sentence's or dateline's start or after "was"/"from", then its appositive: an age
# ("Lina, 24,") or "a/an" and an age, a demonym and noun, or a lowercase description
# ("a 29-year-old tailor", "a Venezuelan hairdresser", "a student from X").
SINGLE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n)|(?<= - )|(?<= – )|"
    r"\b(?:was|were|from|including|met|meet|is)\s)"
    r"([A-Z][a-z]{2,14})(?=,\s+(?:\d{1,2},|an?\s+(?:\d{1,2}-year-old\b|[a-z]{3,}|[A-Z][a-z]+\s+[a-z]{3,})))",
    re.M,
)
# Place and thing nouns after "a/an": "Lakeport, a city of ...", "Tessin, a region where ...".
NOT_PERSON_NOUNS = frozenset(
    "city town village port region country district province island state capital area municipality "
    "community camp site project programme program report study law network organisation organization "
    "company group union river lake valley border crossing".split()
)
SENTENCE_WORDS = frozenset(
    "However Meanwhile Today Yesterday Tomorrow Instead Also Still Then Now Later Earlier Recently Finally "
    "Together Overall Moreover Furthermore Nevertheless Similarly Likewise Thus Hence Here There Since Once "
    "Currently Previously Initially Ultimately Indeed Elsewhere Afterwards Additionally Consequently "
    "Unfortunately Fortunately Importantly Notably Specifically Separately".split()
)
SPEECH_AFTER = re.compile(
    r"\b(?:said|says|told|explained|recalled|added|stressed|noted|shared|described|recounts|recounted)\b"
)
PRONOUN_QUOTE = re.compile(
    r"[\"“][^\"”]{3,}[,.!?][\"”]\s*,?\s*(?:she|he)\s+(?:said|says|told|added|explained|recalled|recounted)\b"
)
SENTENCE_END = re.compile(r"[.!?][\"”]?(?=\s+[\"“A-Z]|\s*$)")


def _is_name(word: str, ex: Extraction) -> bool:
    return not (
        word in STOP
        or word in SENTENCE_WORDS
        or word in TITLE_WORDS
        or word.endswith("ly")
        or country_code(word)
        or gaz_lookup(word)
        or is_place(word)
        or ex.organisation(word)
    )


def _describes_thing(text: str, end: int) -> bool:
    """True when the appositive after the name is "a/an <place or thing noun>"."""
    words = text[end : end + 60].split()
    return len(words) >= 3 and words[1] in ("a", "an") and words[2].rstrip(",.") in NOT_PERSON_NOUNS


def _speaks(text: str, start: int, end: int) -> bool:
    """The person speaks in the sentence that introduces them or in a quote of the next two sentences."""
    tail = text[end : end + 600]
    ends = [m.end() for m in SENTENCE_END.finditer(tail)]
    first = tail[: ends[0]] if ends else tail
    if SPEECH_AFTER.search(first):
        return True
    window = tail[: ends[2]] if len(ends) > 2 else tail
    return bool(PRONOUN_QUOTE.search(window))


def single_name_speakers(doc: Document, ex: Extraction) -> None:
    """Register one-name speakers introduced with an age or description and then quoted."""
    text = doc.text
    known = {t for p in ex.people for t in p.name.split()}
    for m in SINGLE.finditer(text):
        word = m.group(1)
        if word in known or ex.person(word) or not _is_name(word, ex) or _describes_thing(text, m.end(1)):
            continue
        if not _speaks(text, m.start(1), m.end(1)):
            continue
        person = Person(name=word, spans=[Span(m.start(1), m.end(1))])
        ex.people.append(person)
        known.add(word)
        ex.speeches.append(Speech(word, Span(m.start(1), m.end(1)), verb="said"))
