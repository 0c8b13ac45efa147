"""A named body that ends a title, followed by where it is: "a member of the Harbour Readers Club in
Lakeport", "Director of Disease Control of the Coastal Health Institute in Port Elara".

Without the place, "<title> of the <Name> <Head>" already gives the body (titlesplit.BODY_OF_THE); the place
after it kept the whole phrase as the title. The place is no part of the body's name. Heads that name an
organisation's own unit ("Office", "Department" ...) are left out: "Head of the Country Office in X" is an
office of the organisation, not a body of its own.
"""

from __future__ import annotations

import re

PLACED = re.compile(
    r"^(?P<role>.+?)\s+of\s+the\s+(?P<org>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’\-]*)+\s+"
    r"(?:Club|League|Institute|Centre|Center|Council|Committee|Association|Foundation|Trust|Network|Federation|"
    r"Union|Society))\s+in\s+(?P<place>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})$"
)


def placed_body(phrase: str) -> tuple[str, str] | None:
    """(role, body) for "<title> of the <Name> <Head> in <Place>"; None otherwise."""
    if " in " not in phrase:
        return None
    m = PLACED.match(phrase)
    if m is None:
        return None
    from kg.extract.places import is_place
    from kg.extract.titlesplit import has_title

    if not is_place(m.group("place")) or not has_title(m.group("role")):
        return None
    return m.group("role"), m.group("org")
