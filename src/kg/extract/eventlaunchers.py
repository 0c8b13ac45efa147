"""Who launches a plan does not hold its launch when the text names who convened the launch.

"The Ministry today launched the National Plan ... The launch ceremony was convened by the Advisory
Committee": the launcher is taken for the launch's organiser only when nothing better names one; a passive
"organised / convened / hosted by X" clause about the same event does, and the launcher then is the
plan's owner, not the event's organiser.
"""

from __future__ import annotations

import re

from kg.model import Extraction, Span

# The passive organiser clause ("was convened by", "is organised by") a role's span holds.
PASSIVE_ORGANISER = re.compile(r"^(?:co-)?(?:organi[sz]ed|convened|hosted)\s+(?:[a-z]+\s+)?by\s", re.I)


def drop_launchers_of_convened(ex: Extraction, flat: str, launch_spans: list[Span]) -> None:
    """Drop the organisers a launch sentence gave an event that a passive organiser clause also names,
    unless the clause names the launcher too ("jointly organised by IOM Lakeport and the Ministry")."""
    launched = {(s.start, s.end) for s in launch_spans}
    clauses: dict[str, list[str]] = {}
    for r in ex.event_roles:
        if r.role == "organiser" and PASSIVE_ORGANISER.match(flat[r.span.start : r.span.end + 1]):
            end = flat.find(". ", r.span.start)
            clause = flat[r.span.start : end if end > 0 else len(flat)]
            clauses.setdefault(r.event, []).append(clause.split(", which")[0])
    if not clauses:
        return

    def named_in(org_name: str, texts: list[str]) -> bool:
        org = ex.organisation(org_name)
        forms = org.forms if org else [org_name]
        head = org_name.split()[0]
        # "the Ministry", "the EU Delegation": the launcher's head word names it in the clause
        return any(f in t for t in texts for f in forms) or any(f" {head}" in t for t in texts)

    ex.event_roles[:] = [
        r
        for r in ex.event_roles
        if not (
            r.role == "organiser"
            and r.event in clauses
            and (r.span.start, r.span.end) in launched
            and not named_in(r.organisation, clauses[r.event])
        )
    ]
