"""A title's "of X" that names a portfolio, not a body: "Director of Mental Health, Ministry of Health of
Elaria" (the body follows the comma) and "Director of Social Action of Elaria" (a field of work, with no
organisation head word, held for a country: the country's government is the body).

`slot_names` (orgsplits) reads "Director of X" as X's director; these are the forms where X is the
director's field, as `AT_BODY` already says for "Director of X at the Y".
"""

from __future__ import annotations

import re

from kg.extract.orgheadwords import HEADS
from kg.extract.places import is_place

# ", Ministry of ...", ", the Department of ...": a body's name right after the portfolio.
BODY_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:Ministry|Department|Directorate|Office|Secretariat|Agency|Commission|Authority)\s+"
    r"(?:of|for)\s+[A-Z]"
)
OF_PLACE = re.compile(r"^(?P<field>.+?)\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})$")


OF_BEFORE = re.compile(r"\sof\s+(?:the\s+)?$")


def portfolio(name: str, text: str, start: int, end: int) -> bool:
    """Whether the `name` a title's "of" introduced (at `start`-`end` in `text`) is the title's field."""
    if not OF_BEFORE.search(text, max(0, start - 12), start):
        return False  # "Director at the Lake Clinic, Ministry of Health": the clinic is a body
    if BODY_AFTER.match(text, end):
        return True
    m = OF_PLACE.match(name)
    if m is None or not is_place(m.group("place")):
        return False
    return not any(w in HEADS for w in m.group("field").split())
