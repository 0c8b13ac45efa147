"""Countries and bodies that chair a meeting hold it (GUIDELINES: a country named as chair or host acts as
a government, and the chair of an intergovernmental meeting is one of its organisers).

- "held in Lakeport under the chairmanship of the Republic of X" (or "under the presidency of X"): the
  chairing body organises the meeting; a person named there ("under the chairmanship of Ms. Y") does not.
- "X was elected to chair the review, with Y and Z as vice-chairs": the chair and the vice-chairs.
"""

from __future__ import annotations

import re

from kg.extract.eventrolenames import add_role
from kg.extract.eventsubjects import clause_subject
from kg.extract.orgheadwords import HEADS
from kg.extract.orglists import split_list, subject_names
from kg.extract.orgnames import OFFICIAL, country_code
from kg.model import Extraction, Span


def chair_host(host: str | None) -> bool:
    """Whether a PARTNER "host" phrase is a chairing phrase ("under the chairmanship", "presidency")."""
    low = (host or "").lower()
    return "chair" in low or "presiden" in low


def chairing_bodies(ex: Extraction, names: list[str]) -> list[str]:
    """The names that are bodies: known organisations, countries, governments, head-word bodies; an
    official form ("the Republic of X") as its country, which the role registers as X's government."""
    out: list[str] = []
    for n in names:
        tail = n.rpartition(" of ")[2]
        if ex.organisation(n) is None and OFFICIAL.match(n) and country_code(tail):
            out.append(tail)
        elif ex.organisation(n) or country_code(n) or n.split()[0] in HEADS or n.startswith("Government"):
            out.append(n)
    return out


# "Lakeland was elected to chair the review, with A and B as vice-chairs": the object follows at once.
ELECTED_CHAIR = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:unanimously\s+)?elected\s+"
    r"(?:to\s+(?:co-)?chair|(?:as\s+)?(?:the\s+)?(?:co-)?(?:chair|president)\s+of)\s+(?:the\s+)?"
)
VICE_CHAIRS = re.compile(r",?\s+with\s+(?P<list>[^.;]{1,160}?)\s+as\s+(?:co-chairs?|vice-?\s?chairs?)\b")


def elected_chairs(ex: Extraction, flat: str, sent: Span, text: str, in_sent: list, known: list[str]) -> None:
    """ "Lakeland was elected to chair the review, with A and B as vice-chairs": the chair and the vice-chairs
    organise the event the object names (a mention just after the phrase)."""
    for m in ELECTED_CHAIR.finditer(text):
        obj = sent.start + m.end()
        ev = next(((x, n) for x, n in in_sent if 0 <= x.start - obj <= 4), None)
        if ev is None:
            continue
        names = chairing_bodies(ex, subject_names(clause_subject(text[: m.start()])))
        span = Span(sent.start + m.start(), obj)
        add_role(ex, ev[1], names, "organiser", span)
        vice = VICE_CHAIRS.match(flat, ev[0].end, sent.end)
        if vice and names:
            add_role(ex, ev[1], chairing_bodies(ex, split_list(vice.group("list"), known)), "organiser", span)
