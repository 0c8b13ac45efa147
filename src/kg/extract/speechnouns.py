"""Speech verbs that are also plural nouns ("states", "notes", "highlights", "addresses", "presents").

"Jane Doe, to discuss vaccination in the eastern states." or "Jane Doe, who visited the member states":
the verb pattern reads across a name's comma appositive up to a speech verb, and a plural noun spelled like
one ends such a run with no closing comma. The verb of a speaker follows the name, a closing comma, a
relative "who" or an adverb; the noun follows an article or an adjective. So when the appositive is left
open and a lowercase word other than "who" or an adverb stands right before the word, it is the noun.
"""

from __future__ import annotations

HOMOGRAPHS = frozenset({"states", "notes", "highlights", "addresses", "presents", "stresses", "urges"})
# Words that may stand right before the verb of the name's own clause.
VERB_LEADS = frozenset({"who", "also", "then", "later", "further", "again", "both", "now", "still", "today"})


def plural_noun(run: str) -> bool:
    """The speech-verb run after a name ends in a noun spelled like a verb ('... in the eastern states')."""
    words = run.split()
    if len(words) < 3 or words[-1] not in HOMOGRAPHS or "," not in run:
        return False
    tail = run[run.rfind(",") + 1 :].split()
    if len(tail) < 2:
        return False  # "Jane Doe, Head of Unit, states": the comma closes the appositive
    prev = tail[-2]
    return prev.isalpha() and prev.islower() and prev not in VERB_LEADS and not prev.endswith("ly")
