"""Quotes a read-out message speaks: '"...," the statement said' after "A statement from the Minister was
read by Ms. Jane Doe". The guidelines make the person who delivers remarks on behalf of another the speaker,
so such a quote goes to the speaker named last before it (the reader), not to the message's author."""

from __future__ import annotations

import re

MESSAGE_SAID = re.compile(
    r"\s*,?\s*(?:the|his|her|their)\s+(?:[\w'’-]+\s+)?(?:statement|message|letter|speech|address)\s+"
    r"(?:said|says|read|reads|stated|states|added|continued|noted)\b"
)


def message_said(text: str, qe: int) -> bool:
    """The words right after the quote ending at `qe` are '..., the statement said' or the like."""
    return "s" in text[qe : qe + 40] and MESSAGE_SAID.match(text, qe, qe + 80) is not None
