"""The funders of the goods handed over at a ceremony sponsor the handover.

Emergency releases report a handover ("IOM handed over 5,000 shelter kits to the Authority at a
ceremony in Lakeport") and name the donor in a later sentence about the goods, not the event: "The
kits were procured with funding from the X Agency", "The items, which include ..., were funded by the
Y Office". The annotators take that donor as the handover ceremony's sponsor (the goods are what the
ceremony hands over). Read only when the release speaks of handing something over and has one
handover or ceremony event to give the donor to.
"""

from __future__ import annotations

import re

from kg.extract.eventrolenames import add_role
from kg.extract.orglists import split_list
from kg.model import Event, Extraction, Span

# "The kits", "The emergency shelter kits", "The relief items": the sentence's subject is the goods.
ITEM_SUBJECT = re.compile(
    r"\s*The\s+(?:[a-z-]+\s+){0,3}?(?:kits|items|supplies|equipment|goods|materials|vehicles|stocks|"
    r"stockpiles|consignment|tents|tarpaulins|computers|boats|ambulances)\b"
)
# "were funded by", "procured with funding from", "purchased with financial support from"
FUNDER_CUE = re.compile(
    r"\b(?:(?:co-)?funded|financed|paid\s+for|donated|provided)\s+by\s+(?:the\s+)?"
    r"|\bwith\s+(?:(?:generous|financial)\s+)?(?:funding|financial\s+support|support|a\s+grant|contributions?)\s+"
    r"from\s+(?:the\s+)?"
)
_HANDOVER = ("handed over", "handover", "hand-over", "handing over", "hand over")
# A ceremony that closes or opens something else ("the closing ceremony of the course") hands nothing over.
_OTHER_CEREMONY = ("closing", "opening", "graduation", "award", "signing", "launch", "inaugura")


def _handover_event(events: list[Event]) -> str | None:
    """The one handover event of the release, else the one ceremony."""
    for words in (("handover", "hand-over", "handing over"), ("ceremony",)):
        found = [e.name for e in events if _kind_of(e.name.lower(), words)]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _kind_of(name: str, words: tuple[str, ...]) -> bool:
    return any(w in name for w in words) and not any(w in name for w in _OTHER_CEREMONY)


def item_funders(ex: Extraction, flat: str, sentences: list[Span], known: list[str]) -> None:
    """Give the funders of the handed-over goods to the handover ceremony as sponsors."""
    low = flat.lower()
    if not any(h in low for h in _HANDOVER):
        return
    event = _handover_event(ex.events)
    if event is None:
        return
    for sent in sentences:
        text = flat[sent.start : sent.end]
        if not text.lstrip().startswith("The ") or not ITEM_SUBJECT.match(text):
            continue
        for m in FUNDER_CUE.finditer(text):
            names = split_list(text[m.end() :], known)
            add_role(ex, event, names, "sponsor", Span(sent.start + m.start(), sent.start + m.end()), text)
