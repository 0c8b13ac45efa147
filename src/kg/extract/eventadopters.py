"""A named assembly met only as the adopter of a text is a body acting, not an event the release reports.

"... the Domestic Workers Convention, adopted by the International Labour Conference last June" or "nine
months after the World Water Assembly adopted Resolution 12": the release does not report that sitting;
the assembly acts as an organisation (as the annotators read it). A sitting the text also places, opens or
dates ("at the Assembly, which opens in Geneva on ...") keeps its event.
"""

from __future__ import annotations

import re

from kg.extract.eventnames import Mention
from kg.extract.organisations import ensure_organisation
from kg.model import Extraction, Span

ADOPTED_BY = re.compile(r"\badopted\s+by\s+(?:the\s+)?$")
ADOPTED_AFTER = re.compile(r"\s+(?:(?:also|had|has|have|unanimously|formally)\s+)*adopted\b")


def drop_adopters(
    ex: Extraction, mentions: list[tuple[Mention, int]], flat: str
) -> list[tuple[Mention, int]] | None:
    """Turn each named event all of whose body mentions adopt a text into an organisation; the mentions
    re-indexed to the events left (None when nothing changed)."""
    if "adopted" not in flat:
        return None
    drop: set[int] = set()
    for i, ev in enumerate(ex.events):
        if not ev.named:
            continue
        body = [m for m, t in mentions if t == i and not m.headline]
        if body and all(
            ADOPTED_BY.search(flat, max(0, m.start - 20), m.start) or ADOPTED_AFTER.match(flat, m.end)
            for m in body
        ):
            drop.add(i)
            ensure_organisation(ex, ev.name, Span(body[0].start, body[0].end))
    if not drop:
        return None
    keep = [i for i in range(len(ex.events)) if i not in drop]
    remap = {old: new for new, old in enumerate(keep)}
    ex.events[:] = [ex.events[i] for i in keep]
    return [(m, remap[t]) for m, t in mentions if t in remap]
