"""A minister introduced by nationality serves the ministry the release names for the portfolio.

"The Namibian Minister of Labour and Social Welfare, Hon. Jane Doe" in a release that also names the
"Ministry of Labour and Social Welfare": the adjective says whose minister she is, the ministry is the
body she speaks for. The title is first read with the adjective's government as its organisation,
which stays when the release names no such ministry. A possessive ("Namibia's Minister of ...") is
left here to the government; `titlepossessive` moves it to the ministry only when the release has that
ministry act (organise, host, partner), where most readers tie the minister to it.
"""

from __future__ import annotations

import re

from kg.extract.countrywords import DEMONYMS
from kg.extract.govtitles import MINISTRY_NAME, PORTFOLIO, portfolio_ministry
from kg.model import Extraction

WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")


def demonym_ministers(ex: Extraction, text: str) -> None:
    for a in ex.affiliations:
        org = ex.organisation(a.organisation) if a.role and a.organisation else None
        if org is None or org.kind != "government" or not org.country:
            continue
        if not PORTFOLIO.search(a.role) or not _after_demonym(text, a.role, org.country):
            continue
        ministries = [o for o in ex.organisations if MINISTRY_NAME.match(o.name)]
        hit = portfolio_ministry(ministries, a.role)
        if hit is not None:
            a.organisation = hit.name


def _after_demonym(text: str, role: str, country: str) -> bool:
    """Some statement of `role` in the text follows the country's adjective ("Iraqi Minister of ...")."""
    at = text.find(role)
    while at >= 0:
        m = WORD_BEFORE.search(text, max(0, at - 30), at)
        if m and DEMONYMS.get(m.group(1)) == country:
            return True
        at = text.find(role, at + 1)
    return False
