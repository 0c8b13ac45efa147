"""Capitalised names that are the topic of an instrument or a class of bodies, not an actor.

- "ratify the Protocol on Lake Fisheries": the words after "Protocol on" name what the treaty
  is about; the head word inside them ("Fisheries") makes no body of them.
- "agreements within each Regional Economic Community": a name after "each" or "every" is a kind of body,
  not one of them.
- "presented the draft Programme and Budget for 2030": what is drafted is a document, not a body.

A name is dropped only when every mention of it is of that kind and it is no well-known name.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import gaz_lookup
from kg.model import Document, Extraction

_INSTRUMENT_ON = re.compile(
    r"\b(?:Protocols?|Conventions?|Declaration|Charter|Treaty|Agreements?|Resolution|Guidelines|Principles|"
    r"Framework|Law|Act|Directive|Regulation)\s+on\s+(?:the\s+)?$"
)
_EACH = re.compile(r"\b(?:each|every|any)\s+$", re.I)
_DRAFT = re.compile(r"\b(?:the|a|its|their)\s+draft\s+$")


def drop_topic_names(doc: Document, ex: Extraction) -> None:
    """Drop organisations whose every mention follows an instrument's "X on" or "each"/"every"."""
    text = doc.text
    keep = []
    for org in ex.organisations:
        plain = bool(org.spans) and org.kind in ("organisation", "ngo")
        topic = plain and all(_topic_at(text, sp.start) for sp in org.spans)
        if topic and not any(gaz_lookup(f) for f in org.forms):
            continue
        keep.append(org)
    ex.organisations[:] = keep


def _topic_at(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if "draft" in before and _DRAFT.search(before):
        return True
    if before.endswith(("on ", "on the ")):
        return _INSTRUMENT_ON.search(before) is not None
    return before.endswith(("each ", "every ", "any ", "Each ", "Every ")) and bool(_EACH.search(before))
