"""A country's minister or secretary of a portfolio serves the ministry the release has act for it.

"Elaria's Minister of Water, Jane Doe" or "the Elarian Secretary of Water, John Roe" in a release whose
event is "organised by IOM in partnership with the Elarian Ministry of Water" (or "... with the
Department of Water of Elaria"): the ministry is named as an actor of the event, and the official who
heads or runs it speaks for it. Both titles are first read with the country's government as their
organisation (`titledemonym` moves only a demonym's "Minister of X"). Probe gold splits on the bare
possessive, but where the release itself has the same country's ministry of that portfolio organise,
host or co-sponsor, most files (and every later one) tie the official to the ministry. The government
stays when no such ministry acts, when the ministry belongs to another country, and when the release
names the ministry only as the government's instrument ("the Government of Elaria through its
Ministry of Water"): there the government is the actor.

US-style cabinet titles ("Secretary of Foreign Affairs", heading a "Department of Foreign Affairs") and a
permanent secretary of a portfolio ("Permanent Secretary for Labour") are read like "Minister of X";
"Secretary of State" is a title of its own and is left alone.
"""

from __future__ import annotations

import re

from kg.extract.countrywords import DEMONYMS
from kg.extract.govtitles import MINISTRY_OF
from kg.extract.orgnames import country_code
from kg.model import Extraction, Organisation

# "Minister of Labour", "Deputy Minister for Water", "Secretary of Foreign Affairs", "Permanent Secretary
# for Labour and Social Welfare" -> the portfolio.
OFFICE_PORTFOLIO = re.compile(r"\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(.+)$")
# The country word right before the title: "Elaria's ", "Elarian ", "the Elarian ".
COUNTRY_BEFORE = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)(?:'s|’s)?[ \t]+(?:the[ \t]+)?$")
# How an acting ministry is introduced: "organised by", "with", "and", "in partnership with".
_LEADS = ("by", "with", "and")


def possessive_ministers(ex: Extraction, text: str) -> None:
    """Tie a country's "<Minister|Secretary> of X" to that country's Ministry of X when it acts."""
    flat = ""
    for a in ex.affiliations:
        gov = ex.organisation(a.organisation) if a.role and a.organisation else None
        if gov is None or gov.kind != "government" or not gov.country:
            continue
        m = OFFICE_PORTFOLIO.search(a.role)
        if m is None or "of State" in a.role or "State Secretary" in a.role:
            continue
        flat = flat or " ".join(text.split())
        if not _after_country(flat, a.role, gov.country):
            continue
        topic = m.group(1).strip()
        hits = [o for o in ex.organisations if _serves(o, topic, gov.country)]
        if len(hits) != 1 or not _acts(flat, hits[0].forms):
            continue
        a.organisation = hits[0].name


def _after_country(flat: str, role: str, country: str) -> bool:
    """Some statement of `role` follows the country's name or adjective, possessive or not."""
    at = flat.find(role)
    while at >= 0:
        m = COUNTRY_BEFORE.search(flat, max(0, at - 40), at)
        if m:
            word = m.group(1).removesuffix("'s").removesuffix("’s")
            last = word.split()[-1]
            if (
                country_code(word) == country
                or DEMONYMS.get(last) == country
                or country_code(last) == country
            ):
                return True
        at = flat.find(role, at + 1)
    return False


def _serves(org: Organisation, topic: str, country: str) -> bool:
    """`org` is a ministry or department of `country` for the whole portfolio `topic` ("Ministry of Health
    and Social Development" serves no "Minister of Health"), its country's name may close it."""
    if org.kind != "ministry" or (org.country and org.country != country):
        return False
    for f in org.forms:
        if not (f.startswith(("Ministry ", "Department ")) or " Ministry " in f or " Department " in f):
            continue
        portfolio = MINISTRY_OF.sub("", f)
        if portfolio != f and (portfolio == topic or portfolio.startswith(topic + " of ")):
            return True
    return False


def _acts(flat: str, forms: list[str]) -> bool:
    """Some form of the ministry follows "by", "with" or "and" (an article, a country's possessive or its
    adjective may stand between): the release names it as one who organises, hosts or partners."""
    for f in forms:
        at = flat.find(f)
        while at >= 0:
            before = flat[max(0, at - 40) : at].split()
            while before and (
                before[-1] == "the" or before[-1].endswith(("'s", "’s")) or before[-1] in DEMONYMS
            ):
                before.pop()
            if before and before[-1] in _LEADS:
                return True
            at = flat.find(f, at + 1)
    return False
