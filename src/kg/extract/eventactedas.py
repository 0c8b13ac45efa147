"""Hosts named by the part they played: "the Harbour Union acted as local host", "X served as co-organiser",
"organised by A, a network of farmers' groups, with B as host".

Such a sentence names an organiser of the event it mentions (else the release's main event). When a
sponsor phrase ran on into the subject ("organised with support from A and B acted as local host"), the
list's last name is the subject of the new clause: it is the host, and no sponsor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.model import Extraction, Span

ACTED_AS = re.compile(
    r"\b(?:acted|acts|served|serves|act|serve)\s+as\s+(?:the\s+|an?\s+)?(?:local\s+|main\s+|official\s+|joint\s+)?"
    r"(?:co-?)?(?:host|organi[sz]er|convener|convenor)s?\b",
    re.I,
)
# "organised by A, a network of N groups, with B as host": the body the 'with ... as' phrase casts as host
WITH_AS = re.compile(
    r"\bwith\s+(?P<names>(?:the\s+)?[A-Z][^,;:()]*?)\s+as\s+(?:the\s+|an?\s+)?(?:local\s+|main\s+|official\s+)?"
    r"(?:co-?)?(?:host|organi[sz]er|convener|convenor)s?\b"
)
SPONSOR_CUE = re.compile(r"\b(?:support|fund|financ|sponsor)", re.I)


def acted_as_hosts(
    ex: Extraction,
    text: str,
    sent: Span,
    events: list[str],
    subject: Callable[[str], str],
    names_of: Callable[[str], list[str]],
    add_role: Callable[[Extraction, str, list[str], str, Span], None],
) -> None:
    """Organisers from "X acted as host" in one sentence (`text` at `sent`); `events` are the sentence's event
    names in order, or the release's main event."""
    if " as " not in text or not events:
        return
    w = WITH_AS.search(text) if "with " in text else None
    if w:
        known = [n for n in names_of(w.group("names")) if ex.organisation(n)]
        if known:
            add_role(ex, events[0], known, "organiser", Span(sent.start + w.start(), sent.start + w.end()))
    m = ACTED_AS.search(text)
    if m is None:
        return
    before = text[: m.start()]
    if SPONSOR_CUE.search(before) and " and " in before:
        # "with support from A and B acted as host": B alone (the sponsor phrase is no part of the subject)
        names = names_of(before.rsplit(" and ", 1)[1])
    else:
        names = names_of(subject(before))
    if not names:
        return
    span = Span(sent.start + m.start(), sent.start + m.end())
    add_role(ex, events[0], names, "organiser", span)
    ex.event_roles = [
        r
        for r in ex.event_roles
        if not (r.role == "sponsor" and r.organisation in names and sent.start <= r.span.start < sent.end)
    ]
