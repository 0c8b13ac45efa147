"""A title held in a named unit of a named owner: "Chief of the Agency's Laboratory and Scientific
Section", "Director of Lakeland's Anti-Smuggling Unit" -> the title, and the unit as the organisation.

`titlesplit.split_org_role` finds an organisation after "of" only when the whole tail resolves; a tail that
is "<owner>'s <Unit Name>" resolves neither way, so the whole phrase stayed the role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.orgnames import country_code

# "<owner>'s <Capitalised words joined by and/of/for> <head word>" (the whole tail).
OWNER_UNIT = re.compile(
    r"^(?P<owner>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,4})(?:'s|’s)\s+"
    r"(?P<unit>[A-Z][\w\-]*(?:\s+(?:and|of|for|on|[A-Z][\w\-]*))*?\s+"
    r"(?:Section|Force|Unit|Service|Agency|Bureau|Division|Directorate|Department|Office|Branch|Centre|"
    r"Center|Commission|Committee|Council|Authority|Institute|Secretariat|Police|Guard|Programme))$"
)


def owner_unit(tail: str, resolves: Callable[[str], bool]) -> str | None:
    """The unit named in `tail` when it reads "<owner>'s <Unit>" and the owner is a known body or a
    country; else None."""
    if "'s " not in tail and "’s " not in tail:
        return None
    m = OWNER_UNIT.match(tail.strip())
    if not m:
        return None
    owner = m.group("owner")
    return m.group("unit") if country_code(owner) or resolves(owner) else None
