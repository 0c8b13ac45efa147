"""A minister whose title closes with the country serves the ministry the release names for the portfolio.

"Jane Doe, Deputy Minister of Water of the Republic of Elaria" in a release that also names the "Ministry
of Water" (as organiser, host or partner): the country after the portfolio says whose minister she is, and
the ministry the release has act is the body she speaks for, as with a minister introduced by the
country's adjective (`titledemonym`). The title is first read with the country's government as its
organisation, which stays when the release names no such ministry or names it only as where officials
come from ("one official from the Ministry of Health"), when the ministry belongs to another country, and
when the release presents the ministry as the government's instrument ("hosted by the
Government of Elaria through its Ministry of Water"): there the government is the actor the release
names, and annotators tie its officials to it.
"""

from __future__ import annotations

from kg.extract.govtitles import MINISTRY_NAME, PORTFOLIO, portfolio_ministry
from kg.extract.orgnames import country_code
from kg.model import Extraction


def country_closed_ministers(ex: Extraction, text: str) -> None:
    """Tie "<Minister of X> of <Country>" with the country's government to the release's Ministry of X."""
    flat = ""
    for a in ex.affiliations:
        gov = ex.organisation(a.organisation) if a.role and a.organisation else None
        if gov is None or gov.kind != "government" or not gov.country or not PORTFOLIO.search(a.role):
            continue
        flat = flat or " ".join(text.split())
        if not _country_after(flat, a.role, gov.forms):
            continue
        ministries = [o for o in ex.organisations if MINISTRY_NAME.match(o.name)]
        hit = portfolio_ministry(ministries, a.role)
        if hit is None or not _same_country(hit.forms, hit.country, gov.country):
            continue
        if not _acts(flat, hit.forms):
            continue
        a.organisation = hit.name


def _country_after(flat: str, role: str, forms: list[str]) -> bool:
    """Some statement of `role` is followed by "of [the] <a form of the government>"."""
    at = flat.find(role + " of ")
    while at >= 0:
        rest = flat[at + len(role) + 4 : at + len(role) + 80].removeprefix("the ")
        if any(rest.startswith(f) or rest.startswith(f.removeprefix("the ")) for f in forms):
            return True
        at = flat.find(role + " of ", at + 1)
    return False


# "organised by IOM and the Ministry of X", "in cooperation with the X Ministry of Y": the ministry acts.
ACTOR_LEADS = ("by the ", "with the ", "and the ", "by ", "with ")


def _acts(flat: str, forms: list[str]) -> bool:
    """The release names the ministry as an actor (after "by", "with" or "and"), not only as where some
    officials come from ("one official from the Ministry of Health" of each country) or as the
    government's instrument ("through its Ministry of X")."""
    return any(lead + f in flat for f in forms for lead in ACTOR_LEADS)


def _same_country(forms: list[str], country: str | None, home: str) -> bool:
    """The ministry is no other country's: its country, or a country closing one of its names."""
    if country and country != home:
        return False
    for f in forms:
        tail = f.rsplit(" of ", 1)[-1].removeprefix("the ") if " of " in f else ""
        code = country_code(tail) if tail else None
        if code and code != home:
            return False
    return True
