"""Countries that continue a list of participants opened by something other than a country.

"Ministers from A, B, Kosovo/UNSCR 1244, C and D", "Governments from Central America and Lakeland",
"Delegations from seven Central American countries and Lakeland", "Participants from fourteen Member
States, including A, B and C": the cue that makes the countries actors ("ministers from") stands before
the list's first item, but the country pattern only reads runs of country names, so a country after a
non-country item (a territory's bracketed status, a region, a count of member States) loses the cue.
Here the list is walked back over short items to its opening, and the cue there is read instead.

Only string tests on at most the sentence before the country run; nothing scales with release length.
"""

from __future__ import annotations

from collections.abc import Callable

# How list items are joined; ", including" / "such as" open the named members of a counted group.
JOINS = (", and ", ", including ", " including ", ", such as ", " such as ", ", ", " and ")
# Words that show an item is a clause, not a name in a list.
CLAUSE_WORDS = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "said", "who", "which", "that",
    "in", "at", "on", "to", "for", "with", "by", "into",
}  # fmt: skip
MAX_ITEMS = 8
MAX_ITEM_WORDS = 5


def _short_item(item: str) -> bool:
    """A list item: a few words, opening with a capital or a count, no clause words ("Central America",
    "Kosovo/UNSCR 1244", "seven Central American countries", "25 Member States")."""
    words = item.split()
    if not words or len(words) > MAX_ITEM_WORDS:
        return False
    if any(w.lower() in CLAUSE_WORDS for w in words):
        return False
    first = words[0]
    return first[:1].isupper() or first[:1].isdigit() or any(w[:1].isupper() for w in words[1:])


def continued_list(text: str, start: int, at: int, run: str, actor_before: Callable[[str], bool]) -> bool:
    """True when the country run `run` at `at` continues a list whose opening (after "ministers from" or
    another actor cue) `actor_before` accepts. A list closes with "and" (or names members after
    "including"): without one, "... of Youth, Lakeland" is an address, not a list."""
    closed = " and " in " ".join(run.split())
    sent = text[max(start, at - 300) : at]
    cut = max(sent.rfind(". "), sent.rfind(".\n"), sent.rfind("; "))
    if cut >= 0:
        sent = sent[cut + 2 :]
    sent = " ".join(sent.split()) + " "  # one line, one space; the run's own space kept at the end
    for _ in range(MAX_ITEMS):
        join = next((j for j in JOINS if sent.endswith(j)), None)
        if join is None:
            return False
        sent = sent[: -len(join)]
        closed = closed or join not in (", ",)
        bounds = [(sent.rfind(sep), sep) for sep in (", ", " and ", " from ", " of ")]
        at_bound, sep = max(bounds)
        if at_bound < 0:
            return False
        item = sent[at_bound + len(sep) :].removeprefix("the ")
        if not _short_item(item):
            return False
        if sep in (" from ", " of "):
            return closed and actor_before(sent[: at_bound + len(sep)])
        sent = sent[:at_bound] + sep
    return False
