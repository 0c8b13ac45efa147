"""One item of a list of organisations, read as a name: `split_list` and `subject_names` cut a list at
its separators, and the helpers here decide what each piece names.

They are apart from the list splitting because callers also read single names with them: a role
phrase's organisation (`clean_org`, `plausible_org`) needs no list, and the vocabulary of lead-ins,
owners, offices and connectors is the same wherever a name is read.
"""

from __future__ import annotations

import re

from kg.extract.orgappositions import MONEY
from kg.extract.orgheadless import proper_name_org
from kg.extract.orgnames import gaz_lookup
from kg.extract.places import is_place

# Patterns of the functions below, compiled once.
_RX4 = re.compile(r"\s+in\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?$")
# "hosted by the Ministry in the Lakeport Congress Palace": a venue after the name, not part of it.
_VENUE_TAIL = re.compile(
    r"\s+(?:in|at)\s+the\s+(?:[A-Z][\w’'-]+\s+){1,3}"
    r"(?:Palace|Palais|Hotel|Centre|Center|Hall|Building|Auditorium|Theatre|Theater)$"
)
_RX9 = re.compile(r"[A-Z]{2,}\b")
_RX13 = re.compile(r"\s*\([^)]*\)\s*$")
_RX14 = re.compile(r"\s*\($")
# Days and months: after a connector they start a time phrase, never a name's last words.
_WHEN_WORDS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "June", "July", "August", "September", "October", "November", "December",
}  # fmt: skip
# "Ministry of Family and Women's Affairs": a possessive of people is part of a portfolio, not an owner.
_PEOPLE = re.compile(
    r"\b(?:Women|Children|Youth|People|Persons|Workers|Veterans|Farmers|Girls|Men|Elders|"
    # "the Prosecutor General's Office of X", "the Ombudsman's Office": an office holder's office is named by
    # the title, which owns nothing of its own.
    r"General|Minister|President|Ombudsman|Ombudsperson|Mayor|Governor|Defender|Prosecutor)$"
)

LEAD = re.compile(
    # "3. That WMO organize ...": a resolution's "That" before its subject.
    r"^(?:the\s+|The\s+|That\s+(?=[A-Z])|and\s+|with\s+|together\s+with\s+|"
    # "the Lebanese NGO X Trust", "the Danish company Acme": a descriptor before the name.
    r"(?:[A-Z][a-z]+\s+)?(?:NGO|non-governmental\s+organi[sz]ation|charity|company|firm|foundation|group)\s+(?=[A-Z]))+"
)
# "the provincial delegation of the Ministry of X": a body's local office, named in lowercase, is the body.
LOCAL_UNIT = re.compile(
    r"^(?:(?:provincial|regional|local|district|municipal|county|state|national|country|field)\s+)"
    r"(?:delegation|office|branch|directorate|representation)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
TIME_WORDS = re.compile(
    r"^(?:(?:(?:Earlier|Later)\s+this|Last|Next|This)\s+(?:week|month|year|spring|summer|autumn|fall|winter|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s+|"
    r"(?:Yesterday|Today|Tomorrow|Last|Next|This|On|In|During|Earlier|Later|Recently)\b[^,]*?,?\s+)+"
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
    # "Special Rapporteur" is a title, "the Special Administrative Unit X" or "the Special Court" a body
    r"Special(?=\s+(?:Rapporteur|Envoy|Representative|Advis[eo]r|Assistant|Coordinator|Agent|Counsel|"
    r"Secretary|Commissioner|Prosecutor|Ambassador|Guest|Procedures?\s+[a-z]))|"
    # "the Vice Ministry of X" is a body, no title
    r"Commissioner|Chairman|Chair|Chairperson|Executive|Vice(?![ -]Ministry)|Prime|Sheikh|Sheikha|"
    r"King|Queen|Prince|Princess|Mayor|Governor|Senator|Judge|Bishop|Rector|Dean|Lord|Lady|Sir|Dame|H\.E\.)\b"
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
    # "the European Commission's Humanitarian Aid department (ECHO)": the unit's words may be capitalised
    r"^(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:’s|'s)\s+(?:(?:[a-z-]+|[A-Z][a-z-]+|and)\s+){0,6}"
    r"(?:department|office|agency|unit|service|directorate|division|fund|programme|bureau))\s*\((?P<acr>[A-Z]{2,10})\)"
)


# "and its Central Office for Labour Migration": a body of the item before, named by its own name.
ITS = re.compile(r"^(?:its|their)\s+(?=Qqknown|[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)*(?:of|for|on)\s+[A-Z])")


# "under the (rotating) chairmanship/auspices of": a name ends before the phrase that says who presides.
_CHAIR_NOUNS = frozenset(
    ("chairmanship", "chairpersonship", "chairship", "presidency", "auspices", "patronage", "aegis")
)


def _lone_acronym(word: str) -> bool:
    """ "ICRC", "UNHCR": a short all-capital word, a body's acronym."""
    return 2 <= len(word) <= 8 and word.isalpha() and word.isupper()


def clean_org(item: str) -> str | None:
    """The cleanest surface form of one list item, or None when it is not an organisation name."""
    s = item.strip().strip(",.;:")
    if MONEY.match(s):
        return None  # "with EUR 7 million": an amount, not a name
    s = TIME_WORDS.sub("", s)
    s = LEAD.sub("", s)
    if s[:1].islower() and " of " in s:
        s = LOCAL_UNIT.sub("", s)  # "the provincial delegation of the Ministry of X": the Ministry
    its = ITS.match(s)
    if its and not OFFICE.match(s, its.end()):
        s = s[its.end() :]  # "the Ministry and its Bureau of Employment (BE)": the unit by its own name
    unit = OWNED_UNIT.match(s)
    if unit:
        # "the European Union's humanitarian aid department (ECHO)"; a well-known body's acronym names it
        # whatever the release calls the unit (one node for it in every release)
        return unit.group("acr") if gaz_lookup(unit.group("acr")) else unit.group("name")
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
    for i, w in enumerate(words):
        if not w:
            continue
        if w == "under" and kept and not _CHAIR_NOUNS.isdisjoint(words[i + 2 : i + 4]):
            break  # "X under the Lakeland chairmanship of ...": who presides, not a part of X's name
        if w[:1].isdigit() and kept and kept[-1] in CONNECT:
            break  # "... (ODIHR) in Warsaw on 11 and 12 October": a date, not the name
        if w == "for" and len(kept) == 1 and _lone_acronym(kept[0]):
            break  # "hosted by the ICRC for Red Crescent branch leaders": an acronym names the whole body
        if kept and kept[-1] in CONNECT and w.strip(",.;") in _WHEN_WORDS:
            break  # "met with the Red Cross on Wednesday": a day, not the name
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
    s = _VENUE_TAIL.sub("", s)
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
