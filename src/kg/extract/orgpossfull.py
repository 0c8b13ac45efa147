"""A defined full name that leads with its owner's possessive is preferred without it.

"the Lakeland Department of State's Bureau of Water Affairs (BWA)": the text defines the acronym with the
owner in front, but the body is the bureau, whose own name is the same in every release; the owner's
possessive only says where it sits. When the unit alone keys to the same organisation as the whole form
(a gazetteer unit), the unit's name is preferred, so that "United States ..." and "US ..." spellings of the
owner do not give the same bureau two preferred names (and two IRIs). The whole form stays an alias.
"""

from __future__ import annotations

from kg.extract.orgcanon import canonical, clean


def unit_full(full: str) -> str:
    """The unit's own name when `full` is "<Owner>'s <Unit>" and the unit alone is the same organisation."""
    form = clean(full)
    for mark in ("'s ", "’s "):
        owner, sep, unit = form.partition(mark)
        if not sep or not owner or not unit[:1].isupper():
            continue
        key = canonical(form)[3]
        if key and key.startswith("gaz:") and canonical(unit)[3] == key:
            return unit
    return full
