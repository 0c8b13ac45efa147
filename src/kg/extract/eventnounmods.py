"""A common noun used as a modifier before an event word ("a technical cooperation workshop", "a
two-day journalism training").

Described events are read back from their head word over a curated list of modifiers ("regional",
"technical", "training" ...) to the article that introduces them. Press releases qualify a meeting by
any subject noun ("cooperation", "journalism", "nutrition"), and no list can hold them all: an
unlisted noun cut the description off, so the event was not found at all. Here an unlisted lowercase
word (at most two of them) is accepted when the words before it reach "a"/"an" through modifiers the
list knows, which is the shape of an introduced noun phrase; participles and adverbs are not nouns.
"""

from __future__ import annotations

import re

from kg.extract.eventwords import ADJECTIVE, DETERMINERS_NEW, MODIFIERS, ORDINAL_WORDS

NOT_A_NOUN = {
    "and", "or", "of", "for", "on", "in", "at", "to", "with", "by", "from", "as", "is", "was", "are",
    "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "new", "big", "major",
    "small", "key", "next", "last", "other", "more", "most", "such", "same", "own", "very", "all",
    "few", "many", "several", "some", "any", "each", "every", "one", "not", "but", "that", "this",
    "which", "who", "whose", "what", "there", "here", "day", "week", "month", "year", "days", "weeks",
    # adjectives that place the event among others ("a separate briefing", "a further meeting")
    "separate", "different", "further", "recent", "previous", "earlier", "later", "future", "past",
    "successful", "good", "great", "long", "short", "brief", "full", "formal", "large", "real", "whole",
}  # fmt: skip
_MAX_UNLISTED = 2
_MAX_WALK = 7


def _unlisted_noun(word: str) -> bool:
    return (
        word.isalpha()
        and word.islower()
        and len(word) >= 3
        and word not in NOT_A_NOUN
        and not word.endswith(("ly", "ed", "ing"))
    )


def _listed(word: str) -> bool:
    low = word.lower()
    return (
        "-" in word
        or low in MODIFIERS
        or low in ORDINAL_WORDS
        or bool(ADJECTIVE.search(low))
        or low.isdigit()
    )


def noun_modifier(toks: list[re.Match], j: int) -> bool:
    """Whether toks[j], a word the modifier list does not know, modifies the event word after it: a
    lowercase noun, with only known modifiers (or one more such noun) between it and "a"/"an"."""
    if not _unlisted_noun(toks[j].group()):
        return False
    unlisted = 1
    k = j - 1
    while k >= 0 and j - k <= _MAX_WALK:
        word = toks[k].group()
        if word.lower() in DETERMINERS_NEW:
            return True
        if _listed(word):
            k -= 1
            continue
        if _unlisted_noun(word) and unlisted < _MAX_UNLISTED:
            unlisted += 1
            k -= 1
            continue
        return False
    return False
