"""A name the finder read through a listed person: "the Office of the Ombudsman and Professor Ana Vell of
the University of Tarn" is two organisations, each the affiliation of one person in a list of speakers.

The capitalised run around head words joins across "and", a title and a person's name; when what comes
before "and" and what comes after the person's "of the" are both whole names with head words of their own,
the run is cut into those two names (the person is left to the speaker finder).
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadwords import HEADS
from kg.extract.orgsplits import _whole_name
from kg.model import Extraction, Span

_WORD = r"[A-Z][\w’'-]+"
RUN_THROUGH = re.compile(
    rf"^(?P<left>.+?)\s+and\s+(?:(?P<title>{_WORD}\.?)\s+)?(?P<person>{_WORD}(?:\s+{_WORD}){{1,2}})"
    r"\s+(?:of|from|at)\s+(?:the\s+)?(?P<right>.+)$"
)


def _cut(name: str) -> tuple[str, str] | None:
    """(left, right) of a name run through "and [Title] First Last of the ...", else None."""
    from kg.extract.personwords import TITLE_WORDS

    m = RUN_THROUGH.match(name)
    if not m:
        return None
    person = m.group("person").split()
    title = m.group("title")
    if any(w in HEADS for w in person) or (title is not None and title.rstrip(".") not in TITLE_WORDS):
        return None
    left, right = m.group("left"), m.group("right")
    if not (_whole_name(left) and _whole_name(right)) or not any(w in HEADS for w in right.split()):
        return None
    return left, right


def split_person_runs(ex: Extraction) -> None:
    for org in list(ex.organisations):
        if " and " not in org.name or " of " not in org.name:
            continue
        cut = _cut(org.name)
        if cut is None:
            continue
        left, right = cut
        full = org.name
        org.aliases = [a for a in org.aliases if a != full and a != left]
        org.name = left
        if ex.organisation(right) is None:
            ensure_organisation(ex, right, org.spans[0] if org.spans else Span(0, 0))
