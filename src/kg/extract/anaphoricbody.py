"""A unit "of the Ministry" named back to a ministry the release gave before.

"Colonel Jane Doe, Deputy Head of the Migration Police Department of the Ministry, noted ...": the bare
"the Ministry" is the ministry named earlier (the release's own "Ministry of Internal Affairs of X"), so the
speaker's organisation is that ministry and the unit stays in the title. Without the rule the title is cut
at the unit and "Migration Police Department of the Ministry" is taken for a body (and dropped here).
"""

from __future__ import annotations

import re

from kg.model import Extraction

OF_BARE = re.compile(r"^(?P<unit>.+?)\s+of\s+the\s+(?P<kind>Ministry|Department)$")


def bare_owner_unit(
    ex: Extraction, text: str, start: int, role: str | None, org: str | None
) -> tuple[str | None, str | None] | None:
    """(role with its unit, the ministry named last before `start`) for an org "<Unit> of the Ministry";
    None when the org has no such form or the release named no such ministry before."""
    if not org or not org.endswith(("the Ministry", "the Department")):
        return None
    m = OF_BARE.match(org)
    if m is None:
        return None
    from kg.extract.affilcues import form_mentions

    kind = m.group("kind")
    named = form_mentions(ex, text, max(0, start - 3000), start)
    near = [(e, n) for e, n in named if n.startswith(kind + " ")]
    if not near:
        return None
    title = f"{role} of the {m.group('unit')}" if role else None
    # The organisation finder read the same words as a body's name; "of the Ministry" names none.
    ex.organisations[:] = [o for o in ex.organisations if o.name != org]
    return title, max(near)[1]
