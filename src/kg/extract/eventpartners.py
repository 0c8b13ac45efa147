"""Co-organisers named after an aside: "convened by X, which holds the presidency of the Y, in cooperation
with Z", "convened by A and B, the co-chairs of the Forum, in cooperation with C and D".

The organiser list after "by" ends at the relative clause or appositive, so the partners that the sentence
names after it with "in cooperation with" (a phrase that modifies the participle, not the aside) are lost.
They organise the event too.
"""

from __future__ import annotations

import re

LATER_PARTNERS = re.compile(
    r",\s+(?:and\s+)?(?:jointly\s+)?(?:in\s+(?:partnership|collaboration|cooperation|co-operation|association)|"
    r"together|jointly)\s+with\s+(?=(?:the\s+)?[A-Z])|"
    # "organised by X together with its local partner, the Y": the partner named in apposition.
    r"\s+(?:together|jointly|along)\s+with\s+its\s+(?:[\w-]+\s+){0,3}?"
    r"(?:partners?|members?|affiliates?|organi[sz]ations?|branch|chapter|counterparts?),\s+(?=(?:the\s+)?[A-Z])|"
    # "hosted by the Office in Beirut and by the Ministry in Amman": a second agent after a place.
    r",?\s+and\s+(?:also\s+)?by\s+(?=(?:the\s+)?[A-Z])|"
    # "hosted by the Ministry and organised with the Agency": a second participle's partners.
    r",?\s+and\s+(?:was\s+)?(?:jointly\s+)?(?:co-)?(?:organi[sz]ed|hosted|convened)\s+(?:jointly\s+)?with\s+"
    r"(?=(?:the\s+)?[A-Z])"
)


# "organized by X and was attended by the Minister and by the Ambassador": after another participle's "by",
# a later "and by" names that participle's agents (guests, openers), not organisers.
OTHER_AGENT = re.compile(
    r"\b(?:attended|opened|addressed|visited|joined|welcomed|followed|watched|closed|launched|presented)\s+by\s"
)


def later_partners(text: str, start: int, stop: int) -> int | None:
    """Where the partner list after an aside begins in text[start:stop] (None if the sentence has none)."""
    m = LATER_PARTNERS.search(text, start, min(stop, start + 300))
    if m is None or OTHER_AGENT.search(text, start, m.start()):
        return None
    return m.end()


# "A joint conference of the Council and the Agency opened": the bodies whose joint event it is hold it.
JOINT_OF = re.compile(
    r"\bjoint\s+(?:[a-z-]+\s+){0,3}?(?P<head>[a-z]+)\s+(?:of|by)\s+(?=(?:the\s+)?[A-Z])", re.I
)


def joint_owners(mention: str) -> int | None:
    """Where the owners of a "joint <event> of X and Y" mention begin (None if it is no such phrase)."""
    i = mention.lower().find("joint ", 0, 12)
    m = JOINT_OF.match(mention, i) if i >= 0 else None
    return m.end() if m else None
