"""Where events happen: a curated gazetteer of cities, countries from pycountry, datelines.

The city list is general knowledge, not drawn from any release: the world's
capitals and the large cities where international meetings are usually held.
Countries come from pycountry (plus the short names releases use), so an
event placed only "in Greece" still gets a location.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.alternation import literal_alternation
from kg.extract.dates import find_dates
from kg.model import Document

_CITIES = """
Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antananarivo|Apia|Ashgabat|Asmara|
Astana|Asuncion|Asunción|Athens|Baghdad|Baku|Bali|Bamako|Bandar Seri Begawan|Bangkok|Bangui|Banjul|
Barcelona|Basra|Beijing|Beirut|Belgrade|Belmopan|Berlin|Bern|Bishkek|Bissau|Bogota|Bogotá|Bonn|
Brasilia|Brasília|Bratislava|Brazzaville|Bridgetown|Brussels|Bucharest|Budapest|Buenos Aires|
Bujumbura|Cairo|Canberra|Cape Town|Caracas|Casablanca|Castries|Chisinau|Colombo|Conakry|Copenhagen|
Cotonou|Cox's Bazar|Dakar|Damascus|Dar es Salaam|Davos|Delhi|Dhaka|Dili|Djibouti|Dodoma|Doha|Dubai|
Dublin|Dushanbe|Erbil|Freetown|Gaborone|Gaziantep|Geneva|Georgetown|Goma|Guatemala City|Hanoi|
Harare|Havana|Helsinki|Ho Chi Minh City|Hong Kong|Honiara|Islamabad|Istanbul|Jakarta|Jerusalem|
Johannesburg|Juba|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kiev|Kigali|Kingston|Kinshasa|
Kuala Lumpur|Kuwait City|Kyiv|La Paz|Lagos|Lahore|Libreville|Lilongwe|Lima|Lisbon|
Ljubljana|Lome|Lomé|London|Luanda|Lusaka|Luxembourg|Lyon|Madrid|Majuro|Malabo|Male|Malé|Managua|
Manama|Manila|Maputo|Marrakech|Marrakesh|Maseru|Mbabane|Mexico City|Milan|Minsk|Mogadishu|Monaco|
Monrovia|Montevideo|Montreal|Moroni|Moscow|Mumbai|Munich|Muscat|N'Djamena|Nairobi|Naples|Nassau|
Nay Pyi Taw|Naypyidaw|New Delhi|New York|Niamey|Nicosia|Nouakchott|Nuku'alofa|Oslo|Ottawa|
Ouagadougou|Palermo|Panama City|Paramaribo|Paris|Phnom Penh|Podgorica|Port Louis|Port Moresby|
Port of Spain|Port-au-Prince|Port Vila|Porto-Novo|Prague|Praia|Pretoria|Pristina|Quito|Rabat|
Reykjavik|Riga|Rio de Janeiro|Riyadh|Rome|Roseau|San Francisco|San Jose|San José|San Salvador|Sanaa|
Sana'a|Santiago|Santo Domingo|Sao Paulo|São Paulo|Sao Tome|Sarajevo|Seoul|Singapore|Skopje|Sofia|
St. Petersburg|Stockholm|Strasbourg|Suva|Sydney|Taipei|Tallinn|Tarawa|Tashkent|Tbilisi|Tegucigalpa|
Tehran|Tel Aviv|The Hague|Thimphu|Tirana|Tokyo|Toronto|Tripoli|Tunis|Turin|Ulaanbaatar|Vaduz|
Valletta|Vancouver|Victoria|Vienna|Vientiane|Vilnius|Warsaw|Washington|Washington, D.C.|
Washington DC|Wellington|Windhoek|Yamoussoukro|Yangon|Yaounde|Yaoundé|Yerevan|Zagreb|Zurich|Zürich|
Chiang Mai|Cancun|Cancún|Sharm el-Sheikh|Marseille|Hamburg|Frankfurt|Rotterdam|Antwerp|Geneve|
Genève|Kuching|Cebu|Surabaya|Mombasa|Kisumu|Peshawar|Quetta|Herat|Mazar-i-Sharif|Aleppo|Mosul|
Benghazi|Misrata|Agadez|Gao|Timbuktu|Tijuana|Ciudad Juarez|Ciudad Juárez|Guayaquil|Medellin|
Medellín|Cali|Cartagena|Recife|Salvador|Chicago|Los Angeles|Boston|Miami|Houston|Atlanta|
Osaka|Kyoto|Busan|Shanghai|Guangzhou|Shenzhen|Chengdu|Kolkata|Chennai|Bangalore|
Bengaluru|Hyderabad|Chittagong|Yokohama|Alexandria|Aden
"""

# Short forms releases use for countries whose ISO names are long or formal.
_COUNTRY_EXTRA = (
    "Iran|Syria|Russia|Vietnam|Viet Nam|Bolivia|Venezuela|Tanzania|Moldova|Laos|South Korea|North Korea|Korea|"  # noqa: E501
    "the Philippines|Philippines|the Netherlands|Netherlands|the United States|United States|USA|US|UK|"
    "United Kingdom|the United Kingdom|Britain|Great Britain|Czech Republic|Ivory Coast|Cote d'Ivoire|"
    "Côte d'Ivoire|Macedonia|Kosovo|Palestine|Turkey|Taiwan|the Gambia|Gambia|Democratic Republic of the Congo|"  # noqa: E501
    "DRC|Congo|Micronesia|Cape Verde|Swaziland|Burma|East Timor|Timor-Leste"
)

_CURATED = frozenset(c.strip() for c in _CITIES.replace("\n", "").split("|") if c.strip())


def _load_cities() -> frozenset[str]:
    """The curated list plus GeoNames' capitals and cities of 100,000+ (gazetteer/cities.tsv)."""
    path = Path(__file__).with_name("gazetteer") / "cities.tsv"
    names = set(_CURATED)
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                names.add(line.split("\t", 1)[0])
    return frozenset(n for n in names if n)


CITIES: frozenset[str] = _load_cities()
# A city inside a longer capitalised run counts only when the run names a venue or an event
# ("Geneva City Hall", "Conference Centre Geneva", "Geneva Diaspora Conference"), not a person
# ("Florence Mwangi").
_VENUE_OR_EVENT_WORDS = frozenset(
    "City Hall Centre Center Convention Conference International Airport Office Headquarters Hotel "
    "Palace Palais House Summit Forum Meeting Ministerial Workshop Seminar Dialogue Symposium "
    "Consultation Round Table Process Declaration Agenda Campus University".split()
)
_CANDIDATE = re.compile(
    r"(?<![\w-])([A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ -](?:(?:de|del|da|do|es|el|al|la|le|of|au|sur|am|an|der)[ -])?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*)*)"
)


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    import pycountry

    names = set(_COUNTRY_EXTRA.split("|"))
    for c in pycountry.countries:
        names.add(c.name)
        common = getattr(c, "common_name", None)
        if common:
            names.add(common)
    return frozenset(n for n in names if "," not in n)


@lru_cache(maxsize=1)
def _country_rx() -> re.Pattern:
    return re.compile(r"(?<![\w-])(" + literal_alternation(countries()) + r")(?![\w-])")


def strip_the(name: str) -> str:
    return name[4:] if name.startswith("the ") else name


def cities_in(text: str) -> list[re.Match]:
    """City mentions: a capitalised run that is a city, or starts with one followed by a place word.

    A set look-up per capitalised run rather than one huge alternation: the
    gazetteer has thousands of names. "Florence Mwangi" is a person, not a city,
    because only the whole run (or a run ending in a place word) counts.
    """
    found = []
    for m in _CANDIDATE.finditer(text):
        run = m.group(1).rstrip(".'’-")
        if run in CITIES:
            found.append(_CITY_AT.match(text, m.start(), m.start() + len(run)))
            continue
        words = run.split(" ")
        if len(words) < 2 or not _VENUE_OR_EVENT_WORDS.intersection(words):
            continue
        offsets = [0]
        for w in words[:-1]:
            offsets.append(offsets[-1] + len(w) + 1)
        i = 0
        while i < len(words):
            for k in range(min(len(words), i + 4), i, -1):  # longest city starting at word i
                sub = " ".join(words[i:k])
                if sub in CITIES and not _VENUE_OR_EVENT_WORDS.issuperset(words[i:k]):
                    start = m.start() + offsets[i]
                    found.append(_CITY_AT.match(text, start, start + len(sub)))
                    i = k - 1
                    break
            i += 1
    return found


_CITY_AT = re.compile(r"(.+)", re.S)


def countries_in(text: str) -> list[re.Match]:
    return list(_country_rx().finditer(text))


def is_place(name: str) -> bool:
    return name in CITIES or name in countries() or strip_the(name) in countries()


# "on the country's Pearl Island": islands are common venues and rarely in a city list.
_ISLAND = re.compile(r"\b(?:on|in|at)\s+(?:[\w’']+[’']s\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+Island)\b")
# "held in Geneva", "gathered in Beijing", "at the Palais Wilson in Geneva", "in the Belgian capital, Brussels"  # noqa: E501
_PLACE_CUE = re.compile(
    r"\b(?:in|at|on)\s+(?:the\s+[A-Z]?[a-z]+\s+capital,?\s+|the\s+University\s+of\s+)?(?:[\w’']+[’']s\s+)?$",
)


def location_near(text: str) -> str | None:
    """The first city introduced by a place cue ("in", "at", "on") in `text`; else a country so introduced."""
    for m in cities_in(text):
        if _PLACE_CUE.search(text[max(0, m.start() - 40) : m.start()]):
            return m.group(1)
    island = _ISLAND.search(text)
    if island:
        return island.group(1)
    for m in countries_in(text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 2]
        if (
            re.search(r"\b(?:in|to)\s+(?:the\s+)?$", before)
            and not after.startswith("’")
            and "'s" not in after
        ):
            return strip_the(m.group(1))
    return None


@dataclass(frozen=True)
class Dateline:
    """ "VIENNA, 14 March (UNIS) - ": where (and maybe when) the release was filed."""

    place: str | None
    date: str | None
    end: int  # absolute offset where the body text after the dateline starts


_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Za-z’'. ]{1,40}?)(?:,\s*(?P<date>[^()\n–—-]{3,30}?))?\s*(?:\([^)\n]{1,40}\)\s*(?:[-–—]\s+)?|[-–—]\s+)",  # noqa: E501
)


def dateline(doc: Document) -> Dateline | None:
    """The dateline at the start of the first body paragraph that has one (segmentation may not mark it)."""
    if "dateline" not in doc.cache:
        doc.cache["dateline"] = _dateline(doc)
    return doc.cache["dateline"]


# A dateline on a line (or segment) of its own: "NAIROBI, 12 May 2009", "DAKAR/NEW YORK, 24 January 2024",
# "Strasbourg, 11.06.2014", "RIYADH".
_DATELINE_ALONE = re.compile(
    r"\s*(?P<place>[A-Z][A-Za-z’'. ]{1,40}?)(?:/[A-Z][A-Za-z’'. ]{1,40}?)*"
    r"(?:,\s*(?P<date>[^()\n]{3,30}?))?\s*(?:\([^)\n]{1,40}\))?\s*[-–—:]*\s*"
)


def _dateline(doc: Document) -> Dateline | None:
    text = doc.text
    early = 0  # lines before the second body paragraph may be a dateline standing alone
    for seg in doc.segments:
        if seg.kind not in ("dateline", "paragraph", "headline"):
            continue
        alone_ok = seg.kind == "dateline" or early < 2
        early += seg.kind == "paragraph"
        for start, line in _lines(text, seg.start, seg.end):
            if seg.kind != "headline":
                found = _match_dateline(_DATELINE.match(text[start : min(seg.end, start + 90)]), start)
                if found:
                    return found
            if alone_ok and len(line) < 70:
                found = _match_dateline(_DATELINE_ALONE.fullmatch(line), start, loose_date=True)
                if found:
                    return found
    return None


def _match_dateline(m: re.Match | None, start: int, loose_date: bool = False) -> Dateline | None:
    if not m:
        return None
    place = m.group("place").strip()
    norm = place.title() if place.isupper() else place
    date = m.group("date")
    if norm not in CITIES and norm not in countries():
        # "MOROTO, Uganda, 22 November 2016 -": a town the gazetteer lacks, placed by its country.
        country = re.match(r"([A-Z][\w ’'.-]{2,30}?)\s*(?:,\s*|$)", date or "")
        if not (
            country
            and country.group(1) in countries()
            and re.fullmatch(r"[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){0,2}", norm)
        ):
            return None
        date = date[country.end() :]
    when = None
    if date:
        found = find_dates(date)
        if not found and not loose_date:
            return None
        when = found[0].iso_start if found else None
    return Dateline(norm, when, start + m.end())


def publication_date(doc: Document) -> str | None:
    """The release's date: stated metadata, else the first full date in a short line or a dateline."""
    if doc.release.date:
        return doc.release.date
    if "publication_date" not in doc.cache:
        doc.cache["publication_date"] = _publication_date(doc)
    return doc.cache["publication_date"]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _publication_date(doc: Document) -> str | None:
    text = doc.text
    for seg in doc.segments:
        if seg.kind in ("contact", "navigation"):
            continue
        # Dates lines are short ("14 March 2003", "Press release | 17 June 2004"); a dateline
        # opens a paragraph; a merged block may hold one at the start of any of its lines.
        for line_start, line in _lines(text, seg.start, seg.end):
            head = line[:60]
            if not _YEAR.search(head):
                continue
            for d in find_dates(head):
                rest = len(line.strip()) - (d.end - d.start)
                at_start = line_start == seg.start and d.start < 30
                if d.iso_start and len(d.iso_start) == 10 and (rest < 30 or at_start):
                    return d.iso_start
    return None


def _lines(text: str, start: int, end: int):
    pos = start
    for line in text[start:end].split("\n"):
        yield pos, line
        pos += len(line) + 1
