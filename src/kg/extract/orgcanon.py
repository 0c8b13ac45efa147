"""The canonical name, kind, country and identity key of an organisation's surface form, without context.

"the Belgian government" -> the Government of Belgium; "UNODC's Regional Office for Central Asia" -> UNODC;
"IOM Geneva" -> IOM; any other name -> itself, keyed so that spellings differing only in "the", case or
punctuation are one organisation. Kept apart from `organisations`, which finds names in a release and
merges them into records, because this is a pure function of the surface form (cached), used by every
component that looks a name up.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.orgfinders import country_parliament, known_behind_prefix
from kg.extract.orgheadwords import HEADS
from kg.extract.orgnames import country_code, gaz_lookup, government_name, ministry_base
from kg.extract.orgoffices import is_office
from kg.extract.orgquotedname import keep_closing_quote

NORM_DROP = re.compile(r"\bthe\b|[^\w\s]")
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# "the Royal Thai Government", "the Royal Government of Cambodia": a monarchy's style, the same government.
GOV = re.compile(r"^(?:the\s+)?(?:Royal\s+)?(?:government|governments)\s+of\s+(?:the\s+)?(.+)$", re.I)
GOV_SUFFIX = re.compile(
    r"^(?:the\s+)?(?:Royal\s+)?(.+?)(?:'s|’s)?\s+(?:government|authorities|chairmanship|presidency|"
    r"(?:eu|osce|council of europe|au|asean)\s+(?:chairmanship|presidency))$",
    re.I,
)
MEMBERS_OF = re.compile(r"^(?:Members|Representatives|Delegates|Deputies|Staff)\s+of\s+(?:the\s+)?(?=[A-Z])")
LEAD_DAY = re.compile(r"^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+(?=[A-Z])")
CHAIR = re.compile(r"^(?:the\s+)?(.+?)\s+(?:Chairmanship|Presidency)\b.*$")
OFFICE = re.compile(
    r"^(?P<org>.+?)(?:'s|’s)?\s+(?:(?:regional |country |liaison |field |sub-?regional |programme |project )?"
    r"office|delegation|mission|"
    r"headquarters|team)\b.*$",
    re.I,
)
DESCRIBED = re.compile(
    r"^((?:[A-Za-z][\w\-]*\s+){0,4}?)(?:NGO|non-governmental organi[sz]ation|charity|company|firm|group|"
    r"organi[sz]ation|network|non-profit|nonprofit|not-for-profit)\s+(?=[A-Z0-9])"
)


def _city(word: str) -> bool:
    from kg.extract.places import is_place

    return is_place(word)


@lru_cache(maxsize=8192)
def clean(surface: str) -> str:
    s = re.sub(r"\s+", " ", surface).strip(" ,;:.\"“”'")
    if surface.rstrip(" ,;:.").endswith(('"', "”")):
        s = keep_closing_quote(surface, s)  # 'International Centre "Lakeshore"' keeps its closing quote
    s = re.sub(r"^(?:the|The)\s+", "", s)
    # "Members of the Lakeland Assembly held hearings": the people who act are no part of the body's name.
    s = MEMBERS_OF.sub("", s)
    # "(on) Tuesday, Malawi's Minister": a day before the name is no part of it.
    s = LEAD_DAY.sub("", s)
    # "the Lusaka-based Centre for Trade Policy": where a body is based is no part of its name.
    s = re.sub(r"^[A-Z][\w]*(?:[ -][A-Z][\w]*)?-based\s+(?=[A-Z])", "", s)
    # "Lebanese NGO X", "the Danish company Acme A/S": the description is no part of the name.
    d = DESCRIBED.match(s)
    # "the Accra software company X Labs": a city before the description is part of it too.
    if d and all(
        w.islower() or country_code(w) or w.endswith("-based") or _city(w) for w in d.group(1).split()
    ):
        s = s[d.end() :]
    return POSSESSIVE.sub("", s).strip()


OFFICIAL_FORM = re.compile(
    r"^(?:the\s+)?(?:Republic|Kingdom|Federal\s+Republic|Islamic\s+Republic|United\s+Republic|State|"
    r"Principality|Sultanate)\s+of\s+(?P<country>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$"
)


def title_owner(owner: str) -> bool:
    """ "Prosecutor General", "Prime Minister": a possessive owner that is a title, whose office is one body
    under its whole name ("the Prosecutor General's Office of X"), not a unit of an organisation."""
    from kg.extract.personwords import TITLE_WORDS

    return owner.split()[-1] in TITLE_WORDS and not gaz_lookup(owner)


# "Ministry of Youth and Women's Empowerment of X": people named in a portfolio own no unit.
_PEOPLE_WORDS = frozenset(
    "Women Children Youth People Persons Workers Veterans Farmers Girls Elders Families".split()
)


def _portfolio_people(owner: str) -> bool:
    """ "Ministry of Youth and Women" before "'s Empowerment ...": a portfolio's people, not a body that
    owns a unit."""
    return " of " in owner and owner.split()[-1] in _PEOPLE_WORDS


@lru_cache(maxsize=8192)
def canonical(surface: str) -> tuple[str, str, str | None, str | None]:
    """(canonical name, kind, country, identity key) for a surface form, without context."""
    s = clean(surface)
    entry = gaz_lookup(s)
    if entry:
        return entry.name, entry.kind, None, "gaz:" + entry.name
    known_prefixed = known_behind_prefix(s)
    if known_prefixed:
        return known_prefixed
    m = GOV.match(s)
    if m:
        code = country_code(m.group(1))
        if code:
            return government_name(code, m.group(1), keep_official=True), "government", code, "gov:" + code
        # "Government of the Republic of Rwanda": an official long form the country list lacks; the text's
        # own form names it, the country's code keys it.
        official = OFFICIAL_FORM.match(m.group(1))
        code = country_code(official.group("country")) if official else None
        if code:
            name = f"Government of the {m.group(1).removeprefix('the ')}"  # "the Republic of X"
            return name, "government", code, "gov:" + code
    m = GOV_SUFFIX.match(s) or CHAIR.match(s)
    if m:
        code = country_code(m.group(1))
        if code:
            return government_name(code), "government", code, "gov:" + code
    code = country_code(s)
    if code:
        return government_name(code, s), "government", code, "gov:" + code
    parliament = country_parliament(s)
    if parliament:
        return parliament
    mb = ministry_base(s)
    if mb and not gaz_lookup(mb[0]):
        base, code = mb
        return s, "ministry", code, f"min:{norm(base)}:{code}"
    # "the US State Department's Office to Monitor ...": a named unit is an organisation of its own.
    poss = re.match(r"^(.+?)(?:'s|’s)\s+(.+)$", s)
    if poss and gaz_lookup(poss.group(1)) and is_office(poss.group(2)):
        return canonical(poss.group(1))  # "UNODC's Regional Office for Central Asia": an office of UNODC
    if (
        poss
        and (gaz_lookup(poss.group(2)) or len(poss.group(2).split()) >= 4 or _unit_of_known(poss))
        and poss.group(2)[0].isupper()
        and not title_owner(poss.group(1))  # "the Prosecutor General's Office of X" is one body
        and not _portfolio_people(poss.group(1))
        and not s.endswith(('"', "”"))  # 'Women's Rights Centre "X"': one body with its quoted own name
    ):
        inner = canonical(poss.group(2))
        if known(poss.group(2)) or not OFFICE.match(s) or " in " not in poss.group(2):
            return inner
    m = OFFICE.match(s)
    if m:
        entry = gaz_lookup(clean(m.group("org")))
        if entry:
            return entry.name, entry.kind, None, "gaz:" + entry.name
    # "UNDP Pacific Centre", "United Nations Development Programme (UNDP) Pacific Centre": a known name
    # followed by a regional office is that organisation.
    unit = REGIONAL_UNIT.match(s)
    entry = unit and (gaz_lookup(unit.group(1)) or gaz_lookup(unit.group(2) or ""))
    if entry:
        return entry.name, entry.kind, None, "gaz:" + entry.name
    # "UN Women Nepal", "World Bank Kenya": a longer known name followed by a country.
    words = s.split()
    for k in (1, 2):
        if len(words) > k + 1 and country_code(" ".join(words[-k:])):
            entry = gaz_lookup(" ".join(words[:-k]))
            if entry and entry.kind == "ngo" and len(words) - k >= 2:
                # "Save the Children Norway", "Plan International Germany": an NGO's national section is
                # an organisation of its own, not an office.
                return s, "ngo", None, "n:" + norm(s)
            if entry:
                return entry.name, entry.kind, None, "gaz:" + entry.name
    # "IOM Geneva", "IOM Egypt": a known organisation followed by a place.
    parts = s.split(" ", 1)
    if len(parts) == 2 and parts[0].isupper():
        entry = gaz_lookup(parts[0])
        from kg.extract.persons import TITLE_WORDS

        # "IOM Guinea-Bissau", "UNDP Timor-Leste": a hyphenated place is one place.
        place = re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?(?: [A-Z][a-zà-ÿ]+)?", parts[1])
        if entry and place and not any(w in TITLE_WORDS or w in HEADS for w in parts[1].split()):
            return entry.name, entry.kind, None, "gaz:" + entry.name
    # Other names: one organisation per spelling that differs only in "the", case or punctuation.
    return s, _kind(s), None, "n:" + norm(s)


REGIONAL_UNIT = re.compile(
    r"^(.+?)(?:\s+\(([A-Z][A-Za-z]{1,10})\))?\s+(?:(?:Pacific|Asia|Africa|Europe|Americas|Caribbean|"
    r"Arab States|Asia-Pacific|Asia and the Pacific|Latin America|Middle East|Regional|Sub-Regional|"
    r"Subregional)\s+){1,2}(?:Centre|Center|Hub|Office|Bureau)$"
)


def norm(s: str) -> str:
    return " ".join(NORM_DROP.sub(" ", s.casefold()).split())


def _unit_of_known(poss: re.Match) -> bool:
    """ "Council of Europe's Children's Rights Division": a named unit of a known organisation."""
    return bool(gaz_lookup(poss.group(1))) and any(w in HEADS for w in poss.group(2).split())


def known(surface: str) -> bool:
    """True for a gazetteer organisation (or one of its offices) or a government, known without context."""
    key = canonical(surface)[3]
    return bool(key) and not key.startswith("n:")


def _kind(name: str) -> str:
    low = name.lower()
    if low.startswith(("ministry", "department", "federal department")):
        return "ministry"
    if "university" in low:
        return "university"
    return "organisation"
