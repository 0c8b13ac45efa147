"""A title naming a portfolio that a body of the release is named after: "Principal Secretary for Home
Affairs" with the release's "Ministry of Home Affairs", "Registrar General of Births and Deaths"
with its "Department of Births and Deaths", "Assistant Minister of Justice for International
Cooperation" with its "Ministry of Justice".

`govtitles.government_side` does this for minister titles whose portfolio opens a ministry's name; this
module covers any title and a portfolio that equals the body's own topic (or opens with it before "for").
"""

from __future__ import annotations

import re

from kg.model import Extraction, Organisation

BODY_OF = re.compile(
    r"^(?:[\w’'-]+\s+){0,2}?(?:Ministry|Department|Directorate(?: General)?|General Directorate|Secretariat)"
    r"\s+(?:of|for)\s+(?:the\s+)?(.+)$"
)
TITLE_TOPIC = re.compile(r"\b(?:of|for)\s+(?:the\s+)?([A-Z].*)$")


def _topics(o: Organisation) -> set[str]:
    out = set()
    for f in o.forms:
        m = BODY_OF.match(f)
        if m:
            out.add(m.group(1).strip())
    return out


def portfolio_body(ex: Extraction, role: str) -> Organisation | None:
    """The one body of the release whose topic the title's portfolio names, else None."""
    if " of " not in role and " for " not in role:
        return None
    if any(w in role for w in ("Ministry", "Department", "Directorate", "Secretariat")):
        return None  # "Joint Secretary, Ministry of Labour": the body is named in the phrase, split elsewhere
    # The first "of"/"for" starts the portfolio: "Minister of Justice for International Cooperation".
    m = TITLE_TOPIC.search(role)
    if not m:
        return None
    topic = m.group(1).strip()
    hits = []
    for o in ex.organisations:
        if "Ministry" not in o.name and "Department" not in o.name and "Directorate" not in o.name:
            continue
        for t in _topics(o):
            if topic == t or topic.startswith(t + " for ") or topic.startswith(t + ", "):
                hits.append(o)
                break
    return hits[0] if len(hits) == 1 else None
