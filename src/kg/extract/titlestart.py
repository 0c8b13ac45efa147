"""Whether the words after a name open like a title ("Director of X", "the Deputy Minister", "national
health and safety officer"), which `affiliation` asks before reading them as a role.

A one-question helper with its own imports (the title vocabulary), kept out of `affiliation`, whose
module is the long list of cases for a mention's role and organisation.
"""

from __future__ import annotations

from kg.extract.affilcues import COMPOUND_TITLE
from kg.extract.titlephrase import has_title


def starts_like_title(app: str) -> bool:
    """Whether an appositive `app` opens the way a title does (a capital, a known title word, a lowercase
    compound title, or an article or preposition before one)."""
    first = app.split()[0] if app.split() else ""
    return (
        first[:1].isupper()
        or has_title(" ".join(app.split()[:3]))
        # "national health and safety officer": a lowercase compound title joined by "and".
        or (first.islower() and bool(COMPOUND_TITLE.match(app)) and has_title(" ".join(app.split()[:5])))
        or first in ("the", "a", "an", "from", "of", "for", "at")
    )
