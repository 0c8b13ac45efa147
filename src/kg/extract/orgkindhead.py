"""How far a name introduced by its kind ("the NGO ...") runs past a common word.

After a kind word the name runs over capitalised words up to one that cannot be part of a person's or a
body's name. Words such as "Rights" or "Forum" are on that list because they name no person, yet a body's
name often holds them before its head word ("the NGO Lakeport Fishers Rights Forum"). When a head word
closes the capitalised run within a few words, the name runs to that head word.
"""

from __future__ import annotations

from kg.extract.orgheadwords import HEADS

# Head words that close a named body after a kind word; "Forum" names a meeting too, and "Initiative" a
# programme, but not after "NGO" or "non-governmental organization".
_CLOSERS = HEADS | {"Forum", "Coalition", "Collective", "Platform", "Initiative"}


def headed_end(words: list[str], i: int) -> int:
    """The end (exclusive) of the name that runs from words[i] to the last head word of the capitalised
    run words[i:]; i when no head word closes it."""
    end = i
    for j in range(i, len(words)):
        if not words[j][:1].isupper():
            break
        if words[j] in _CLOSERS:
            end = j + 1
    return end
