"""Mentions of a body's portfolio outside its name, which name no second body.

"Ministry for Rivers, Lakes and Coastal Fisheries" is one body whose portfolio lists three fields; the
release often names its minister too ("the Minister for Rivers, Lakes and Coastal Fisheries"). Read
alone, the last field ("Coastal Fisheries") then seems mentioned on its own, and a name joined by "and"
looks like two bodies when its second part is named elsewhere. A mention of the part inside the same
portfolio phrase is no mention of its own, so such mentions are counted and set aside.
"""

from __future__ import annotations

# The words that open a body's portfolio after its head word: "Ministry of ...", "Ministry for ...".
_OPENERS = (" of ", " for ")


def portfolio_mentions(name: str, part: str, flat: str) -> int:
    """How often `part` appears in `flat` inside the portfolio phrase of `name` (the words after its first
    "of"/"for"), with the name's own mentions included; 0 when `part` lies outside that phrase."""
    cut = min((i for i in (name.find(o) for o in _OPENERS) if i >= 0), default=-1)
    if cut < 0:
        return 0
    phrase = name[cut:].split(" ", 2)[-1]  # the words after the opener
    if part not in phrase or phrase == part:
        return 0
    return flat.count(phrase)
