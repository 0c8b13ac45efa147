"""Programmes and projects that the text frames as funded work, not as actors.

"under the ILO's Integrated Programme on Fair Recruitment (FAIR), which is funded by ...", "the joint
programme "Partnership for Good Governance II", which is funded by ...": a name with a programme word
that a release presents as something funded (", which is funded by" right after it) or quotes after
a lowercase "programme"/"project" is the project an event belongs to; its funder is the sponsor and the
project is no organisation. `orgprune.drop_named_things` keeps such names when they carry an acronym
(an acronym often marks a real body: "Colombo Process (CP)"); this check is narrower and runs after it.

A well-known name (the gazetteer's "World Food Programme") and a programme with staff of its own
("Director of the X Programme") stay.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import gaz_lookup
from kg.model import Document, Extraction

PROJECT_WORDS = ("Programme", "Program", "Project", "Partnership", "Initiative")
# Right after the name (and its acronym, closing quote): "which is funded by", "funded by", "financed by".
FUNDED_AFTER = re.compile(
    r"""^["”’]?(?:\s*\([A-Z][\w\-/]{1,12}\))?["”’]?,?\s+(?:which\s+(?:is|was)\s+|that\s+(?:is|was)\s+)?"""
    r"(?:(?:jointly|generously|mainly|fully)\s+)?(?:funded|financed|co-funded|co-financed)\s+by\b"
)
# Just before the name: 'the joint EU programme "', 'the project "'.
QUOTED_BEFORE = re.compile(r"\b(?:programme|program|project|initiative)\s+[\"“]$")
STAFF_BEFORE = re.compile(
    r"\b(?:Director|Head|Coordinator|Co-ordinator|Manager|Chief|Officer|Specialist|head|director|"
    r"coordinator|manager)\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?$"
)


def _project_name(name: str) -> bool:
    return " " in name and any(w in name for w in PROJECT_WORDS)


def drop_funded_projects(doc: Document, ex: Extraction) -> None:
    """Remove an organisation named with a programme word whose mentions show it as a funded project
    (and never as an employer)."""
    text = doc.text
    if "funded" not in text and "financed" not in text and '"' not in text and "“" not in text:
        return  # the cheap test: no cue any rule needs
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
            if FUNDED_AFTER.match(text[span.end : span.end + 80]) or QUOTED_BEFORE.search(before):
                project = True
        if project:
            ex.organisations.remove(org)
