"""A title whose "of" names a body by the proper name that closes the body's full name.

"Interim Director General of Lakeport Migration" in a release that introduced the "Special Administrative
Unit Lakeport Migration", "District Administrator of Tessin" beside the "District Government of Tessin":
the writer names the body again by the proper name its full name ends on, the speaker's title kept it and
she was left with no organisation. When exactly one body of the release has a name ending on that proper
name (after a head word or "of"), the title stops before "of" and the body is her organisation.
Only a speaker with no organisation is touched; a ministry or government of a portfolio or country
("Minister of Health", "Ambassador of Elaria") is left to the rules for those titles, and a subject word
("Director General of Migration" beside the "Organization for Migration") names no body.
"""

from __future__ import annotations

import re

from kg.extract.orgheadwords import HEADS
from kg.extract.personwords import TOPIC_WORDS
from kg.model import Extraction, Organisation

TITLE_OF = re.compile(
    r"^(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+of\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)
_SKIP_KINDS = frozenset({"ministry", "government"})


def title_of_names(ex: Extraction) -> None:
    """Split "<Title> of <Proper Name>" when one body's full name ends on that proper name."""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        m = TITLE_OF.match(a.role)
        if m is None or "Minister" in a.role or "Secretary" in a.role:
            continue
        name = m.group("name")
        if any(w in TOPIC_WORDS for w in name.split()):
            continue
        hits = [o for o in ex.organisations if o.kind not in _SKIP_KINDS and _ends_on(o, name)]
        if len(hits) == 1:
            a.role, a.organisation = m.group("title"), hits[0].name


def _ends_on(org: Organisation, name: str) -> bool:
    """A form of `org` is `name` or ends on it after more words ("District Government of Tessin")."""
    for f in org.forms:
        if f == name:
            return True
        before = f[: -len(name) - 1].split() if f.endswith(" " + name) else []
        if before and (before[-1] == "of" or before[-1] in HEADS):
            return True
    return False
