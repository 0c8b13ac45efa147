"""A speaker's body named with the body it comes under: "Head of the Department for Migration under the
Government of X", "Director of the Water Agency under the Ministry of Agriculture".

"under the <parent>" places a department in its government; the department named is the speaker's body
and the parent no part of its name. The title splitter takes the whole run of capitalised words after the
title as the organisation, so the parent is cut off here, once the organisation is chosen.
"""

from __future__ import annotations

import re

UNDER_PARENT = re.compile(
    r"^(?P<body>(?:[A-Z].*?\s)?(?:Department|Directorate|Agency|Office|Bureau|Commission|Service|Authority|"
    r"Council|Committee|Unit|Division|Administration|Centre|Center|Institute)\b[^,;]*?)\s+under\s+"
    r"(?:the\s+)?(?:Government|Ministry|Office|Department|Prime|President|Cabinet|Council)\b"
)


def without_parent(org: str) -> str:
    """`org` without the "under the <parent>" that places it."""
    if " under " not in org:
        return org
    m = UNDER_PARENT.match(org)
    return m.group("body") if m else org
