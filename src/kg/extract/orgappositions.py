"""A government in apposition to a ministry in a list is the ministry's owner, not one more item.

"organised with the Ministry of Rural Development, Government of India, and the Water Users' Federation":
releases in several countries name a ministry with its government after a comma. The government is named
(the organisation finder registers it), but it does not organise, sponsor or belong to the list.
"""

from __future__ import annotations

import re

# "the Ministry of Rural Development, Government of India, and X": the government after a comma names the
# ministry's owner, in apposition, not one more item of the list.
_OWNER_GOVERNMENT = re.compile(r"^Government\s+of\s+")
_UNIT_OF_GOVERNMENT = re.compile(r"^(?:Ministry|Department|Directorate|Office)\b")


def drop_owner_governments(names: list[str], text: str) -> list[str]:
    """`names` without a "Government of X" that stands in apposition to the ministry listed before it."""
    out: list[str] = []
    for name in names:
        if (
            out
            and _OWNER_GOVERNMENT.match(name)
            and _UNIT_OF_GOVERNMENT.match(out[-1])
            and re.search(rf"{re.escape(out[-1])},\s+(?:the\s+)?{re.escape(name)}\s*(?:,|$)", text)
        ):
            continue
        out.append(name)
    return out
