"""The body a relative clause ties a titled speaker to: "Governor Jane Doe, who chairs the Health Committee of
the Council of Governors, said": the title before the name gives the role, the clause the organisation.

`affiliation` reads "who heads/chairs/works for ..." only for speakers with no title at all; a speaker titled
before the name ("Governor", "Senator") kept no organisation although the clause names one.
"""

from __future__ import annotations

import re

from kg.extract.titlesplit import resolves
from kg.model import Extraction

WHO_BODY = re.compile(
    r"^\s*,\s*who\s+(?:also\s+|currently\s+)?(?:heads|leads|chairs|directs|runs|manages|represents|"
    r"works\s+(?:for|at|with)|serves\s+(?:on|with|at)|is\s+in\s+charge\s+of)\s+(?:the\s+)?([A-Z][^,.;]{2,100})"
)
# "..., who heads the anti-trafficking department of the Ministry of X,": a lowercase unit, then its owner;
# "who is in charge of" reads the same (the appositive reaches here with "who is" dropped: ", in charge of").
WHO_LOWER_UNIT = re.compile(
    r"(?:,\s*|\s)(?:who\s+(?:also\s+)?(?:heads|leads|runs|directs|manages|is\s+in\s+charge\s+of)|in\s+charge\s+of)\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){1,4}"
    r"(?:of|at|within)\s+(?:the\s+)?([A-Z][^,.;]{2,100})"
)
# The owner of a unit the clause names: "the Health Committee of the Council of Governors".
OWNER = re.compile(r"\s+(?:of|at|within)\s+(?:the\s+)?")


def who_clause_body(ex: Extraction, after: str) -> str | None:
    """The organisation that owns the unit the "who ..." clause after the name names, if the release
    knows it."""
    m = WHO_BODY.match(after.replace("\n", " "))
    if m is None:
        # "Colonel X, who is in charge of the anti-trafficking department of the Ministry of Y": a lowercase
        # unit, then its owner, right after the name.
        lower = WHO_LOWER_UNIT.match(after.replace("\n", " "))
        owner = lower.group(1).strip() if lower else None
        return owner if owner and resolves(ex, owner) else None
    obj = m.group(1).strip()
    parts = OWNER.split(obj, maxsplit=1)
    # Only an owner named after the unit: the unit itself ("who leads the Statistics Service") may be a part
    # of the body the release is about, which a later step assigns.
    return parts[1] if len(parts) == 2 and resolves(ex, parts[1]) else None


def who_clause_after_title(ex: Extraction, after: str) -> str | None:
    """The owner of a lowercase unit a who-clause closing the appositive title names ("Mr. X, the State
    Coordinator, who heads the anti-trafficking department of the Ministry of Y, said")."""
    m = WHO_LOWER_UNIT.search(after.replace("\n", " "))
    if m is None:
        return None
    owner = m.group(1).strip()
    return owner if resolves(ex, owner) else None
