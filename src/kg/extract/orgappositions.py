"""A government in apposition to a ministry in a list is the ministry's owner, not one more item.

"organised with the Ministry of Rural Development, Government of India, and the Water Users' Federation":
releases in several countries name a ministry with its government after a comma. The government is named
(the organisation finder registers it), but it does not organise, sponsor or belong to the list.

Likewise "underwritten by Nordstjerna AB, the Swedish fashion retailer that buys ...": a nationality
adjective before lowercase words starts a description of the item before, not a government.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import country_code, is_country_name

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


_LOWER_AFTER = re.compile(r"\s+[a-z]")


def described_by_demonym(item: str, name: str) -> bool:
    """ "the Swedish fashion retailer": an item whose name is a lone nationality adjective followed by
    lowercase words."""
    if " " in name or country_code(name) is None or is_country_name(name):
        return False
    i = item.find(name)
    return i >= 0 and _LOWER_AFTER.match(item, i + len(name)) is not None


# "funded by the Trust Fund with EUR 7 million": a currency and an amount end a list of funders.
MONEY = re.compile(r"^(?:EUR|USD|US\$|GBP|CHF|JPY|AUD|CAD|NOK|SEK|DKK|€|\$|£)\s?\d")
