"""Where a described event's "with <group>" tail ends: "a meeting with humanitarian partners", "a round
table with donor representatives", "a national workshop with recruitment agencies".

A release that reports a meeting by whom it was held with names it by that group: the bare head word
("meeting") says too little and would be merged with, or mistaken for, any other meeting of the text.
The tail is taken only when it is a short run of lower-case words ending in a plural noun (a group of
people or bodies): "with funding from X", "with the Minister", "with 40 participants" are not names.
"""

from __future__ import annotations

import re

# Heads a "with <group>" tail names: gatherings one holds with someone ("a session with youth
# representatives" is a slot of an event's programme, not an event).
WITH_KINDS = frozenset(
    {"meeting", "round table", "roundtable", "consultation", "workshop", "dialogue", "briefing"}
)
# Words that end the group's run ("a meeting with donors in Lakeport on Monday").
RUN_STOP = frozenset(
    "in at on of for and or to from by with during after before since until who which that where when "
    "held organized organised hosted convened chaired".split()
)
# Plural nouns that are no group of people: "with funds", "with results".
NOT_GROUP = frozenset(
    "funds results means resources services materials tools goods supplies items aims goals objectives "
    "discussions talks presentations sessions visits".split()
)
WORD = re.compile(r"[a-z][a-z-]*$")


def with_tail_end(toks: list[re.Match], i: int, kind: str) -> int | None:
    """End offset of a "with <adjectives> <plural noun>" tail right after the head word toks[i], or None."""
    if kind not in WITH_KINDS or i + 2 >= len(toks) or toks[i + 1].group() != "with":
        return None
    words: list[re.Match] = []
    k = i + 2
    while k < len(toks) and len(words) < 4:
        t = toks[k].group()
        if not WORD.match(t) or t in RUN_STOP:
            break
        words.append(toks[k])
        k += 1
    if not words:
        return None
    last = words[-1].group()
    if words[0].group() in ("the", "a", "an", "its", "their", "his", "her", "some", "all", "each"):
        return None
    if not last.endswith("s") or last.endswith("ss") or last in NOT_GROUP:
        return None
    return words[-1].end()
