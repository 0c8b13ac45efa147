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
