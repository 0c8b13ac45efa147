"""Organisations named by how the text describes them, not by a head word or the gazetteer.

"the Lebanese NGO X", "the company Acme A/S", "Y Rising, a local NGO,": a kind word
(NGO, charity, company, group ...) right before or after a capitalised name, and company suffixes
(Ltd, Inc, A/S, GmbH, S.A., LLP ...).
"""

from __future__ import annotations

import re

from kg.extract.orgacrextend import extend_by_acronym
from kg.extract.orgkindhead import headed_end
from kg.extract.orgnames import country_code, gaz_lookup, government_name
from kg.extract.places import is_place
from kg.model import Span

NGO_NAMED = re.compile(
    r"(?<![A-Z][\w\-])(?<![A-Z])\s(?:NGO|non-governmental organi[sz]ation|charity|company|firm|group|"
    r"non-profit|nonprofit|not-for-profit)\s+((?:[A-Z][\w'’\-/]*\s?|&\s|(?:for|of|the|de|del|la|y)\s(?=[A-Z])){1,6})"
)
# "X for Tomorrow, a local NGO,", "Bright Futures, a Bangkok-based charity": the name before its kind.
NAME_THEN_KIND = re.compile(
    r"((?:[A-Z][\w'’\-]*\s?|(?:for|of|the|de|des)\s(?=[A-Z])){1,7}),\s+(?:a|an)\s+"
    r"(?:(?!(?:of|for|with|to|at|in|the|an?)\s)[\w\-]+\s+){0,3}?"
    r"(?:NGO|non-governmental organi[sz]ation|charity|civil society organi[sz]ation|foundation|"
    r"non-profit(?: organi[sz]ation)?|nonprofit(?: organi[sz]ation)?|company|firm|association|network|"
    r"think tank|trade union|union|cooperative)"
    # "X Link, a network of migrant groups": the kind's own "of".
    r"(?=\s*[,.;)]|\s+(?:based|that|which|working|in|from|founded|led|run|active|specialising|specializing|of)\b)"
)
COMPANY = re.compile(
    # "Acme Solar Systems, Inc.": American usage puts a comma before the suffix.
    r"(?<![\w&])((?:[A-Z][\w'’\-.]*\s+|&\s+){0,4}[A-Z][\w'’\-.]*,?\s+(?:Ltd\.?|Limited|Inc\.?|A/S|ApS|GmbH|S\.A\.|LLC|LLP|PLC|plc|"
    r"B\.V\.|N\.V\.|S\.p\.A\.|Pty\.? Ltd\.?|Corp\.?|Co\.,? Ltd\.?))(?![\w/])"
)
# "Sister Ana Lume of Mano Verde, which assists migrant families": a body named by what it does for people.
OF_NAME_WHICH = re.compile(
    r"(?<=[a-z]\s)of\s+((?:[A-Z][\w'’\-]*\s){0,3}[A-Z][\w'’\-]*),\s+which\s+(?:assists|supports|helps|works|"
    r"provides|runs|represents|advocates|campaigns|offers|defends|protects|shelters|trains)\s"
)
# "the Siemens company", "the Acme Foods group": a name between "the" and its lowercase kind.
THE_NAME_KIND = re.compile(r"\bthe\s+((?:[A-Z][\w&'’\-]*\s+){1,4})(?:company|corporation|charity|NGO)\b")


# "The City of X co-hosted", "Climate Officer of the City of Lakeport": a city's government, capitalised,
# acting; "held in the City of X" names a place.
CITY_GOV = re.compile(
    r"\b[Tt]he\s+((?:City|Municipality|(?:County|Provincial|Regional|District|Municipal|City|State)\s+Government)\s+"
    r"of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
CITY_GOV_HINT = re.compile(r"City of|Municipality of|Government of")
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|into|across|near|around|visit(?:ed)?|throughout)\s+$")


DESCRIBING_ENDS = ("'s", "’s", "-based")


def _plain_name(name: str) -> bool:
    """No country, demonym, title or function word among the name's words ("the Kenyan company")."""
    from kg.extract.countrywords import DEMONYMS
    from kg.extract.persons import STOP, TITLE_WORDS

    # "the Harare-based NGO": where a body is based describes it and names nothing.
    return not any(
        country_code(w) or w in DEMONYMS or w in STOP or w in TITLE_WORDS or w.endswith(DESCRIBING_ENDS)
        for w in name.split()
    )


# Plain substrings (a `in` test each is cheaper than one alternation scan of the chunk; the same answer).
KIND_HINT_WORDS = (
    "NGO", "non-governmental", "charity", "company", "firm", "group", "profit", "foundation", "association",
    "network", "think tank", "union", "cooperative", "civil society",
)  # fmt: skip
A_KIND = re.compile(r", an? ")
SUFFIX_HINT = re.compile(
    r"Ltd|Limited|Inc\b|A/S|ApS|GmbH|S\.A\.|LLC|LLP|PLC|plc|B\.V\.|N\.V\.|S\.p\.A|Corp|Co\."
)


def described_names(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """(name, span) for every organisation text[start:end] introduces by its kind or company suffix."""
    out: list[tuple[str, Span]] = []
    chunk = text[start:end]
    # Cheap tests first: the patterns below backtrack over every capitalised word.
    kinds = any(w in chunk for w in KIND_HINT_WORDS)
    for m in NGO_NAMED.finditer(text, start, end) if kinds else ():
        name = _described_name(m.group(1), NGO_KIND.match(text, m.start() + 1) is not None)
        if name:
            out.append((name, Span(m.start(1), m.start(1) + len(name))))
    for m in NAME_THEN_KIND.finditer(text, start, end) if kinds and A_KIND.search(chunk) else ():
        name = re.sub(r"^(?:(?:The|A|An|And|With|By|From|In|On|At|For)\s+)+", "", m.group(1).strip())
        name = _after_title(name)
        if len(name.split()) >= 2 and not country_code(name):
            out.append((name, Span(m.end(1) - len(m.group(1).strip()), m.end(1))))
    for m in THE_NAME_KIND.finditer(text, start, end) if kinds else ():
        name = m.group(1).strip()
        if _plain_name(name):
            out.append((name, Span(m.start(1), m.start(1) + len(name))))
    for m in CITY_GOV.finditer(text, start, end) if " of " in chunk and CITY_GOV_HINT.search(chunk) else ():
        if not PLACE_BEFORE.search(text, max(start, m.start() - 12), m.start()):
            out.append((m.group(1), Span(m.start(1), m.end(1))))
    for m in OF_NAME_WHICH.finditer(text, start, end) if ", which " in chunk else ():
        name = m.group(1)
        before = text[max(start, m.start() - 30) : m.start()].split()
        # "Sister Ana Lume of X": a person (a capitalised name) of the body; "the city of X" is a place.
        if (
            before
            and before[-1][:1].isupper()
            and _plain_name(name)
            and not is_place(name)
            and not name.isupper()
        ):
            out.append((name, Span(m.start(1), m.end(1))))
    for m in COMPANY.finditer(text, start, end) if SUFFIX_HINT.search(chunk) else ():
        name = re.sub(r"^(?:(?:The|A|An|By|With|And|From|For|At|In|On)\s+)+", "", m.group(1))
        first = extend_by_acronym(text, m.end(1) - len(name), m.end(1), start)
        name = text[first : m.end(1)]
        if len(name.split()) >= 2 or "/" in name:
            out.append((name, Span(m.end(1) - len(name), m.end(1))))
    return out


TITLE_OF = re.compile(r"^((?:[A-Z][\w-]*\s+)+?)(?:of|at|for)\s+(?:the\s+)?(?=[A-Z])")


def _after_title(name: str) -> str:
    """ "Chief Executive Officer of SkyBird Logistics" -> "SkyBird Logistics": a title is not in a name."""
    from kg.extract.persons import TITLE_WORDS

    m = TITLE_OF.match(name)
    if m and all(
        w in TITLE_WORDS or w in ("Chief", "Executive", "Managing", "General") for w in m.group(1).split()
    ):
        return name[m.end() :]
    return name


NGO_KIND = re.compile(r"(?:NGO|non-governmental organi[sz]ation|charity)\s")


def _described_name(run: str, ngo: bool = False) -> str | None:
    """The name in "the NGO Kids First", "a group Elara Youth Support": capitalised words up to a title,
    month or other word that cannot be part of a name."""
    from kg.extract.persons import STOP, TITLE_WORDS

    words: list[str] = []
    run_words = run.split()
    for i, w in enumerate(run_words):
        if (w in TITLE_WORDS and not words) or (w in STOP and w not in ("For", "Of", "The")):
            # "the NGO Lakeport Fishers Rights Forum": a common word inside a name that a head word ends
            words += run_words[i : headed_end(run_words, i)] if words else []
            break
        words.append(w)
    while words and words[-1] in ("for", "of", "the", "&", "de", "del", "la", "y"):
        words.pop()
    name = " ".join(words)
    # "the Peruvian NGO Xyz": after "NGO" or "charity" one word is a name; after "group" or "company"
    # a lone capitalised word is as likely a common word starting a sentence.
    lone_ok = ngo and len(name) > 2 and name.isalpha() and not name.isupper()
    if (
        not name
        or country_code(name)
        or (len(words) == 1 and not lone_ok and not re.search(r"[A-Z].*[A-Z]", name))
    ):
        return None  # "the company Director", "the NGO Kenya", a lone common word
    return name


COUNTRY_PREFIX = [
    re.compile(rf"^({w})(?:'s|’s)?\s+(?=[A-Z])") for w in (r"[A-Z][\w.]*", r"[A-Z][a-z]+ [A-Z][a-z]+")
]
UN_PREFIX = re.compile(r"^(?:United Nations|UN|U\.N\.)\s+(?=[A-Z])")
PARLIAMENT = re.compile(r"^(?:Parliament\s+of\s+(?:the\s+)?(.+)|(.+?)(?:'s|’s)?\s+[Pp]arliament)$")


def known_behind_prefix(s: str) -> tuple[str, str, str | None, str | None] | None:
    """`canonical` for a known name behind a prefix that is no part of it: "the United Nations World Food
    Programme" (a UN body), "the UK Foreign, Commonwealth & Development Office" (a government body)."""
    un = UN_PREFIX.match(s)
    entry = un and gaz_lookup(s[un.end() :])
    if entry and entry.kind == "un":
        return entry.name, entry.kind, None, "gaz:" + entry.name
    for cp in COUNTRY_PREFIX:
        m = cp.match(s)
        entry = m and country_code(m.group(1)) and gaz_lookup(s[m.end() :])
        if entry and entry.kind == "government":
            return entry.name, entry.kind, None, "gaz:" + entry.name
    return None


def country_parliament(s: str) -> tuple[str, str, str | None, str | None] | None:
    """`canonical` for a country's parliament: "the Fijian Parliament", "Kiribati Parliament" and "Parliament
    of the Republic of Fiji" are one body, "Parliament of X" (the text's own "of" form kept)."""
    m = PARLIAMENT.match(s)
    code = m and country_code(m.group(1) or m.group(2))
    if not code:
        return None
    name = s if m.group(1) else government_name(code).replace("Government", "Parliament", 1)
    return name, "organisation", code, "parl:" + code
