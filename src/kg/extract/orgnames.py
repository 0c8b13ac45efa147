"""Names of organisations and countries: the curated gazetteer, pycountry, demonyms, canonical forms
(the country word lists themselves are in `countrywords`).

Loaded once per process (module level / lru_cache) because every release needs them.
The gazetteer holds only well-known organisations (UN system, IGOs, major NGOs,
donor agencies); everything else is found by patterns in `organisations.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from kg.extract.alternation import literal_alternation
from kg.extract.countrywords import DEMONYMS, EXTRA_NAMES, SHORT, THE_NAMES

GAZETTEER = Path(__file__).with_name("gazetteer") / "organisations.tsv"


@dataclass(frozen=True)
class GazEntry:
    name: str
    kind: str
    forms: tuple[str, ...]


def _variants(form: str) -> set[str]:
    out = {form}
    for a, b in (
        ("Organization", "Organisation"),
        ("Labour", "Labor"),
        ("Programme", "Program"),
        ("Centre", "Center"),
        ("Co-operation", "Cooperation"),
        ("United Nations", "UN"),
    ):
        for f in list(out):
            # whole words (plurals too): "Program" must not turn "Programme" into "Programmeme"
            out.add(re.sub(rf"\b{a}(?=s?\b)", b, f))
            if b != "UN":
                out.add(re.sub(rf"\b{b}(?=s?\b)", a, f))
    return out


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, GazEntry], re.Pattern]:
    """Form (casefolded) -> entry, and one compiled pattern matching every form (longest first)."""
    index: dict[str, GazEntry] = {}
    forms_all: set[str] = set()
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        name, kind = parts[0], parts[1]
        others = [f for f in (parts[2].split("|") if len(parts) > 2 else []) if f]
        forms: set[str] = set()
        for f in [name, *others]:
            forms |= _variants(f) if not f.isupper() else {f}
        entry = GazEntry(name, kind, tuple(sorted(forms)))
        for f in forms:
            index.setdefault(f.casefold(), entry)
        forms_all |= forms
    # The look-ahead before the look-behind (same matches): the engine can then skip to capitals.
    pattern = re.compile(r"(?=[A-Z])(?<![\w-])" + literal_alternation(forms_all) + r"(?!\w|-[A-Z])")
    return index, pattern


def gaz_lookup(form: str) -> GazEntry | None:
    index, _ = gazetteer()
    key = form.casefold()
    entry = index.get(key)
    if entry is None and " & " in key:  # "Foreign, Commonwealth & Development Office"
        entry = index.get(key.replace(" & ", " and "))
    return entry


@lru_cache(maxsize=1)
def countries() -> tuple[dict[str, str], re.Pattern]:
    """Country name (casefolded) -> alpha-2, and a pattern matching names and demonyms."""
    names: dict[str, str] = {}
    originals: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," in v:  # "Korea, Republic of" -> "Republic of Korea"
                head, _, tail = v.partition(", ")
                v = re.sub(r"^The ", "", f"{tail} {head}")
            if v:
                names[v.casefold()] = c.alpha_2
                originals.add(v)
    for k, v in SHORT.items():
        names[v.casefold()] = k
        originals.add(v)
    for k, v in EXTRA_NAMES.items():
        names[k.casefold()] = v
        originals.add(k)
    # Any one whitespace character between the words: a hard-wrapped release breaks "the United\nArab
    # Emirates" across lines (callers flatten the match, see country_code).
    alts = literal_alternation(originals).replace("\\ ", r"\s")
    pattern = re.compile(r"(?=[A-Zt])(?<![\w-])(?:[Tt]he\s+)?" + alts + r"(?![\w-])")
    return names, pattern


@lru_cache(maxsize=1)
def demonym_pattern() -> re.Pattern:
    return re.compile(r"(?=[A-Z])(?<![\w-])" + literal_alternation(DEMONYMS) + r"(?![\w-])")


_DEMONYM_KEYS = {d.casefold(): code for d, code in DEMONYMS.items()}


@lru_cache(maxsize=8192)
def country_code(form: str) -> str | None:
    """Alpha-2 for a country name or demonym ("Belarus", "Belarusian", "the Philippines")."""
    key = " ".join(form.split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    names, _ = countries()
    return names.get(key) or _DEMONYM_KEYS.get(key)


def is_country_name(form: str) -> bool:
    names, _ = countries()
    return re.sub(r"^the ", "", form.strip(), flags=re.I).casefold() in names


def country_short(code: str) -> str:
    if code in SHORT:
        return SHORT[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return next((k for k, v in EXTRA_NAMES.items() if v == code), code)
    return getattr(c, "common_name", None) or c.name


OFFICIAL = re.compile(
    # "the Hashemite Kingdom of Jordan", "the Plurinational State of Bolivia": the government's short name
    r"^(?:the\s+)?(?:Principality|Kingdom|Republic|State|Islamic|People|Federal|Grand Duchy|"
    r"Hashemite\s+Kingdom|Plurinational\s+State|Bolivarian\s+Republic|"
    r"Swiss Confederation|Sultanate|Commonwealth|"
    # "the Kyrgyz Republic", "the Slovak Republic": an adjective's official form of a one-word country
    r"[A-Z][a-z]+\s+Republic$)"
)


def _bare_country(form: str) -> bool:
    """Whether an official form's tail names the country alone: "Principality of Liechtenstein" ->
    "Liechtenstein" does, "Republic of Korea" -> "Korea" does not (the official form is the name)."""
    return bool(country_code(re.sub(r"^.*?\bof\s+(?:the\s+)?", "", form.strip())))


def government_name(code: str, text_form: str | None = None, keep_official: bool = False) -> str:
    """ "Government of X", using the text's own country name when it gave one (official long forms
    like "Principality of Liechtenstein" only when the text itself said "Government of ...", or when the
    bare tail names no country: "Republic of Korea")."""
    usable = (
        text_form
        and is_country_name(text_form)
        and (keep_official or not OFFICIAL.match(text_form) or not _bare_country(text_form))
        and not re.fullmatch(r"(?:the\s+)?[A-Z.]{2,5}", text_form.strip())  # "US", "U.K.": the short name
    )
    name = text_form if usable else country_short(code)
    name = re.sub(r"^the ", "", name.strip(), flags=re.I)
    article = "the " if THE_NAMES.match(name) else ""
    return f"Government of {article}{name}"


MINISTRY_HEAD = re.compile(r"^(?:Federal\s+|State\s+)?(?:Ministry|Department)\s+(?:of|for)\s+\S")
OF_OR_COMMA = re.compile(r"\s+of\s+|,\s*")


@lru_cache(maxsize=4096)
def ministry_base(s: str) -> tuple[str, str] | None:
    """("Ministry of Health", "UG") for a ministry tied to its country: "Uganda's Ministry of Health",
    "Hungarian Ministry of Health", "Ministry of Health of Bhutan", "Ministry of X, India". The text's
    qualified form stays the name (releases and annotators use it); the bare form becomes an alias."""
    code = None
    m = re.match(r"^(.+?)(?:'s|’s)\s+(.+)$", s)
    if m and country_code(m.group(1)):
        code, s = country_code(m.group(1)), m.group(2)
    else:
        parts = s.split(" ", 2)
        for k in (2, 1):
            if len(parts) > k and country_code(" ".join(parts[:k])):
                code, s = country_code(" ".join(parts[:k])), " ".join(s.split(" ")[k:])
                break
    if not MINISTRY_HEAD.match(s):
        return None
    for cut in OF_OR_COMMA.finditer(s):
        tcode = country_code(re.sub(r"^(?:the\s+)?(?:Government\s+of\s+)?", "", s[cut.end() :]))
        if tcode:
            if code and code != tcode:
                return None
            code, s = tcode, s[: cut.start()]
            break
    if "'s " in s or "’s " in s:
        return None  # "Ministry of Interior's Department for ...": a unit of the ministry
    return (s, code) if code and MINISTRY_HEAD.match(s) else None
