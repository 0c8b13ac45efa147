"""Who brought people together for an event: "IOM and the Ministry brought together community leaders,
district officials and partners in X on 3 May for a consultation on resettlement" -- the subject that
gathers the participants organises the event named after "for a", however long the list of those gathered.
"""

from __future__ import annotations

import re

# The verb of gathering, the gathered (no sentence break), then "for/at a|an|the" right before the event.
GATHERED_FOR = re.compile(
    # ("officials gathered in X for the meeting": an intransitive gathering names the participants instead)
    # "IOM and the Institute convened more than 40 agencies in X for a coordination meeting": the same.
    r"\b(?P<verb>brought\s+together|brings\s+together|bring\s+together|conven(?:ed|es)(?!\s+(?:a|an)\s))\s+"
    r"[^.;]{3,300}?\s(?:for|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$"
)


def gatherer_clause(text: str, event_start: int) -> re.Match | None:
    """The gathering clause that ends right before an event mention at `event_start` in `text`."""
    head = text[:event_start]
    if "together" not in head and "conven" not in head:
        return None
    return GATHERED_FOR.search(head)
