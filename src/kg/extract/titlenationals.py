"""A minister whose portfolio is the country's own nationals abroad serves that country's government:
"Jane Doe, Minister Delegate in charge of Lakelanders Living Abroad, stated ..." or "Vice-Minister for
Lakelanders Abroad Jane Doe"; a demonym in -ese or -ss is its own plural ("Minister of Foreign Affairs and
Lakelandese Abroad").

Diaspora portfolios name the country by its people, not by "of <Country>", so the government-title
readers find no country in the title and, in a regional meeting with several governments, leave the
speaker without an organisation. The plural demonym before "[Living|Residing] Abroad/Overseas" names the
country; its government is the organisation when the release names that government. Only for speakers
with a role and no organisation.
"""

from __future__ import annotations

from kg.extract.orgnames import country_code, government_name
from kg.model import Affiliation, Extraction

TAILS = ("Abroad", "Overseas")
LINKS = frozenset({"Living", "Residing", "Resident", "Settled"})


def nationals_country(role: str) -> str | None:
    """The country code of the plural demonym before "[Living] Abroad/Overseas" in `role`, else None.
    A demonym that is its own plural counts only in a minister's title: "Director General of Lakelandese
    Abroad" heads a directorate of that name, not the government."""
    words = role.replace(",", " ").split()
    for i, w in enumerate(words):
        if w not in TAILS or i == 0:
            continue
        j = i - 1 if words[i - 1] not in LINKS else i - 2
        if j < 0:
            continue
        people = words[j]
        if not people[:1].isupper() or len(people) <= 4:
            continue
        if people.endswith("s"):
            return country_code(people[:-1])
        if people.endswith(("ese", "ss")) and "Minister" in role:
            return country_code(people)  # "Lakelandese Abroad": a demonym whose plural is the singular
    return None


def nationals_governments(ex: Extraction) -> None:
    """Tie a diaspora minister with no organisation to the known government of the nationals' country."""
    for k, a in enumerate(ex.affiliations):
        if a.organisation or not a.role or not any(t in a.role for t in TAILS):
            continue
        code = nationals_country(a.role)
        gov = government_name(code) if code else None
        body = ex.organisation(gov) if gov else None
        if body is not None:
            ex.affiliations[k] = Affiliation(a.person, a.role, body.name, a.span)
