"""Organisations left inside a speaker's role: "COSATU General Secretary", "project coordinator at FNV
Mondiaal", "Director for Latin America, C40".

The title splitter leaves the whole phrase as the role when it cannot tell the organisation apart at that
point; once every organisation of the release is known, a role that still ends in "at/of/with <a known
organisation>", starts with a known acronym, or ends in ", <a known organisation>" gives it up.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.titlesplit import has_title, resolves
from kg.model import Extraction

AT_ORG = re.compile(r"^(?P<role>.+?)\s+(?:at|with)\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$")
ACRONYM_FIRST = re.compile(r"^(?P<org>[A-Z][A-Z0-9&]{1,9})\s+(?P<role>[A-Z][\w-]*(?:\s+[\w-]+){0,4})$")
COMMA_ORG = re.compile(r"^(?P<role>[^,]+),\s+(?P<org>[A-Z][^,;]*)$")


def peel_role_organisations(ex: Extraction) -> None:
    """Move a known organisation out of a role that has none beside it."""
    for a in ex.affiliations:
        if not a.role or a.organisation:
            continue
        for pattern in (AT_ORG, ACRONYM_FIRST, COMMA_ORG):
            m = pattern.match(a.role)
            if m and _peelable(ex, m.group("role"), m.group("org")):
                org = ex.organisation(m.group("org")) or ensure_organisation(ex, m.group("org"), a.span)
                a.role, a.organisation = m.group("role"), org.name
                break


def _peelable(ex: Extraction, role: str, org: str) -> bool:
    """The part left is still a title, and the part taken is an organisation of the release, not a title."""
    return has_title(role) and not has_title(org) and resolves(ex, org)
