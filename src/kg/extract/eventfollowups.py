"""The follow-up sentence about an event just named: "It was ...", and what its clauses give.

Sponsors through a project:
A release names the event, then says in the next sentence what it belongs to: "It was held under a
project on X funded by the EU", "It forms part of an ILO project ... funded by AusAID", "It is part of
the regional programme on Y, which is funded by SDC". The pronoun is the event of the sentence before,
and the project's funders sponsor the event (GUIDELINES: "Funding through a project"). A second funder
joined by "and co-financed by Z" sponsors too.

A long follow-up coordinates its predicates: "It was co-hosted by A with B, in partnership with C (CC),
and was funded thanks to a grant from D." The later predicate still has the event for subject, however far
into the sentence it comes.
"""

from __future__ import annotations

import re

# "It was held under ...", "It forms part of ...", "The meeting is part of ...": a short subject whose
# referent is the event just named.
PRONOUN_LEAD = re.compile(
    r"\W*(?:It|They|This|The\s+(?:[a-z-]+\s+){0,2}(?:event|meeting|workshop|conference|forum|consultation|"
    r"seminar|training|dialogue|session|course|campaign))\s+"
    r"(?:was|were|is|are|will\s+be|has\s+been|forms?|formed)\b"
)
# "..., which is funded by X": the relative clause's funder belongs to the project named just before.
PROJECT_WHICH_FUNDED = re.compile(
    r"\b(?:project|programme|program)\b[^.;]{0,100}?,\s*(?:which|that)\s+(?:is|was|are|were|has\s+been|had\s+been)"
    r"\s+(?:also\s+|jointly\s+|generously\s+)?(?P<verb>(?:co-)?(?:funded|financed|sponsored|supported))\s+by\s+",
    re.I,
)
# "funded by the EU and co-financed by Hungary": a further funder in its own participle clause.
# "funded by the EU under its X programme, with additional support from Y": Y funds the project too.
CO_FUNDED = re.compile(
    r"(?:,\s*|\s+)(?:and\s+)?(?:also\s+)?(?:(?P<verb>co-?(?:funded|financed|sponsored)|(?:additionally\s+)?"
    r"(?:funded|financed|sponsored|supported))\s+by|with\s+(?:additional|further|extra|complementary)\s+"
    r"(?:financial\s+)?(?:support|funding|financing)\s+from)\s+"
)


def pronoun_project(text: str) -> bool:
    """Whether a sentence with no event mention is a pronoun's follow-up naming a project."""
    return PRONOUN_LEAD.match(text) is not None


def further_funders(text: str, start: int) -> list[int]:
    """The offsets in `text` after `start` where a co-funder's agent list begins ("and co-financed by ")."""
    return [m.end() for m in CO_FUNDED.finditer(text, start)]


# ", and was funded ...", "and is supported ...": a predicate coordinated with the sentence's first one;
# "It was co-organized by A and B, and co-funded by C": the participle may share the first one's "was".
COORDINATED = re.compile(
    r"(?:,\s*|\s)and\s+(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been)\s+(?:[a-z-]+\s+){0,2})?$"
)


def coordinated_predicate(text: str, start: int) -> bool:
    """Whether the clause at `start` is a predicate joined by "and was ..." to the subject's first one."""
    return COORDINATED.search(text, max(0, start - 60), start) is not None


# "It was held at a community hall in X and was funded by Y": the event's own sentence, with a role clause
# coordinated after where it was held.
PRONOUN_HELD = re.compile(
    r"\W*(?:It|They)\s+(?:was|were|is|are|will\s+be)\s+(?:held|staged|run|conducted|organi[sz]ed)\b"
    r"[^.;]*?(?:,\s*|\s)and\s+(?:was|were|is|are|will\s+be)\s+(?:[a-z-]+\s+){0,2}?(?:co-?)?"
    r"(?:funded|financed|sponsored|supported|hosted|organi[sz]ed|convened)\s+by\b"
)


def pronoun_held(text: str) -> re.Match | None:
    """A pronoun sentence saying where the event was held, then who funded or hosted it."""
    return PRONOUN_HELD.match(text) if " and " in text else None


# "The forum was financed from the X Trust Fund for Water, provided by the Government of Y": a fund named
# by its own name, then who provides it; the provider sponsors (the fund is the vehicle).
FUND_PROVIDED = re.compile(
    r"\b(?:funded|financed|paid\s+for)\s+(?:from|through|by|under|out\s+of)\s+(?:the\s+|a\s+)?"
    r"[A-Z][^,;.()]{0,80}?\b(?:Fund|Facility|Trust|Grant|Window)\b[^,;.]{0,40},\s*"
    r"(?:which\s+(?:is|was)\s+)?(?:provided|funded|financed|established|contributed)\s+by\s+"
)


# "IOM's wider data programme in the region is supported by X": a programme the text sets apart from the
# event's own ("wider", "separate", "other") is not the one the event belongs to; its funder sponsors
# no event.
ANOTHER_PROJECT = re.compile(
    # "the AU's wider Joint Labour Migration Programme": up to two lowercase words or a short proper name
    r"\b(?i:wider|broader|other|separate|overall|larger|another|earlier|previous)\s+"
    r"(?:(?:[\w-]+\s+){0,2}|(?:[A-Z][\w-]*\s+){3,5})$",
)


def another_project(text: str, start: int) -> bool:
    """Whether the project noun at `start` is qualified as another project than the event's."""
    return ANOTHER_PROJECT.search(text, max(0, start - 60), start) is not None


_PROJECT_NOUN = re.compile(r"\b(?:[Pp]roject|[Pp]rogramme|[Pp]rogram)\b")


def other_project_subject(text: str, end: int) -> bool:
    """ "The Council's wider X Programme, which was not part of the conference budget, is funded by Y": a
    clause before `end` whose subject is a project set apart from the event's own."""
    return any(another_project(text, m.start()) for m in _PROJECT_NOUN.finditer(text, 0, end))
