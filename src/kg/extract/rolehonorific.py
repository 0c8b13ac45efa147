"""Honorifics that open a title before a name are no part of the role.

"Hon. Minister for Water Mr. Jane Doe", "Hon'ble Minister for Fisheries Mr. John Roe", "H.E. Ambassador
A": government releases in South Asia and East Africa put the courtesy before the office. The title read
before the name keeps it; the role is the office alone.
"""

from __future__ import annotations

import re

from kg.model import Extraction

LEAD_COURTESY = re.compile(
    r"^(?:(?:Hon(?:'|’)ble|Hon\.|Honourable|Honorable|The\s+Hon(?:ourable|orable)?\.?|H\.\s?E\.?|"
    r"(?:His|Her)\s+Excellency|Engr\.|Dr\.|Mr\.|Mrs\.|Ms\.)\s+)+(?=[A-Z])"
)


def without_courtesy(role: str | None) -> str | None:
    """The role without the honorifics that open it; a role of honorifics only is kept as it is."""
    if not role or role[:1] not in "HTEDM":
        return role
    return LEAD_COURTESY.sub("", role) or role


def courtesy_free_roles(ex: Extraction) -> None:
    """Drop the honorifics that open each speaker's role."""
    for a in ex.affiliations:
        a.role = without_courtesy(a.role)
