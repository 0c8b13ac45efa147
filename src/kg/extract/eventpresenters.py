"""Those who present something at an event hold it, when the release names no organiser for it.

Releases open with what their issuing bodies did at an event rather than who organised it: "IOM and the
Ministry of Labour today presented the study ... at a round table on labour migration", "UNHCR today handed
over ten ambulances ... at a ceremony in Lakeport". The subject of such a lead clause, when it names bodies
the release knows, runs the event it acts at. It is a weak cue, like a speaker's opening: it only fills an
event that no other cue gave an organiser, and only when the event is the clause's "at a/an/the" object.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.eventrolenames import add_role
from kg.extract.eventsubjects import clause_subject
from kg.extract.orglists import subject_names
from kg.extract.orgnames import country_code
from kg.model import Extraction, Span

if TYPE_CHECKING:
    from kg.extract.events import EventMentions

# "today (jointly) presented / launched / handed over ...": a dated act of the clause's subject.
ACT = re.compile(
    r"\s(?:today|yesterday|this\s+week)\s+(?:jointly\s+|officially\s+|formally\s+)?"
    r"(?P<verb>presented|launched|unveiled|released|handed\s+over|donated|delivered|signed|inaugurated|"
    r"celebrated|marked|awarded|announced|published)\b"
)
# The event is what the act happened at: "at a round table", "during a ceremony".
AT_EVENT = re.compile(r"\b(?:at|during)\s+(?:(?:a|an|the)\s+)?$")
HINT = ("today", "yesterday", "this week")


def presenter_hosts(
    ex: Extraction, em: EventMentions, in_sent_of: Callable[[Span], list], known: list[str]
) -> None:
    """Add the subject of a dated act as organiser of the event the act happened at, for events that have
    no organiser yet. `in_sent_of(sent)` gives the (mention, event name) pairs that start in `sent`."""
    flat = em.flat
    held = {r.event for r in ex.event_roles if r.role == "organiser"}
    for sent in em.sentences:
        text = flat[sent.start : sent.end]
        if not any(h in text for h in HINT):
            continue
        act = ACT.search(text)
        if act is None:
            continue
        for x, name in in_sent_of(sent):
            rel = x.start - sent.start
            if name in held or rel <= act.end() or not AT_EVENT.search(text, max(0, rel - 12), rel):
                continue
            if re.search(r"\b(?:by|organi[sz]ed|hosted|convened)\b", text[act.end() : rel]):
                continue
            names = [
                k for n in subject_names(clause_subject(text[: act.start()]), known) if (k := _known(ex, n))
            ]
            if names:
                add_role(ex, name, names, "organiser", Span(sent.start, sent.start + act.end()), text)
                held.add(name)
            break


def _known(ex: Extraction, name: str) -> str | None:
    """The release's organisation the subject names: "the Ministry of Labour of Lakeland" is the ministry."""
    if ex.organisation(name) is not None:
        return name
    base, _, country = name.rpartition(" of ")
    return base if base and country_code(country) and ex.organisation(base) is not None else None
