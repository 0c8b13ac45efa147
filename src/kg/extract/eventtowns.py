"""A place the text introduces as a town ("in the northern town of Lakeport") is where the event was held.

Gazetteers list capitals and large cities; releases from country offices often report events in smaller
towns and say so: "a workshop held in the southern city of X", "met in the border town of Y". The phrase
itself marks the capitalised words after "city of" / "town of" / "village of" as a place, whether or not a
list knows them, so the event's clause need not fall back on the dateline's capital or country.
"""

from __future__ import annotations

import re

# "in the northern town of Port Elara", "in the Ecuadorian city of Lakeport", "in the village of X".
TOWN_OF = re.compile(
    r"\bin\s+the\s+(?:[\w’'-]+\s+){0,2}(?:city|town|village|port\s+city|border\s+town)\s+of\s+"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
)


def town_in(text: str) -> str | None:
    """The town `text` introduces as "in the ... city/town/village of X", else None."""
    if " of " not in text:
        return None
    m = TOWN_OF.search(text)
    return m.group("name") if m else None
