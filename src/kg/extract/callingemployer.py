"""The employer after a calling: "Jane Doe, a journalist with Radio Lakeport Nord, moderated ...".

A capitalised run after "a journalist with" / "a lawyer at" is the organisation the person works for,
even when it carries no organisation word the organisation finder knows ("Radio ...", "Maison d'Accueil
..."). Without this the run is read as a second person, who then takes the first one's speech verb.
"""

from __future__ import annotations

import re

from kg.extract.persons import Mention
from kg.extract.personwords import PROFESSIONS

# Person nouns beyond the professions list that are followed by their employer.
STAFF = frozenset(
    "officer adviser advisor specialist consultant expert analyst correspondent editor producer presenter "
    "representative spokesperson spokesman spokeswoman coordinator counsellor counselor trainer "
    "caseworker psychologist paralegal economist statistician".split()
)
# "a journalist with ", "a senior lawyer at the ", "an expert with Maison d'": the run may open after a
# capitalised word and a French/Italian elided article, which the name reader cuts off.
EMPLOYED = re.compile(
    r"\b(?:an?)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+(?:with|at)\s+(?:the\s+)?"
    r"(?P<lead>[A-Z][\w-]*\s+[dl]['’])?$"
)

# "a survivor who now volunteers with Lake Strada", "and now works for Acme": the run after the verb names
# the group the person works for.
WORKS_WITH = re.compile(r"\b(?:works|worked|volunteers|volunteered)\s+(?:with|for|at)\s+(?:the\s+)?$")
CAPITALISED_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*)*")


def calling_employer(text: str, m: Mention) -> str | None:
    """The organisation name, when mention m is the employer after "a <calling> with/at"."""
    near = text[max(0, m.start - 60) : m.start]
    if " with " not in near and " at " not in near:
        return None
    if WORKS_WITH.search(text, max(0, m.start - 40), m.start):
        # "who now volunteers with Lake Strada Lakeland": the group, no person, with the words after it
        return text[m.start : m.end] + CAPITALISED_RUN.match(text, m.end).group(0)
    e = EMPLOYED.search(text, max(0, m.start - 80), m.start)
    if e is None or e.group("noun") not in PROFESSIONS | STAFF:
        return None
    return (e.group("lead") or "") + text[m.start : m.end]


# "Jane Doe of Acme Lakeport, a Lakeport-based organization that runs shelters": the appositive says what
# the name after "of" is; no person is "a ... organization".
OF_DESCRIBED_ORG = re.compile(
    r"\s+(?:of|from|with|at)\s+(?:the\s+)?(?P<org>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|de|du|des)){0,6}),"
    r"\s+an?\s+(?:[\w-]+\s+){0,3}?(?:organi[sz]ation|NGO|charity|non-profit|nonprofit|association|foundation|"
    r"company|firm|cooperative|co-operative|trade union|network)\b"
)


def described_org(text: str, m: Mention) -> str | None:
    """The organisation named after mention m ("of X, a ... organization"), when its appositive says so."""
    if not text.startswith((" of ", " from ", " with ", " at "), m.end):
        return None
    d = OF_DESCRIBED_ORG.match(text, m.end, m.end + 160)
    return d.group("org") if d else None
