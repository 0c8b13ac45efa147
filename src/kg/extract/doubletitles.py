"""Two titles run together before a name, and a mission head's body.

"Head of Mission Ambassador Jane Doe": the rank that serves as an honorific ("Ambassador") follows the
office, and the office is the role. "Head of Mission" with no organisation heads the release's one mission
("OSCE Mission to Lakeport"), which is an office of its organisation.
Kept apart from `affiliation` because both fixes read a finished role, after every cue has had its say.
"""

from __future__ import annotations

import re

from kg.model import Extraction

# "Head of Mission Ambassador", "Chief of Delegation Ambassador": an "of" office, then the rank.
OFFICE_THEN_RANK = re.compile(r"^(?P<office>.+\bof\s+[A-Z][\w-]+)\s+(?:Ambassador|Ambassadress)$")
MISSION_HEAD = re.compile(r"^(?:Deputy\s+)?(?:Head|Chief)\s+of\s+(?P<unit>Mission|Delegation)$")


def double_titles(ex: Extraction) -> None:
    """Drop a rank that follows an office in one role, and give a bare mission head the release's mission."""
    for a in ex.affiliations:
        if not a.role:
            continue
        m = OFFICE_THEN_RANK.match(a.role)
        if m:
            a.role = m.group("office")
        head = MISSION_HEAD.match(a.role) if a.organisation is None else None
        if head:
            # "OSCE Mission to Lakeport", "EU Delegation to X": the unit led by its organisation's acronym.
            word = re.compile(rf"^[A-Z][A-Za-z-]{{1,9}}\s+{head.group('unit')}\b")
            owners = [o for o in ex.organisations if any(word.match(f) for f in o.forms)]
            if len(owners) == 1:
                a.organisation = owners[0].name
