"""A title that ends with the agency's local office: "Senior Protection Officer in the UNHCR office in
Lakeport", "Field Officer at the IOM sub-office in Lakeport".

The office is where the speaker sits, not part of the title the text gives, and the agency named in it is
the speaker's organisation (the annotators write role "Senior Protection Officer", organisation UNHCR).
Kept apart from `titlesplit` so the shape can be tested on its own; `titlesplit` checks the agency resolves.
"""

from __future__ import annotations

import re

OFFICE_TAIL = re.compile(
    r"^(?P<role>.+?)\s+(?:in|at|with)\s+(?:the|its)\s+(?P<org>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})"
    r"(?:'s|’s)?\s+(?:(?:country|field|regional|sub-regional|liaison|local|national|area|sub-?)\s*)?"
    r"(?:office|sub-office|bureau|mission)(?:\s+(?:in|for|at)\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})?$"
)


def office_tail(phrase: str) -> tuple[str, str] | None:
    """(role, agency) when the title ends with "in the <Agency> office (in <Place>)"; None otherwise."""
    if "office" not in phrase and "bureau" not in phrase and "mission" not in phrase:
        return None  # cheap guard: most titles name no local office
    m = OFFICE_TAIL.match(phrase)
    return (m.group("role"), m.group("org")) if m else None
