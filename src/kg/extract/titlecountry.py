"""An office's portfolio before a country: "Director of Public Works of Elara".

The words between the title and the country name a field of work, not a body ("Public Prosecutions",
"Social Action", "Mental Health"): they belong to the title, and the country's government is the
organisation, as for a minister's portfolio. A body ("of the National Police of X", "of the Agency for X
of Y") is left to the organisation rules: it has an article or an organisation word.
"""

from __future__ import annotations

import re

from kg.extract.orglistitem import ORG_WORDS

OFFICE = re.compile(
    r"^(?:(?:Deputy|Assistant|Acting|Vice|Senior)[- ])?"
    r"(?:Director(?:[- ]General)?|Commissioner|Head|Chief|Secretary(?:[- ]General)?|Coordinator)$"
)
# Bodies named without an organisation word: "Border Police", "Coast Guard", "Armed Forces".
FORCES = re.compile(r"\b(?:Police|Guard|Army|Forces|Navy|Gendarmerie|Customs|Prosecution Service)\b")
PORTFOLIO = re.compile(r"^[A-Z][\w'’\-]*(?:\s+(?:and|[A-Z][\w'’\-]*)){0,4}$")


# Cabinet offices named like a minister's: their portfolio may hold a body word ("Public Service, Youth
# and Gender Affairs") and still be the portfolio.
MINISTER_LIKE = re.compile(r"^(?:(?:Deputy|Assistant|Acting) )?Cabinet Secretary$")


def office_portfolio(title: str, portfolio: str) -> bool:
    """True when `portfolio` is a field of `title`'s office ("Director" + "Public Prosecutions")."""
    if MINISTER_LIKE.match(title):
        return True
    return (
        OFFICE.match(title) is not None
        and PORTFOLIO.match(portfolio) is not None
        and ORG_WORDS.search(portfolio) is None
        and FORCES.search(portfolio) is None
    )
