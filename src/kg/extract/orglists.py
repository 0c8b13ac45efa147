"""Lists of organisations as releases write them after "organised by", "with support from" or
before "hosted": "the Chilean and Peruvian governments, UNDP and the NGO Water Trust" -> four names.

A list ends at the first item that is not a name (a clause, a lowercase phrase), so callers can
hand over the rest of a sentence. Separators are commas, "and", "as well as", "together with",
"in co-operation with"; "X and Y" stays one name when it is one ("Ministry of Water and Sanitation").
"""

from __future__ import annotations

import re

from kg.extract.orgappositions import MONEY, described_by_demonym, drop_owner_governments
from kg.extract.orgheadless import proper_name_org
from kg.extract.orgnames import gaz_lookup
from kg.extract.places import is_place

# Patterns of the functions below, compiled once.
_RX0 = re.compile(
    r"\b((?:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,\s+)*[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+and\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(governments|Governments)\b"
)
_RX1 = re.compile(
    r"\b([Gg]overnments)\s+of\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?(?:,\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)*\s+and\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
)
_RX2 = re.compile(r"(?:’s|'s)\s+")
_RX3 = re.compile(r"(?:[A-Z][\w’'-]*\s?)+")
_RX4 = re.compile(r"\s+in\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?$")
_RX5 = re.compile(r"\s*\([^)]*\)")
_RX7 = re.compile(r",\s*|\s+and\s+")
_RX8 = re.compile(r"\s+")
_RX9 = re.compile(r"[A-Z]{2,}\b")
_RX10 = re.compile(r"^\s*\([^)]*\)")
_RX11 = re.compile(r"(?:^|\s)[a-z]")
_RX12 = re.compile(r"[A-Z]{2,}\s+[A-Z][a-z]+$")
_RX13 = re.compile(r"\s*\([^)]*\)\s*$")
_RX14 = re.compile(r"\s*\($")
_RX16 = re.compile(r"^(?:[Tt]he\s+)")
# "Ministry of Family and Women's Affairs": a possessive of people is part of a portfolio, not an owner.
_PEOPLE = re.compile(r"\b(?:Women|Children|Youth|People|Persons|Workers|Veterans|Farmers|Girls|Men|Elders)$")
# "the International Labour Organization (ILO) Regional Office for Asia and the Pacific with the Ministry":
# an office after its organisation's acronym is the organisation (GUIDELINES: offices are aliases), and
# its region's "and the Pacific" must not end the list before the co-organiser.
_OFFICE_AFTER = re.compile(
    r"(?<=\))\s+(?:Regional|Country|Sub-?[Rr]egional|Liaison|Field|Area)\s+Office\s+(?:for|in)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+and\s+(?:the\s+)?(?:Pacific|Caribbean|Central\s+Asia|North\s+Africa))?"
)

GRANT_LEAD = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?(?:grant|contribution|donation|funding|support|generosity)"
    r"\s+(?:of|from)\s+"
)
LEAD = re.compile(
    # "3. That WMO organize ...": a resolution's "That" before its subject.
    r"^(?:the\s+|The\s+|That\s+(?=[A-Z])|and\s+|with\s+|together\s+with\s+|"
    # "the Lebanese NGO X Trust", "the Danish company Acme": a descriptor before the name.
    r"(?:[A-Z][a-z]+\s+)?(?:NGO|non-governmental\s+organi[sz]ation|charity|company|firm|foundation|group)\s+(?=[A-Z]))+"
)
TIME_WORDS = re.compile(
    r"^(?:(?:(?:Earlier|Later)\s+this|Last|Next|This)\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+|"
    r"(?:Yesterday|Today|Tomorrow|Last|Next|This|On|In|During|Earlier|Later|Recently)\b[^,]*?,?\s+)+"
)
# Unnamed partners coordinated with a named organisation ("IOM, together with its partners,").
GENERIC_PART = re.compile(
    r"^(?:and\s+|with\s+|together\s+with\s+|along\s+with\s+)?(?:its|their|other|local|national|international|"
    r"several|various|key|many|all|government)?\s*(?:[a-z-]+\s+)?(?:partners?|agencies|organi[sz]ations|"
    r"stakeholders|donors|authorities|NGOs|counterparts|governments|actors|bodies|institutions)\s*$"
)
GENERIC_TAIL = re.compile(
    r"\s+and\s+(?:its|their|other|local|national|several|various|key)\s+(?:[a-z-]+\s+)?(?:partners?|agencies|"
    r"organi[sz]ations|stakeholders|donors|authorities|NGOs|counterparts)\s*,?\s*$"
)
ORG_HEADS = re.compile(
    r"(?:Organi[sz]ation|Federation|Office|Ministry|Government|Fund|Programme|Bank|Union|Commission|Council|"
    r"Agency|Foundation|Institute|University|Centre|Center|Secretariat|Department|Association|Network|Committee|"
    r"Chairmanship|Presidency|Embassy|Mission|Process|Forum|Alliance|Coalition|Society|Trust|Partnership|\))$"
)
# Words that make a name an organisation's wherever they stand ("Ministry of Health of X", "Acme Ltd").
ORG_WORDS = re.compile(
    r"\b(?:Organi[sz]ation|Federation|Office|Ministry|Government|Fund|Programme|Program|Bank|Union|Commission|"
    r"Council|Agency|Foundation|Institute|University|Centre|Center|Secretariat|Department|Association|Network|"
    r"Committee|Chairmanship|Presidency|Embassy|Mission|Process|Forum|Alliance|Coalition|Society|Trust|"
    r"Partnership|Division|Unit|Service|Services|Authority|Board|Bureau|Directorate|Corporation|Company|Group|"
    r"Institution|Academy|College|School|Court|Parliament|Assembly|Cross|Crescent|International|Initiative|"
    r"Project|Fondation|Fundación|Gesellschaft|Stiftung|Agence|Agencia|Instituto|Ministerio|Ministère|Ltd|LLP|LLC|Inc|GmbH|A/S|S\.A\.|PLC|Co\.)(?:\b|$)|&|\bof\s+the\b"
)


def plausible_org(name: str, known: bool) -> bool:
    """A name from a role phrase that can stand for an organisation: one the release already knows, an
    acronym, a country (its government), or a name with an organisation word; not a bare person's name
    ("John Mbeki hosted a dinner")."""
    return (
        known
        or " " not in name  # "Microsoft", "Sida": a one-word name is rarely a person's in a role phrase
        or bool(ACRONYM.match(name))
        or bool(_RX9.match(name))  # "IOM Uganda", "UNHCR Kenya"
        or is_place(name)
        or bool(ORG_WORDS.search(name))
        or proper_name_org(name)  # "Freedom Collaborative", "TechForGood UK": marked as no person's name
    )


GENERIC = {
    "participants", "delegates", "experts", "officials", "ministers", "members", "governments", "countries",
    "states", "member states", "partners", "donors", "organizers", "organisers", "they", "we", "he", "she", "it",  # noqa: E501
    "which", "who", "speakers", "representatives", "authorities", "agencies", "organizations", "organisations",  # noqa: E501
}  # fmt: skip
TITLES = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Prof|Professor|President|Minister|Director|Secretary|Ambassador|Deputy|Chief|Head|"
    r"Special|Commissioner|Chairman|Chair|Chairperson|Executive|Vice|Prime|Sheikh|Sheikha|King|Queen|Prince|"
    r"Princess|Mayor|Governor|Senator|Judge|Bishop|Rector|Dean|Lord|Lady|Sir|Dame|H\.E\.)\b"
)
CONNECT = {"of", "for", "on", "the", "and", "in", "to", "de", "du", "des", "against", "&", "under"}
# Connectors inside names in other languages ("Deutsche Gesellschaft für Internationale Zusammenarbeit").
FOREIGN_CONNECT = {
    "für",
    "fur",
    "zur",
    "und",
    "der",
    "la",
    "las",
    "los",
    "del",
    "pour",
    "para",
    "por",
    "per",
    "et",
    "y",
    "e",
    "di",
    "da",
    "do",
    "dos",
    "das",
}  # noqa: E501
LEGAL_FORMS = {"GmbH", "Ltd", "Ltd.", "Inc", "Inc.", "AG", "SA", "S.A.", "PLC", "LLC", "e.V."}
# Lowercase nouns that end an organisation's name as releases write it ("the Chile government").
ORG_NOUNS = {
    "government",
    "governments",
    "ministry",
    "authorities",
    "embassy",
    "mission",
    "chairmanship",
    "presidency",
}
NOT_NAMES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "tomorrow", "last", "next", "this", "year", "week", "month", "earlier", "later",
}  # fmt: skip
ACRONYM = re.compile(r"^[A-Z][A-Z&.-]{1,9}$")
# A possessive owner before a Title Case unit name.
OWNER = re.compile(
    r"^(?P<owner>[A-Z][\w.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w.-]*)*)(?:’s|'s)\s+"
    r"(?=[A-Z][\w’'-]+\s+(?:(?:of|for|on|and)\s+)?[A-Z])"
)
OWNED = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w.-]*)*)(?:’s|'s)\s+")
# An organisation's own offices are the organisation (GUIDELINES: offices are aliases).
OFFICE = re.compile(
    r"(?:(?:(?:Regional|Country|Sub-?[Rr]egional|Liaison|Field|National|Area|Project|Special|Coordination|Head|"
    r"Main)\s+)*(?:Office|Mission|Delegation|Representation)|(?:[a-z]+\s+)?(?:office|mission|representation|"
    r"team|delegation))"
    r"(?=\s*$|\s*[,(]|\s+(?:in|to|at|based)\s|\s+for\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:Africa|Asia|Europe|"
    r"America|Americas|Pacific|Caribbean|East|Region|Gulf|Balkans|Sahel)\b)"
)
# An owner's unit written in lowercase but named by its acronym: "X's humanitarian aid department (ECHO)".
OWNED_UNIT = re.compile(
    r"^(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:’s|'s)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:department|office|agency|unit|service|directorate|division|fund|programme|bureau))\s*\([A-Z]{2,10}\)"
)


# "and its Central Office for Labour Migration": a body of the item before, named by its own name.
ITS = re.compile(r"^(?:its|their)\s+(?=Qqknown|[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)*(?:of|for|on)\s+[A-Z])")
SEPARATORS = re.compile(
    r",?\s*\b(?:together|along|jointly|in\s+(?:collaboration|cooperation|co-operation|partnership|association|"
    r"conjunction|coordination))\s+with\s+"
    r"|,?\s+as\s+well\s+as\s+|,\s*(?:and\s+)?|;\s*"
    # "convened by X with the Y Secretariat": a co-organiser, not "with the support of ...".
    r"|\s+with\s+(?=(?:the\s+)?[A-Z])"
    r"(?!(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,5}(?:financial\s+|technical\s+|generous\s+)?"
    r"(?:support|funding|assistance|backing)\b)"
)


def _distribute(text: str) -> str:
    """ "the Chile and Peru governments" -> "Chile government, Peru government"."""

    def plural_after(m: re.Match) -> str:
        names = _RX7.split(m.group(1))
        word = m.group(2)[:-1]
        return ", ".join(f"{n.strip()} {word}" for n in names if n.strip())

    def plural_before(m: re.Match) -> str:
        names = _RX7.split(m.group(2))
        word = m.group(1)[:-1].capitalize()
        return ", ".join(f"{word} of {n.strip()}" for n in names if n.strip())

    if "overnments" not in text:  # both patterns need "governments" or "Governments"
        return text
    text = _RX0.sub(plural_after, text)
    return _RX1.sub(plural_before, text)


# A known name that holds a separator ("Global Fund to Fight AIDS, Tuberculosis and Malaria", "Network of
# Adolescents Living with HIV"), but not one that looks like two names run together ("X's Office and the Y
# Authority").
# "UN refugee agency": a known form with a lowercase word is kept whole too.
SPLITTABLE = re.compile(
    r"^(?!.*(?:’s|'s|\sand\s+the\s)).*(?:,|\sand\s|\swith\s|\s(?!(?:of|for|on|in|to|the|and|de|du|des)\b)[a-z]{2,}\b)"
)


def split_list(text: str, known: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Organisation names in a coordinated list, stopping where the list ends (first non-name).
    `known` organisation forms are kept whole even when they hold a comma or "and"
    ("Global Fund to Fight AIDS, Tuberculosis and Malaria")."""
    given = text
    text = _distribute(_RX8.sub(" ", text))
    text = GRANT_LEAD.sub("", text)
    text = _OFFICE_AFTER.sub("", text) if "Office" in text else text
    protected: dict[str, str] = {}
    for form in sorted(known, key=len, reverse=True):
        if SPLITTABLE.search(form) and form in text and len(protected) < 26:
            key = f"Qqknown{chr(97 + len(protected))}"  # one Title Case word that no separator splits
            protected[key] = form
            text = text.replace(form, key)
    parts = SEPARATORS.split(text)
    out: list[str] = []
    for part in parts:
        items = _split_and(part.strip())
        stop = False
        for k, item in enumerate(items):
            name = clean_org(item)
            if name is None:
                stop = True
                break
            if "Qqknown" in item:
                for key, form in protected.items():
                    name, item = name.replace(key, form), item.replace(key, form)
            if out and described_by_demonym(item, name):
                stop = True  # "X AB, the Swedish fashion retailer that ...": a description of X, not a name
                break
            if out and k == 0 and len(items) == 1 and NEW_CLAUSE.match(_rest(item, name or "")):
                stop = True  # "with funding from the EU, the Ministry organized ...": a new clause's subject
                break
            out.append(name)
            if _runs_on(item, name):
                stop = True  # "the Government of X and sponsored by ...": the list ended inside this item
                break
        if stop:
            break
    return drop_owner_governments(out, given) if len(out) > 1 else out


def _rest(item: str, name: str) -> str:
    rest = item[item.find(name) + len(name) :] if name in item else ""
    office = _RX2.match(rest)
    if office and OFFICE.match(rest, office.end()):
        return ""  # "IOM's office in Cairo": all of it names IOM
    return _RX10.sub("", rest).strip(" ,.;:")


# A finite verb right after a name: the name is the subject of a clause, not an item of the list.
NEW_CLAUSE = re.compile(
    r"(?:(?:also|today|jointly|then|later|recently)\s+)?(?:[a-z]+ed|will|has|have|had|is|was|are|were|held|holds|"
    r"hosts|organi[sz]es|convenes|opened|opens|launched|launches|said|says|can|could|would|may)\b"
)


_OWNER_REST = re.compile(
    r"of\s+the\s+[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w’'-]*)*(?:\s*\([A-Z]+\))?$"
)


def _runs_on(item: str, name: str) -> bool:
    """Text follows the name in its item that is not part of a name (a verb, a clause)."""
    rest = _rest(item, name)
    # "the Department of X (DX) of the Y Commission (YC)": the owner after the acronym is part of the item.
    return (
        bool(rest) and bool(_RX11.search(rest)) and not rest.startswith("in ") and not _OWNER_REST.match(rest)
    )


def _split_and(part: str) -> list[str]:
    pieces = part.split(" and ")
    items = [pieces[0]]
    for p in pieces[1:]:
        left = items[-1].strip()
        if (
            p.startswith(("the ", "The "))
            or (p.startswith(("its ", "their ")) and ITS.match(p) is not None)
            or ACRONYM.match(p.split(" ")[0].strip("()"))
            or ACRONYM.match(left)
            or _RX12.match(left)  # "HAART Kenya and Freedom Collaborative"
            or ORG_HEADS.search(left)
            # "Plan International and Save the Children Sweden": a well-known name ends where "and" starts
            or (" " in left and gaz_lookup(_RX16.sub("", left)) is not None)
            # "Nairobi Pharma and TechBridge Africa": two names each marked as no person's; a possessive owner
            # is no such mark ("Senegal's Ministry of Health and Social Action" is one ministry)
            or (
                " " in left
                and " " in p.strip()
                and proper_name_org(OWNED.sub("", left))
                and proper_name_org(p.strip())
            )
            or (is_place(_RX16.sub("", left)) and is_place(_leading_caps(p)))
        ):
            items.append(p)
        else:
            items[-1] = f"{items[-1]} and {p}"
    return items


def _leading_caps(text: str) -> str:
    m = _RX3.match(text.strip())
    return m.group().strip() if m else ""


def clean_org(item: str) -> str | None:
    """The cleanest surface form of one list item, or None when it is not an organisation name."""
    s = item.strip().strip(",.;:")
    if MONEY.match(s):
        return None  # "with EUR 7 million": an amount, not a name
    s = TIME_WORDS.sub("", s)
    s = LEAD.sub("", s)
    its = ITS.match(s)
    if its and not OFFICE.match(s, its.end()):
        s = s[its.end() :]  # "the Ministry and its Bureau of Employment (BE)": the unit by its own name
    unit = OWNED_UNIT.match(s)
    if unit:
        return unit.group("name")  # "the European Union's humanitarian aid department (ECHO)"
    office = OWNED.match(s)
    if office and not is_place(office.group("owner")) and OFFICE.match(s, office.end()):
        return office.group("owner")  # "IOM's Regional Office for East Africa" is IOM (an office of it)
    owner = OWNER.match(s)
    # "the United States President's Emergency Plan for AIDS Relief (PEPFAR)": a known name holds its owner.
    if (
        owner
        and not is_place(owner.group("owner"))
        and not gaz_lookup(_RX13.sub("", s))
        and not _PEOPLE.search(owner.group("owner"))
    ):
        s = s[owner.end() :]  # "IOM's Global ... Centre", "the US Department of State's Bureau of ..."
    # Names end at the first lowercase word that is not a connector ("IOM and aimed at ...").
    words = s.split(" ")
    kept: list[str] = []
    for w in words:
        if not w:
            continue
        if w[:1].isdigit() and kept and kept[-1] in CONNECT:
            break  # "... (ODIHR) in Warsaw on 11 and 12 October": a date, not the name
        if (
            kept
            and kept[-1].startswith("(")
            and kept[-1].rstrip(",.;").endswith(")")  # "X (ACR) Secretariat": a unit of X
        ):
            break  # "X (ACR) in Warsaw", "X (ACR) GmbH": the defined acronym ends the name
        if (
            w[:1].isupper()
            or w[:1].isdigit()
            or w[:1] in "("
            or w in CONNECT
            or (kept and w in FOREIGN_CONNECT and (kept[-1][:1].isupper() or kept[-1] in FOREIGN_CONNECT))
            or (kept and w.strip(",.;") in ORG_NOUNS)
        ):
            kept.append(w)
        else:
            break
    while kept and (kept[-1] in CONNECT or kept[-1] in FOREIGN_CONNECT):
        kept.pop()
    s = " ".join(kept)
    s = _RX4.sub("", s)  # "UNEP in Nairobi"
    s = _RX13.sub("", s).strip()
    s = _RX14.sub("", s).strip()
    if s and all(w.lower() in NOT_NAMES for w in s.split()):
        return None
    if (
        not s
        or not s[:1].isupper()
        or (s.lower() in GENERIC and not s.isupper())
        or TITLES.match(s)
        or len(s.split()) > 14
    ):
        return None
    if words and words[0][:1].islower() and not item.strip().startswith(("the ", "and ", "with ")):
        return None
    return s


def subject_names(subject: str) -> list[str]:
    """The organisations at the end of a clause's subject: the longest run of list items that are all names."""  # noqa: E501
    text = _distribute(_RX8.sub(" ", subject)).strip().rstrip(",")
    text = GENERIC_TAIL.sub("", text)
    parts = SEPARATORS.split(text)
    out: list[str] = []
    for part in reversed(parts):
        if not part.strip() or GENERIC_PART.match(part.strip()):
            continue
        names = [clean_org(i) for i in _split_and(part.strip())]
        if not names or any(n is None for n in names) or not _whole(part):
            break
        out = [n for n in names if n] + out
    return out


def _whole(part: str) -> bool:
    """The list item is nothing but names (no lead-in such as "on the occasion of", no headline words)."""
    core = LEAD.sub("", TIME_WORDS.sub("", part.strip()))
    core = _RX5.sub("", core)
    core = _RX4.sub("", core).rstrip(",. ")
    if '"' in core or "“" in core or "”" in core:
        return False
    names = [clean_org(i) for i in _split_and(core)]
    return bool(names) and all(names) and core.endswith(names[-1])
