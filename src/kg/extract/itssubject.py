"""Whose "Its" is: "The ACME presented a survey carried out with the Lakeland University. Its Director of
Research, Jane Doe, said ..." — the possessive that opens a sentence refers to the subject of the sentence
before, not to the body named last in it (an object: a partner, a funder, a place).
"""

from __future__ import annotations

import re

from kg.model import Extraction

ITS_START = re.compile(r"(?:^|(?<=[.!?]))\s+(?:Its|Their)\s+[^.!?]*$")
DATELINE = re.compile(r"^[^.\n]{0,80}?\s[-–—]\s")
LEAD_RUN = re.compile(r"^\s*(?:[Tt]he\s+)?((?:[A-Z][\w'’&.\-]*\s+){0,6}[A-Z][\w'’&.\-]*)")


def subject_org(ex: Extraction, text: str, at: int) -> str | None:
    """The organisation that opens the sentence before the one starting with "Its"/"Their" that holds
    position `at`, if that sentence starts with one; else None."""
    from kg.extract.organisations import _find

    window = text[max(0, at - 400) : at]
    its = ITS_START.search(window)
    if its is None:
        return None
    prev = window[: its.start()]
    cut = max(prev.rfind(". "), prev.rfind(".\n"), prev.rfind("\n"))
    sentence = prev[cut + 1 :] if cut >= 0 else prev
    dateline = DATELINE.match(sentence)  # "PORT ELARA, 3 May 2022 - The X presented ..."
    if dateline:
        sentence = sentence[dateline.end() :]
    run = LEAD_RUN.match(sentence)
    if run is None:
        return None
    words = run.group(1).split()
    for k in range(len(words), 0, -1):
        org = _find(ex, " ".join(words[:k]))
        if org is not None and not org.name.startswith("Government of"):
            return org.name
    return None
