"""Sponsors named in the short funding sentences the main clause patterns (`eventcues`) leave out.

- "It was financed through the Agency for Development (AfD)." and "financed through the Union's
  contribution to the project": the body the money came through funds the event (a fund or programme
  named there is a vehicle, and `FUNDED_FROM` reads those).
- "financed through the Union's Thematic Programme": the programme's owner funds it, or the programme's
  contributors when named ("to which A and B are the main contributors").
- "The Agency for Development (AfD) provided financial support.": a sentence of its own, with no object,
  right after the event's sentence; the body funds the event just named.

- "The Commission today announced a contribution of EUR 3 million to a regional conference": the subject
  that gives money to the event funds it.

And a clause that belongs to a programme, not to the event: "convened by X within the framework of the
Y Programme, implemented in partnership with A and B" -- A and B implement the programme; they do not
organise the event.
"""

from __future__ import annotations

import re

from kg.model import Event

_NAME = r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|the|&)\s+)*[A-Z][\w’'&.-]*){0,8}"
_ACR = r"(?:\s*\([A-Z][\w&.-]{1,12}\))?"

# "financed through the Swedish Agency (SA)." / "funded through the Union's contribution to the project"
# "the Office to Monitor and Combat Trafficking in Persons": an office's name may hold "to" and "in" too.
_NAME_TO = r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|the|to|in|&)\s+)*[A-Z][\w’'&.-]*){0,10}"
FUNDED_THROUGH = re.compile(
    # "funded from the X Fund for Technical Co-operation (XFTC).": the named fund sponsors, as "through" it.
    rf"\b(?:co-)?(?:funded|financed)\s+(?:(?:partly|largely|mainly|entirely|fully)\s+)?(?:through|from)\s+(?:the\s+)?"
    rf"(?P<org>{_NAME_TO}){_ACR}"
    rf"(?:(?:’s|'s)\s+(?:[a-z-]+\s+)?(?:contribution|contributions|support|funding|grant)\b|\s*(?=[.;]|$)"
    r"|(?=,\s+(?:under|with)\s))"
)
# "The Agency for Development (AfD) provided financial support." (the whole sentence)
SUPPORT_ALONE = re.compile(
    rf"\s*(?:The\s+)?(?P<org>{_NAME}){_ACR}\s+(?:also\s+|generously\s+)?(?:provided|gave|offered)\s+"
    r"(?:(?:financial|generous|additional)\s+support|funding|financing|the\s+funding|the\s+financing)"
    r"(?:\s+for\s+(?:it|the\s+event|the\s+[a-z]+))?\s*\.?\s*$"
)
# "financed through the Union's Thematic Programme for X" / "through the Agency's regional programme": the
# owner of the programme the money came through.
THROUGH_OWNED = re.compile(
    # "funded from the X Fund for Technical Co-operation (XFTC).": the named fund sponsors, as "through" it.
    rf"\b(?:co-)?(?:funded|financed)\s+(?:(?:partly|largely|mainly|entirely|fully)\s+)?(?:through|from)\s+(?:the\s+)?"
    rf"(?P<org>{_NAME}){_ACR}(?:’s|'s)\s+(?:[\w-]+\s+){{0,3}}?(?:programme|program|Programme|Program)\b"
    r"(?:\s+(?:for|on|of)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,5})?"
)
CONTRIBUTORS = re.compile(
    r"[^,.;]{0,60},\s+to\s+which\s+(?P<list>[^.;]{3,160}?)\s+(?:are|is|were|was)\s+the\s+"
    r"(?:main\s+|principal\s+|largest\s+|major\s+)?(?:contributors?|donors?)\b"
)
# "financed through the X Trust Fund for Africa", "through the IOM Development Fund", "through the Elaria
# Fund for Rural Roads": a fund with a name of its own is the body the money came from (the annotators name
# it as the sponsor).
TRUST_FUND = re.compile(r"\b(?:Trust|Development|Emergency)\s+Fund\b|\bFund(?:\s+(?:for|to)\s|$)")
# The vehicle a funding route names, never the funder.
_VEHICLE = re.compile(r"\b(?:Fund|Facility|Programme|Program|Initiative|Instrument|Window|Budget|Project)\b")
# "... the Y Programme (YP), implemented in partnership with": the clause is the programme's.
PROGRAMME_END = re.compile(
    r"\b(?:Programme|Program|Project|Initiative|programme|program|project|initiative)\b"
    r"(?:\s*\([A-Z][\w&.-]{1,12}\))?,\s*(?:which\s+(?:is|was|are|were)\s+)?$"
)
_PROGRAMME_VERB = re.compile(r"(?:implemented|carried\s+out|run|delivered)\b")


# 'financed through the project "Roads for All", funded by the X Agency (XA)': the project's funder funds
# the event the project pays for (the guidelines' funding through a project).
THROUGH_PROJECT = re.compile(
    r"\b(?:co-)?(?:funded|financed|supported)\s+(?:(?:partly|largely|mainly|entirely|fully)\s+)?"
    r"(?:through|under)\s+(?:the|a|an|its)\s+(?:[a-z-]+\s+)?(?:project|programme|program|initiative)\s+"
    r"[\"“][^\"“”]{3,250}[\"”]\s*(?:\([A-Z][\w&.-]{1,12}\)\s*)?,?\s+(?:which\s+(?:is|was)\s+)?"
    r"(?:(?:co-)?funded|financed|supported)\s+by\s+"
)


_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


def _unit_of_known(org: str) -> str:
    """ "the Office to Monitor X of the US Department of State": the unit the money came through, without
    the well-known body it belongs to (which the text names as an organisation of its own)."""
    if " of " not in org:
        return org
    from kg.extract.orgnames import gaz_lookup

    for m in _OF_OWNER.finditer(org):
        if m.start() > 0 and " " in org[: m.start()] and gaz_lookup(org[m.end() :]):
            return org[: m.start()]
    return org


def funded_through(text: str) -> list[tuple[int, int, str]]:
    """(start, end, funder) for each "funded/financed through X" in `text` whose X is a body."""
    via = "through" in text or "ed from" in text
    if not via and " under " not in text:
        return []
    out = []
    if '"' in text or "“" in text:
        for m in THROUGH_PROJECT.finditer(text):
            from kg.extract.orglists import split_list

            out += [(m.start(), m.end(), n) for n in split_list(text[m.end() :])]
        if out:
            return out
    if not via:
        return out
    for m in FUNDED_THROUGH.finditer(text):
        org = _unit_of_known(m.group("org").rstrip("."))
        if not _VEHICLE.search(org) or TRUST_FUND.search(org):
            out.append((m.start(), m.end(), org))
    if out or ("'s" not in text and "’s" not in text):
        return out
    for m in THROUGH_OWNED.finditer(text):
        # "financed through the Union's X Programme, to which A and B are the main contributors": the
        # contributors fund it; else the programme's owner does.
        given = CONTRIBUTORS.match(text, m.end())
        if given:
            from kg.extract.orglists import split_list

            out += [(m.start(), m.end(), n) for n in split_list(given.group("list"))]
        else:
            out.append((m.start(), m.end(), m.group("org")))
    return out


def support_alone(text: str) -> str | None:
    """The funder of a sentence that says only "X provided financial support." (None otherwise)."""
    if "provided" not in text and "gave" not in text and "offered" not in text:
        return None
    m = SUPPORT_ALONE.fullmatch(text)
    return m.group("org") if m and not _VEHICLE.search(m.group("org")) else None


def programme_clause(text: str, start: int) -> bool:
    """The participle clause at `start` ("implemented in partnership with") follows a programme's name."""
    if not _PROGRAMME_VERB.match(text, start):
        return False
    return PROGRAMME_END.search(text[max(0, start - 120) : start]) is not None


# "announced a contribution of EUR 3.2 million to a regional conference", "made a grant of $50,000 for
# the forum" (the amount may hold a decimal point)
CONTRIBUTION_TO = re.compile(
    r"\s(?:(?:today|also|recently)\s+)?(?:announced|made|pledged|approved|granted|gave)\s+(?:a|an)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:contribution|grant|donation)\s+(?:of\s+[^;()]{1,30}?\s+)?(?:to|for|towards)\s+"
)


def contributions(text: str) -> list[re.Match]:
    """The "X announced a contribution of AMOUNT to" clauses of a sentence (the event follows each)."""
    if "contribution" not in text and "grant" not in text and "donation" not in text:
        return []
    return list(CONTRIBUTION_TO.finditer(text))


# "The Congress was financed through ...": a sentence whose subject is an event's bare kind word, which the
# mention finder leaves alone when the word is one that names events only inside a proper name.
KIND_SUBJECT = re.compile(
    r"\s*The\s+(?P<kind>[A-Za-z]+)\s+(?:was|is|has\s+been|will\s+be)\s+"
    r"(?:(?:partly|largely|mainly|entirely|fully|also|generously)\s+)?(?:co-)?(?:funded|financed)\b"
)


def kind_subject(text: str, events: list[Event]) -> str | None:
    """The one event of the kind the sentence's subject names ("The Congress was financed ..."), else None."""
    if "funded" not in text and "financed" not in text:
        return None
    m = KIND_SUBJECT.match(text)
    if not m:
        return None
    same = [e.name for e in events if e.kind == m.group("kind").lower()]
    return same[0] if len(same) == 1 else None


def programme_owner(name: str) -> str:
    """ "financed under the EU TACIS programme": a well-known body's acronym before the programme's own
    acronym names the programme's owner, who funds; the programme is no organisation."""
    parts = name.split()
    if len(parts) < 2 or not all(p.isupper() and p.isalpha() for p in parts[1:]):
        return name
    from kg.extract.orgnames import gaz_lookup

    return parts[0] if gaz_lookup(parts[0]) and not gaz_lookup(name) else name
