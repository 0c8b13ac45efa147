"""The service a "Director of Immigration" heads: a title whose portfolio is one topic word names the
release's body for that topic ("Deputy Director of Immigration" -> "Lakeland Immigration Service",
"Commissioner of Customs" -> "Elaria Customs Authority").

National services are often titled by their topic alone; the release names the service itself elsewhere
("... explained that the Lakeland Immigration Service would ..."). Only a single body of the release whose
name holds the topic and a service head word is taken.
"""

from __future__ import annotations

import re

from kg.model import Extraction, Organisation

TOPIC_TITLE = re.compile(
    r"\b(?:Director|Commissioner|Controller|Comptroller|Head|Chief|Inspector)(?:[- ]General)?\s+of\s+"
    r"(?P<topic>[A-Z][a-z]+)$"
)
SERVICE_HEADS = ("Service", "Services", "Department", "Authority", "Directorate", "Agency", "Bureau", "Board")


def topic_service(ex: Extraction, role: str) -> Organisation | None:
    """The release's one body for the title's topic word, else None."""
    if " of " not in role:
        return None
    m = TOPIC_TITLE.search(role)
    if m is None:
        return None
    topic = m.group("topic")
    heads = tuple(f"{topic} {h}" for h in SERVICE_HEADS)
    hits = [o for o in ex.organisations if any(h in o.name for h in heads)]
    return hits[0] if len(hits) == 1 else None


# "Commissioner for Home Affairs", "Commissioner for Social Affairs": a portfolio of a regional body's
# commission (the European Commission, the African Union Commission, the ECOWAS Commission). The Council of
# Europe's "Commissioner for Human Rights" is an office of its own, not a commission's portfolio.
PORTFOLIO_COMMISSIONER = re.compile(r"^Commissioner\s+for\s+(?!Human Rights\b)[A-Z]")
REGIONAL_COMMISSION = re.compile(
    r"^(?:European|African Union|ECOWAS|Economic Community of West African States|East African Community|"
    r"EAC|SADC|AU)\s+Commission$"
)


def regional_commission(ex: Extraction, role: str) -> Organisation | None:
    """The release's one regional commission, for a commissioner's portfolio title that names no body."""
    if not PORTFOLIO_COMMISSIONER.match(role):
        return None
    hits = [o for o in ex.organisations if REGIONAL_COMMISSION.match(o.name)]
    return hits[0] if len(hits) == 1 else None
