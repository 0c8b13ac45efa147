"""Organisers of launches, read before any other role: those who launch something hold its launch.

- "a study launched today in Lakeport by A and B" -> A and B organise the launch;
- "a study launched today by A at an online event" -> A organises the event it is launched at;
- "UNDP and the Government today launched the X project" -> the launchers organise the launch, and a
  launched project marks the release as one whose project funders sponsor the event.

This is the first pass of `eventroles.find_roles` over the sentences, a step of its own: it runs once
before the main pass and hands back what that pass needs (the launch events, the sentences whose
launchers were taken, whether the event is linked to a project).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.eventcues import FOLD_ODD, LAUNCHED, PROJECT_HINT, PROJECT_LINK, PROJECT_WORDS
from kg.extract.eventfollowups import pronoun_project
from kg.extract.eventlaunchedother import launched_other
from kg.extract.eventlaunches import launch_venue_events, passive_launch
from kg.extract.eventrolenames import add_role
from kg.extract.eventsubjects import clause_subject
from kg.extract.orglists import split_list, subject_names
from kg.model import Extraction, Span

if TYPE_CHECKING:
    from kg.extract.events import EventMentions


def launch_roles(
    ex: Extraction, em: EventMentions, in_sent_of: Callable[[Span], list]
) -> tuple[list[str], list[Span], bool]:
    """Add the launchers of launches as organisers; return (the launch events' names, the sentences whose
    launchers were taken for a launch's organisers, whether a sentence links the event to a project).
    `in_sent_of(sent)` gives the (mention, event name) pairs that start in `sent`."""
    flat = em.flat
    project_linked = False
    launches = [e.name for e in ex.events if e.kind == "launch" or "launch" in e.name.lower()]
    # names that hold "and" or a comma, kept whole in the launchers' list ("launched by A for B and C (ABC)")
    known = [f for o in ex.organisations for f in o.forms if "," in f or " and " in f]
    prev_had = False
    launch_spans: list[Span] = []  # sentences whose launchers were taken for the launch's organisers
    for sent in em.sentences:
        text = flat[sent.start : sent.end]
        in_sent = in_sent_of(sent)
        if (
            (in_sent or (prev_had and pronoun_project(text)))
            and ((not text.isascii() and FOLD_ODD.search(text)) or PROJECT_HINT.search(text.lower()))
            and PROJECT_LINK.search(text)
        ):
            # "The forum opened in X. It was held under a project funded by Y.": the pronoun is the event.
            project_linked = True
        prev_had = bool(in_sent)
        launched = LAUNCHED.search(text) if launches and "launched" in text else None
        agents = passive_launch(text) if launches and not launched else None
        if agents:
            # "a study launched today in Lakeport by A and B": the agents after "by" hold the launch.
            for name in launches:
                if launched_other(text[: agents.start()], name):
                    continue  # "The revised X Appeal, launched by A": the appeal's launchers
                add_role(ex, name, split_list(text[agents.end() :], known), "organiser", sent)
        elif not launches and "launched" in text and in_sent:
            # "a study launched today by A at an online event": the launchers hold the event it is launched at
            for name in launch_venue_events(text, sent.start, in_sent):
                agents = passive_launch(text)
                names = split_list(text[agents.end() :], known) if agents else []
                add_role(ex, name, names, "organiser", sent)
        if launched:
            # "UNDP and the Government today launched the X project. The launch ceremony ...": those who
            # launch hold the launch, and a launched project's funders sponsor it.
            for name in launches:
                add_role(ex, name, subject_names(clause_subject(text[: launched.start()])), "organiser", sent)
                launch_spans.append(sent)
            if PROJECT_WORDS.search(text, launched.end(), launched.end() + 120):
                project_linked = True
    return launches, launch_spans, project_linked
