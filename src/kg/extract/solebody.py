"""A bare office title whose body is the release's only body of that kind: "Commissioner Jane Doe" in a
release about the Lakeland Human Rights Commission, "Deputy Mayor John Roe" in one about Lakeport
Municipality.

The text often names the body once in the lead and then titles its officer without repeating it; a reader
ties the officer to it, and the annotators do too. Only when the release names exactly one body of that
kind, so a commissioner beside two commissions is left without one.
"""

from __future__ import annotations

import re

from kg.model import Extraction

# A bare title (with its rank word) -> the name of the body such an officer serves.
BARE_TITLE = re.compile(
    r"^(?:(?:Deputy|Vice|Chief|Assistant)[- ])?(?:(?P<commission>Commissioner)|(?P<city>Mayor))$"
)
KIND = {
    # "Commission" as a word: "the UN High Commissioner for Refugees" is an office, not a commission.
    "commission": re.compile(r"\bCommission\b"),
    "city": re.compile(
        r"\b(?:Municipality|City Council|Municipal Council|Town Council|City Hall)\b|^City of "
    ),
}


# "National Coordinator for the Fight against Poaching" and "the Office for the Fight against Poaching": the
# office named for the same portfolio is the one the coordinator heads.
PORTFOLIO = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+for\s+(?P<p>(?:the\s+)?[A-Z].{3,80})$")
OFFICE_KINDS = ("Office", "Bureau", "Secretariat", "Agency", "Directorate", "Commission", "Council", "Centre")


def sole_body_titles(ex: Extraction) -> None:
    """Give a bare "Commissioner"/"Mayor" with no organisation the release's one commission or city, and
    a "<Title> for <portfolio>" the body named "<Office> for <portfolio>"."""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        if " for " in a.role and (p := PORTFOLIO.match(a.role)):
            a.organisation = _portfolio_office(ex, p.group("p"))
            continue
        m = BARE_TITLE.match(a.role)
        if m is None:
            continue
        kind = KIND["commission" if m.group("commission") else "city"]
        found = [o for o in ex.organisations if kind.search(o.name)]
        if len(found) > 1:
            # Beside a national commission, the European or African Union Commission is no bare
            # "Commissioner"'s: their members are titled "European Commissioner", "Commissioner for X".
            found = [o for o in found if o.kind != "intergovernmental"]
        bodies = [o.name for o in found]
        if len(bodies) == 1:
            a.organisation = bodies[0]


def _portfolio_office(ex: Extraction, portfolio: str) -> str | None:
    """The one organisation named "<Office kind> for <portfolio>", or None."""
    found = [
        o.name
        for o in ex.organisations
        if any(n.endswith(f"{form} for {portfolio}") for n in (o.name, *o.aliases) for form in OFFICE_KINDS)
    ]
    return found[0] if len(found) == 1 else None
