"""What reads as a title: `has_title` (a title word, capitalised or not) and `title_tail`, the title phrase
that ends a chunk of text ("... when Deputy Director General" -> "Deputy Director General"). Kept apart
from `titlesplit`, which splits such a phrase into role and organisation; `has_title` is still imported from
there by many modules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.orgheadwords import HEADS
from kg.extract.persons import TITLE_WORDS

_RX6 = re.compile(r"(?:'s|’s)$")

UNIT_WORDS = frozenset(
    {"office", "department", "unit", "section", "division", "team", "mission", "delegation"}
)

NOT_TITLES = frozenset({"speaker", "speakers", "his", "her", "first", "second", "third"})


@lru_cache(maxsize=8192)  # depends on the phrase alone (TITLE_WORDS is frozen)
def has_title(phrase: str) -> bool:
    """A title word, capitalised or not ("Director", "spokesperson"); lowercase "speaker" or "her" are
    plain nouns ("keynote speaker Jane Doe"), not titles."""
    words = phrase.replace(",", " ").split()
    words += [p for w in words if "-" in w for p in w.split("-")]
    return any(w in TITLE_WORDS or (w not in NOT_TITLES and w.capitalize() in TITLE_WORDS) for w in words)


TIME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tomorrow January February "
    "March April May June July August September October November December".split()
)
ACRONYM_WORD = re.compile(r"[A-Z]{2,8}")

# Lowercase words inside a title phrase: connectors, and "a.i." (ad interim: "Country Director a.i.").
TITLE_GLUE = frozenset(
    (
        "of",
        "for",
        "on",
        "the",
        "and",
        "in",
        "to",
        "&",
        "a.i.",
        "a.i",
        "ad",
        "interim",
        "d'affaires",
        "d’affaires",
    )
)


ELIDED_CAP = re.compile(r"[a-z]{1,2}['’][A-ZÀ-ÖØ-Þ]")


def title_tail(chunk: str) -> str:
    """The title phrase that ends `chunk`: capitalised words, title words and connectors, read backwards
    ("... came under the microscope when Deputy Director General" -> "Deputy Director General")."""
    words = chunk.split()
    k = len(words)
    while k > 0:
        w = words[k - 1]
        bare = _RX6.sub("", w)
        # "Persons with Disabilities", "Fight against Trafficking": between capitalised words, inside a name.
        inner_with = (
            w in ("with", "against") and k >= 2 and words[k - 2][:1].isupper() and words[k][:1].isupper()
        )
        if bare.rstrip(",") in TIME_WORDS:
            break  # "Opening the forum on Tuesday, Malawi's Minister of ...": a day is no part of the title
        rest = words[k + 1 :]
        coordinated = w == "and" and words[k : k + 1] == ["the"] and not TITLE_GLUE & set(rest)
        if coordinated and has_title(" ".join(rest)):
            break  # "Both X and the Elarian Ambassador": a coordinated subject, then its own title
        # A quoted name ("the chairwoman of \"Dawn\"") is capitalised inside its quote marks.
        # "Côte d'Ivoire", "Droits de l'Homme": an elided article glued to a capitalised word is capitalised.
        elided = ELIDED_CAP.match(w) is not None
        if w.lstrip("\"“‘'")[:1].isupper() or has_title(bare) or w in TITLE_GLUE or inner_with or elided:
            k -= 1
        elif w == "charge" and k >= 2 and words[k - 2] == "in" and words[k : k + 1] == ["of"]:
            k -= 2  # "Minister of State in charge of Trade": the portfolio is named after "in charge of"
        elif (
            w == "under"
            and words[k : k + 2] == ["the", "Government"]
            and k >= 2
            and words[k - 2][:1].isupper()
        ):
            k -= 1  # "Director of the Migration Service under the Government of X": where the body sits
        else:
            break
    # "IDB water specialist", "UNICEF child protection officer": an acronym owns a lowercase title.
    j = k
    # "ODIHR's anti-trafficking adviser": the acronym may be possessive, a lowercase word hyphenated.
    while (
        j > 0
        and k - j < 2
        and words[j - 1].replace("-", "").isalpha()
        and words[j - 1].islower()
        and k < len(words)
    ):
        j -= 1
    if j < k and j > 0 and ACRONYM_WORD.fullmatch(_RX6.sub("", words[j - 1])) and has_title(words[k]):
        k = j - 1
    tail = words[k:]
    if k > 0 and words[k - 1].lower() in UNIT_WORDS:
        # "The head of IOM's office in Niger": a lowercase unit inside the title, when a title precedes it.
        j = k - 1
        while j > 0 and (words[j - 1][:1].isupper() or words[j - 1] in ("of", "the", "for")):
            j -= 1
        if j > 0 and has_title(words[j - 1]) and words[j - 1][:1].islower():
            tail = words[j - 1 :]
    while tail and tail[0] in ("of", "for", "on", "the", "and", "in", "to", "&"):
        tail = tail[1:]
    # "Minister of State at the Federal Foreign Office": an adjective that may open a title ("Federal")
    # inside a body named after "at the" and ending in a head word leaves the body a body.
    body_at = words[k : k + 1] == ["the"] and bool(tail) and tail[-1] in HEADS and tail[-1] not in TITLE_WORDS
    if k >= 2 and words[k - 1] == "at" and tail and (body_at or not has_title(" ".join(tail))):
        # "Commissioner for Rural Services at the Ministry of Water": a title, then where it is held; the
        # caller splits the two at "at".
        head = title_tail(" ".join(words[: k - 1]))
        if head and has_title(head):
            return f"{head} at {' '.join(words[k:])}"
    return " ".join(tail)
