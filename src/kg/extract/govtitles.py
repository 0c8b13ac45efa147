"""The government body behind a title that names none: "Minister of Finance" -> the release's
Ministry of Finance, "Labour Secretary" -> the release's one government, unless the release is
datelined in another country whose own government the title more likely serves.

Split from affiliation.py, which reads the title and organisation out of the phrase itself; this
module only answers when that phrase has a government title and no organisation.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import country_code
from kg.extract.titlephrase import has_title
from kg.model import Extraction, Organisation

# Country names in running text, hyphenated ones too ("Timor-Leste", "Guinea-Bissau").
CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z]+)?\b")

GOV_TITLE = re.compile(
    r"\b(?:Minister|Secretary of State|State Secretary|Permanent Secretary|Vice[- ]Minister|"
    r"(?:Labou?r|Foreign|Home|Health|Finance|Interior|Justice|Education|Defen[cs]e|Trade|Cabinet)"
    r" Secretary)\b"
)
PORTFOLIO = re.compile(r"\bMinister\s+(?:of|for)\s+(?:the\s+)?(.+)$")
BARE_MINISTER = re.compile(r"^(?:(?:Federal|State|First|Deputy|Vice|Assistant|Junior|Cabinet)[- ])*Minister$")
# A junior cabinet office that, like a minister, takes a portfolio and then its country: "Secretary of State
# for Internal Administration of Elaria", "Minister of State for Water of Elaria".
STATE_OFFICE = re.compile(
    r"^(?:(?:First|Deputy|Vice|Assistant|Under)[- ])?"
    r"(?:Secretary of State|State Secretary|Minister of State)$"
)


def government_side(ex: Extraction, role: str) -> Organisation | None:
    """The body a government title without an organisation serves, from the release's own organisations:
    "Minister of Finance" the release's "Ministry of Finance ..."; a bare "Federal Minister" its only
    ministry; else any government title the release's only government ("Labour Secretary" -> "Government of
    Bangladesh" when that is the one government named). The country a title names ("Zambia's Deputy
    Minister") is handled before this, as an organisation in the title itself."""
    if not GOV_TITLE.search(role):
        return None
    ministries = [o for o in ex.organisations if MINISTRY_NAME.match(o.name)]
    portfolio = PORTFOLIO.search(role)
    if role.endswith(" in the Ministry") and len(ministries) == 1:
        return ministries[0]  # "Minister of State in the Ministry": the release's one ministry, named before
    if portfolio:
        hit = portfolio_ministry(ministries, role)
        if hit is not None:
            return hit
    elif BARE_MINISTER.match(role.strip()) and len(ministries) == 1:
        return ministries[0]
    govs = [o for o in ex.organisations if o.name.startswith("Government of ")]
    if len(govs) == 1 and _elsewhere(ex.release.text, govs[0]):
        return None  # "Human Resources Minister X" in a Kuala Lumpur release whose one government is a donor
    if len(govs) <= 1:
        return govs[0] if govs else None
    # Several governments: the one whose country the release keeps returning to (the host country), when
    # it is named at least twice as often as any other.
    text = ex.release.text
    counts = sorted(
        (
            (text.count(o.name.removeprefix("Government of ").removeprefix("the ")), i)
            for i, o in enumerate(govs)
        ),
        reverse=True,
    )
    return govs[counts[0][1]] if counts[0][0] >= 2 * max(1, counts[1][0]) else None


def portfolio_ministry(ministries: list[Organisation], role: str) -> Organisation | None:
    """The one ministry among `ministries` named for the portfolio of a "Minister of X" title."""
    portfolio = PORTFOLIO.search(role)
    if portfolio is None:
        return None
    topic = portfolio.group(1).split(",")[0].strip()
    hits = [o for o in ministries if any(MINISTRY_OF.sub("", f).startswith(topic) for f in o.forms)]
    if not hits and " and " in topic:
        # "Minister of Water and National Drought Coordinator": a second office joined by "and" ends the
        # portfolio; a joined field with no title word ("of Labour and Social Affairs") does not.
        field, second = topic.split(" and ", 1)
        if has_title(second):
            hits = [o for o in ministries if any(_portfolio_of(f) == field for f in o.forms)]
    return hits[0] if len(hits) == 1 else None


def _portfolio_of(form: str) -> str:
    """The field a ministry's name gives after "Ministry of", up to a joined second field."""
    return MINISTRY_OF.sub("", form).split(" and ")[0].split(",")[0].strip()


_CITY_COUNTRY: dict[str, str] = {}
DATELINE_CITY = re.compile(r"^\W*([A-Z][A-Za-z’'. ]{1,40}?)\s*(?:,|\(|[-–—]\s|$)", re.M)


def _dateline_country(text: str) -> str | None:
    """The country of the city the release is datelined in ("KUALA LUMPUR, 4 March 2024 -" -> MY), or the
    country a dateline names itself."""
    if not _CITY_COUNTRY:
        from pathlib import Path

        path = Path(__file__).with_name("gazetteer") / "cities.tsv"
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if not line.startswith("#") and len(parts) >= 2:
                _CITY_COUNTRY.setdefault(parts[0].casefold(), parts[1])
    for m in DATELINE_CITY.finditer(text[:1200]):
        # "Ethiopia - More than 120 doctors met ...": a dateline may give the country itself.
        cc = _CITY_COUNTRY.get(m.group(1).strip().casefold()) or country_code(m.group(1).strip())
        if cc:
            return cc
    return None


def _elsewhere(text: str, gov: Organisation) -> bool:
    """The release is datelined in another country than the government's, and names that country (or its
    people) in its text: a bare government title there is the host's, not this government's."""
    home = _dateline_country(text)
    if not home or not gov.country or home == gov.country:
        return False
    from kg.extract.countrywords import DEMONYMS

    words = [d for d, code in DEMONYMS.items() if code == home]
    words += [c for c in CAPITALISED.findall(text) if country_code(c) == home]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)


MINISTRY_NAME = re.compile(r"^(?:[\w’'-]+\s+){0,3}?Ministry\s+(?:of|for)\s")
MINISTRY_OF = re.compile(r"^(?:\w+(?:'s|’s)?\s+)*?(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?")
