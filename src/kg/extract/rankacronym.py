"""A speaker named again by an abbreviated rank and the surname: "SSP Doe", "ACP Doe".

Police, military and civil-service releases give a person's rank in full at first mention ("Senior
Superintendent of Police Jane Doe") and abbreviate it later ("SSP Doe said"). The name finder reads the
capitalised acronym as a first name, so the later mention would make a second speaker; an all-capitals
first word before the surname of a person already named is that person's rank, and the mention is theirs.
"""

from __future__ import annotations

from kg.model import Extraction, Person


def rank_surname(ex: Extraction, name: str) -> Person | None:
    """The person already named whose name ends in `name` without its leading rank acronym, if one."""
    head, _, rest = name.partition(" ")
    if not rest or not (2 <= len(head) <= 5 and head.isalpha() and head.isupper()):
        return None
    hits = [p for p in ex.people if p.name != name and p.name.endswith(" " + rest)]
    return hits[0] if len(hits) == 1 else None
