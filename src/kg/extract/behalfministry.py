"""The ministry of an official who speaks for its minister.

"Opening the meeting on behalf of the Minister of Justice and Home Affairs, State Secretary Jane Doe
warned ..." or "Secretary General John Roe opened the workshop on behalf of the Minister of Water": the
official stands in for the minister, so the ministry of that portfolio is the body they serve. Only a
ministry the release itself names is taken ("the Ministry of Water and Home Affairs", with or without its
country), and only for a speaker whose title came with no organisation; the minister's own title (the
"government or ministry" question for ministers) is left alone. "Undersecretary Jane Doe spoke on behalf of
Labour Secretary John Roe" writes the portfolio before the title: the one known ministry or department of
that portfolio is taken.
"""

from __future__ import annotations

import re

from kg.model import Extraction

# "on behalf of the Minister of Justice and Home Affairs", "on behalf of the Minister for Water": the
# portfolio is the run of capitalised words (and their connectors) after "of/for", up to a comma (a name or
# a clause follows it: "..., Chief Jane Doe"). A cabinet secretary ("on behalf of the Cabinet Secretary for
# Water") holds a portfolio as a minister does.
BEHALF_MINISTER = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the|his|her|their)\s+(?:Minister|(?:Cabinet\s+)?Secretary)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<portfolio>[A-Z][\w'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-Z][\w'’-]*)*)"
)
MINISTERS = re.compile(r"^(?:the\s+)?Minister(?:'s|’s)\s+")
# "on behalf of Labour Secretary Jane Doe", "on behalf of Health Minister Jane Doe": the portfolio written
# before the title, one or two capitalised words, then the minister's name.
BEHALF_PORTFOLIO_FIRST = re.compile(
    r"\bon\s+behalf\s+of\s+(?:the\s+)?(?P<portfolio>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:Minister|Secretary)\s+[A-Z]"
)
# The bodies a portfolio-first title points at: a ministry or, where cabinet members are secretaries, a
# department ("Department of Labour and Employment").
KINDS_FIRST = ("Ministry of ", "Ministry for ", "Ministry of the ", "Department of ", "Department of the ")


def _portfolio_first(ex: Extraction, portfolio: str) -> str | None:
    """The one known ministry or department whose portfolio opens with `portfolio` ("Labour" for the
    "Department of Labour and Employment"; "Foreign" for the "Ministry of Foreign Affairs")."""
    found = {
        o.name
        for o in ex.organisations
        for f in o.forms
        for kind in KINDS_FIRST
        if f == kind + portfolio or f.startswith(kind + portfolio + " ")
    }
    return next(iter(found)) if len(found) == 1 else None


def _portfolio_minister(role: str) -> bool:
    return "Minister" in role and (" of " in role or " for " in role)


def behalf_ministries(ex: Extraction, text: str) -> None:
    """Give a speaker with a title and no organisation the ministry of the minister they speak for."""
    if "behalf" not in text:
        return
    # A ministry by any of its forms ("the Lakeland Ministry of Water", also "the Ministry of Water").
    ministries = [(f, o) for o in ex.organisations for f in o.forms if f.startswith("Ministry ")]
    if not ministries and not any(f.startswith("Department of ") for o in ex.organisations for f in o.forms):
        return
    for a in ex.affiliations:
        if not a.role or a.organisation or _portfolio_minister(MINISTERS.sub("", a.role)):
            continue  # "Vice Minister of Transport": a minister of their own portfolio
        m = BEHALF_MINISTER.search(text, a.span.start, a.span.end)
        if m is None:
            first = BEHALF_PORTFOLIO_FIRST.search(text, a.span.start, a.span.end)
            body_name = _portfolio_first(ex, first.group("portfolio")) if first else None
            if body_name is not None:
                a.organisation = body_name
            continue
        portfolio = m.group("portfolio")
        for prefix in (
            f"Ministry of {portfolio}",
            f"Ministry for {portfolio}",
            f"Ministry of the {portfolio}",
        ):
            # "Ministry of Justice, Courts and Public Records": the portfolio may open a longer list.
            body = next(
                (o for f, o in ministries if f == prefix or f.startswith((prefix + " of ", prefix + ","))),
                None,
            )
            if body is not None:
                a.organisation = body.name
                # "the Minister's chief of staff": the minister is the owner, no part of the title.
                a.role = MINISTERS.sub("", a.role) or a.role
                break
