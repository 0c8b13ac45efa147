"""Two capitalised words that the name pattern takes for a person but that are a piece of a longer proper
name: an organisation's or a place's ("the Southern African Power Pool (SAPP) expected ...", "a journalist
with Radio Television of Serbia (RTS)", "Head of Sustainability at Acme Apparel AB", "held in La
Romana", "the Coast Guard's Maritimes Region").

Kept apart from `people.py` (the speech cues) and `speakerfilters.py` (cues in the words before a name):
these checks read the name itself and the proper name it sits inside; each only ever removes a speaker.
"""

from __future__ import annotations

import re

from kg.extract.persons import HONORIFIC, Mention
from kg.extract.personwords import STOP, TOPIC_WORDS
from kg.extract.places import is_place
from kg.extract.titlephrase import TIME_WORDS, has_title
from kg.model import Extraction

# Last words that end the name of a body or an area, never a person's ("Maritimes Region").
AREA_HEADS = frozenset(
    "Region Province District Prefecture Governorate Municipality Workers Employers Flows Pool".split()
)
# Company suffixes that the name pattern leaves out because they are upper case or abbreviated.
COMPANY_TAIL = re.compile(r"[ \t]+(?:AB|AG|AS|ASA|GmbH|Inc|LLC|Ltd|plc|PLC|SA|SpA|NV|BV|Oy|Pty)\b")
# The capitalised word glued (one space, same line) before the mention, after "the" or another capitalised
# word: "the Elarian Migrant Workers", "Southern African Power Pool".
WORD_BEFORE = re.compile(r"(?:\bthe|(?<![\w\-.])([A-Z][\w\-]*))[ \t]+([A-Z][\w\-]*)[ \t]$")
# "Radio Television of Serbia (RTS)", "Alpine Grid Exchange (AGE)": maybe the rest of the name, then its
# acronym.
OF_ACRONYM = re.compile(
    r"^(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:and\s+)?[A-Z][\w\-]*){0,3})?\s*"
    r"\(([A-Z][A-Za-z]{1,9})\)"
)
HONORIFIC_WORD = re.compile(rf"^{HONORIFIC}$")


def name_piece(text: str, ex: Extraction, m: Mention) -> bool:
    """Whether mention m is part of a longer proper name, not a person's name."""
    words = m.name.split()
    if is_place(m.name) or is_place(m.name.title()) or words[-1] in AREA_HEADS:
        return True
    if COMPANY_TAIL.match(text, m.end):
        return True
    glued = WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    if glued and _inner_word(glued.group(2)) and (glued.group(1) is None or _inner_word(glued.group(1))):
        return True  # "the Southern African Power Pool": "African" starts the name
    acr = OF_ACRONYM.match(text[m.end : m.end + 120])
    if acr and acr.group(1).startswith("".join(w[0] for w in words)):
        return True
    return _company_prefix(ex, m.name)


def _inner_word(word: str) -> bool:
    """A capitalised word that can start a longer name but is no title, honorific, time or common word."""
    return not (
        has_title(word)
        or word in STOP
        or word in TOPIC_WORDS
        or is_place(word)
        or word in TIME_WORDS
        or HONORIFIC_WORD.match(word)
        or word.isupper()
    )


def _company_prefix(ex: Extraction, name: str) -> bool:
    """ "Acme Solar" of the release's "Acme Solar Systems, Inc.": the first words of an organisation's
    name written out, when that name ends in a company suffix."""
    for org in ex.organisations:
        for form in org.forms:
            if form.startswith(name + " ") and COMPANY_TAIL.match(" " + form.split(",")[-1].strip()):
                return True
    return False
