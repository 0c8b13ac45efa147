"""A plan's or strategy's table of contents is no call for action.

"The strategy sets out four priorities:" may head calls written as such ("Keep girls in school", "Provide
services ...") or a mere list of the document's areas of work ("Prevention through community awareness",
"Protection of survivors", "Data collection and monitoring"). The second kind describes what a document
holds; nobody calls for anything. A list under a document's "sets out / outlines / identifies" intro whose
items mostly open with a noun of action (-tion, -ment, -ship ...) is such a description.
"""

from __future__ import annotations

import re

DOC_LIST_LEAD = re.compile(
    r"^\W*(?:The|This|Its|Their)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:plan|strategy|programme|program|framework|roadmap|project|policy|agenda|action\s+plan)\s+"
    r"(?:sets?\s+out|outlines?|identifies|lists|has|contains|focuses\s+on|covers|includes|rests\s+on)\b",
    re.I,
)
NOMINAL_ENDS = ("tion", "sion", "ment", "ship", "ance", "ence", "ity", "ness", "ism")


def _nominal(item: str) -> bool:
    words = item.split()
    return bool(words) and words[0].strip(",;:.").lower().endswith(NOMINAL_ENDS)


def document_contents(intro: str, items: list[str]) -> bool:
    """True when `items` under `intro` list a document's areas of work rather than calls."""
    if not DOC_LIST_LEAD.match(intro) or not items:
        return False
    return sum(_nominal(x) for x in items) * 2 > len(items)
