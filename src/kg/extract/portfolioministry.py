"""A government title with no organisation, tied to the ministry of its own portfolio the release names.

"The Principal Secretary for Interior, Mr. A", "Vice-Minister of Public Health, Dr. B": when no rule tied
the speaker to a body and the release names the ministry whose name starts with the title's portfolio
("Ministry of Interior and Harbour Security", "Ministry of Public Health"), the
official serves in that ministry. A ministry named only as a unit's parent ("the X Department of the
Ministry of Public Health") counts too: the unit is read as one name until later passes split it.
Only for speakers left without any organisation: a government guessed from a country name stays as it
is (gold files split between ministry and government there).
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.model import Extraction

# "Deputy Minister of Health", "Principal Secretary for Interior", "Vice-Minister of the Interior".
PORTFOLIO_TITLE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Vice-Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?P<p>[A-Z].*)$"
)


def _ministry(ex: Extraction, portfolio: str) -> str | None:
    """The one ministry of the release whose name (or a form of it) is "Ministry of/for [the] <portfolio>",
    maybe followed by " and ..." or " of <country>"."""
    hits = set()
    for o in ex.organisations:
        for f in o.forms:
            # "the Patrol Department of the Ministry of X": a unit's parent is a ministry the text names.
            unit = f"of the Ministry of {portfolio}"
            if f.endswith(unit) and f != unit[7:]:
                hits.add(unit[7:])
                continue
            for lead in ("Ministry of ", "Ministry for ", "Ministry of the "):
                if not f.startswith(lead):
                    continue
                rest = f[len(lead) :]
                if rest == portfolio or rest.startswith((portfolio + " and ", portfolio + " of ")):
                    hits.add(o.name)
    return next(iter(hits)) if len(hits) == 1 else None


def portfolio_ministries(ex: Extraction) -> None:
    """Give each government official left without an organisation the ministry of their portfolio."""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        m = PORTFOLIO_TITLE.match(a.role.strip())
        if m is None:
            continue
        name = _ministry(ex, m.group("p").strip(" ,"))
        if name:
            a.organisation = ensure_organisation(ex, name, a.span).name
