"""A bare "the Ministry" / "the Department" in a role clause names the ministry the release gave before.

A ministry's own release names itself in full once ("The Ministry of Labour and Fisheries concluded
...") and then only as "the Ministry" ("The Ministry organised the course with ..."). The bare head
word is no body of its own: it is the release's ministry (or department), and when the release names
several, the one it names most often before the clause (its own), the first named on a tie.
"""

from __future__ import annotations

from kg.model import Extraction, Organisation

BARE_HEADS = ("Ministry", "Department")


def bare_head_body(ex: Extraction, word: str, before: int) -> str | None:
    """The name of the ministry (department) that a bare `word` refers to at offset `before`, else None."""
    if word not in BARE_HEADS:
        return None
    lead = word + " "
    found: list[tuple[int, int, Organisation]] = []
    for org in ex.organisations:
        if not org.name.startswith(lead):
            continue
        starts = [s.start for s in org.spans if s.start < before]
        if starts:
            found.append((-len(starts), min(starts), org))
    if not found:
        return None
    return min(found, key=lambda t: (t[0], t[1]))[2].name
