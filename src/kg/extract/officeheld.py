"""The office a title's holder, or their deputy, works in: "Deputy Prosecutor General Jane Doe" in a release
that names "the Prosecutor General's Office of Lakeland"; "the Deputy High Commissioner for Human Rights"
and "the Office of the United Nations High Commissioner for Human Rights".

The title names no organisation itself; the office named after the title it serves is the organisation the
text ties the speaker to (rather than the country's government or none).
"""

from __future__ import annotations

import re

from kg.model import Extraction

# Rank words a deputy's title adds in front of the head's title.
DEPUTY_LEAD = re.compile(r"^(?:(?:First|Second|Principal|Assistant|Deputy|Vice|Acting)[\s-]+)+")


def _office_pattern(base: str) -> re.Pattern:
    b = re.escape(base)
    return re.compile(
        rf"^(?:Office\s+of\s+the\s+(?:[A-Z]{{2,8}}\s+|United\s+Nations\s+)?{b}|(?:the\s+)?{b}(?:'s|’s)\s+Office)"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’ -]*)?$",
        re.I,
    )


def _mentions(forms: str, last: str) -> bool:
    return "office" in forms and last in forms


def office_of_title(ex: Extraction, role: str) -> str | None:
    """The release's organisation that is the office of `role` (or of the title a deputy serves): "Office
    of the [UN] <Title>", "<Title>'s Office [of X]"; None if there is none. Titles of one word ("Director")
    are too common to name an office."""
    role = role.strip(" ,;")
    bases = [role]
    bare = DEPUTY_LEAD.sub("", role)
    if bare != role:
        bases.append(bare)
    for base in bases:
        if len(base.split()) < 2:
            continue
        # Cheap: the title's last word must stand in the organisation's name at all.
        last = base.split()[-1].casefold()
        cands = [o for o in ex.organisations if _mentions(" ".join(o.forms).casefold(), last)]
        if not cands:
            continue
        rx = _office_pattern(base)
        hit = next((o.name for o in cands if any(rx.match(f) for f in o.forms)), None)
        if hit:
            return hit
    return None
