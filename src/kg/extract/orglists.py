"""Lists of organisations as releases write them after "organised by", "with support from" or
before "hosted": "the Chilean and Peruvian governments, UNDP and the NGO Water Trust" -> four names.

A list ends at the first item that is not a name (a clause, a lowercase phrase), so callers can
hand over the rest of a sentence. Separators are commas, "and", "as well as", "together with",
"in co-operation with"; "X and Y" stays one name when it is one ("Ministry of Water and Sanitation").
What each item names is read in `orglistitem`.
"""

from __future__ import annotations

import re

from kg.extract.orgappositions import described_by_demonym, drop_owner_governments
from kg.extract.orgbranches import known_branch
from kg.extract.orgheadless import proper_name_org
from kg.extract.orglistitem import ACRONYM, ITS, LEAD, OFFICE, OWNED, TIME_WORDS, clean_org
from kg.extract.orgnames import gaz_lookup
from kg.extract.places import is_place
from kg.model import Extraction

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
_RX10 = re.compile(r"^\s*\([^)]*\)")
_RX11 = re.compile(r"(?:^|\s)[a-z]")
_RX12 = re.compile(r"[A-Z]{2,}\s+[A-Z][a-z]+$")
_RX16 = re.compile(r"^(?:[Tt]he\s+)")
# "the International Labour Organization (ILO) Regional Office for Asia and the Pacific with the Ministry":
# an office after its organisation's acronym is the organisation (GUIDELINES: offices are aliases), and
# its region's "and the Pacific" must not end the list before the co-organiser.
_OFFICE_AFTER = re.compile(
    r"(?<=\))\s+(?:Regional|Country|Sub-?[Rr]egional|Liaison|Field|Area)\s+Office\s+(?:for|in)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:\s+and\s+(?:the\s+)?(?:Pacific|Caribbean|Central\s+Asia|North\s+Africa))?"
)

# "the Ministry under the ILO's Programme on X", "Y under the auspices of Z": the list's last item ends
# before "under" (a body "under the State Council" is one name and stays).
_UNDER_VEHICLE = re.compile(
    r"\s+under\s+(?:the\s+)?(?:[A-Z][\w.\-]*['’]s\s|auspices\b|framework\b|umbrella\b|"
    # "the EU under the X Regional Health Programme": a capitalised vehicle name too
    r"(?:[A-Z][\w\-]*\s+){1,6}(?:project|programme|program|initiative|Project|Programme|Program|Initiative)\b)"
)

GRANT_LEAD = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?(?:grant|contribution|donation|funding|support|generosity)"
    r"\s+(?:of|from)\s+"
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
    r"^(?!.*(?:’s|'s|\sand\s+the\s)).*(?:,|\sand\s|\swith\s|\s(?!(?:of|for|on|in|to|the|and|de|du|des)\b)[a-z]{2,}\b"
    r"|\sin\s(?:Human|Persons|Children|Women)\b)"  # "Council for Combating Trafficking in Persons"
)


AND_BY = re.compile(r" and by (?=(?:the )?[A-Z])")


def split_list(text: str, known: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Organisation names in a coordinated list, stopping where the list ends (first non-name).
    `known` organisation forms are kept whole even when they hold a comma or "and"
    ("Global Fund to Fight AIDS, Tuberculosis and Malaria")."""
    given = text
    text = _distribute(_RX8.sub(" ", text))
    text = GRANT_LEAD.sub("", text)
    if " and by " in text:  # "a grant from A and by B", "funded by A and by B": one list of agents
        text = AND_BY.sub(" and ", text, count=1)
    text = _OFFICE_AFTER.sub("", text) if "Office" in text else text
    under = _UNDER_VEHICLE.search(text) if "under" in text else None
    text = text[: under.start()] if under else text  # "X and Y under the Z's Programme on ...": ends at Y
    protected: dict[str, str] = {}
    for form in sorted(known, key=len, reverse=True):
        if (SPLITTABLE.search(form) or f"{form} (" in text) and form in text and len(protected) < 26:
            # "A for B and the C of D (ACR)": a name its acronym closes is one name, 'and the' or not
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
    r"of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w’'-]*)*(?:\s*\([A-Z]+\))?$"
)


def _runs_on(item: str, name: str) -> bool:
    """Text follows the name in its item that is not part of a name (a verb, a clause)."""
    rest = _rest(item, name)
    # "the Department of X (DX) of the Y Commission (YC)": the owner after the acronym is part of the item.
    return (
        bool(rest) and bool(_RX11.search(rest)) and not rest.startswith("in ") and not _OWNER_REST.match(rest)
    )


# "Asia and the Pacific", "Latin America and the Caribbean": one region inside an office's name.
REGION_FIRST = ("Asia", "America", "Europe", "Africa")
REGION_SECOND = ("the Pacific", "the Caribbean", "Central Asia", "North Africa", "the Middle East")


def _split_and(part: str) -> list[str]:
    pieces = part.split(" and ")
    items = [pieces[0]]
    for p in pieces[1:]:
        left = items[-1].strip()
        if p.startswith(REGION_SECOND) and left.endswith(REGION_FIRST):
            items[-1] = f"{items[-1]} and {p}"  # "the UNFPA Asia and the Pacific Regional Office": one region
            continue
        if (
            p.startswith(("the ", "The "))
            or (p.startswith(("its ", "their ")) and ITS.match(p) is not None)
            or ACRONYM.match(p.split(" ")[0].strip("()"))
            or ACRONYM.match(left)
            or _RX12.match(left)  # "HAART Kenya and Freedom Collaborative"
            or ORG_HEADS.search(left)
            # "the Ministry of Labour, Employment and Social Affairs and Save the Children": a known name the
            # caller protected is whole, so the "and" after it starts the next item
            or (
                "Qqknown" in left
                and _RX16.sub("", left).startswith("Qqknown")
                and " " not in _RX16.sub("", left)
            )
            # "Plan International and Save the Children Sweden": a well-known name ends where "and" starts
            or (" " in left and gaz_lookup(_RX16.sub("", left)) is not None)
            # "Save the Children UK and World Vision": a well-known network's national branch ends there too
            or (" " in left and known_branch(_RX16.sub("", left)))
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


# "The Ministry, in cooperation with UNICEF and X, today opened ...": the partners act with the subject.
_WITH_PARTNERS = re.compile(
    r",\s+(?:in\s+(?:close\s+)?(?:cooperation|collaboration|partnership|coordination)|together)\s+with\s+"
    r"(?P<partners>[^,]+(?:,\s+[^,]+)?)$"
)


def subject_names(subject: str, known: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The organisations at the end of a clause's subject: the longest run of list items that are all names.
    `known` organisation forms are kept whole even when they hold a comma ("Ministry of Labour, Health and
    Social Affairs"); partners the subject acts "in cooperation with" act with it."""
    text = subject.strip().rstrip(",").rstrip()
    protected: dict[str, str] = {}
    for form in sorted(known, key=len, reverse=True):
        # "the Committee on X and Y (ACR) held its meeting": a name its acronym closes is one name too
        if (
            (("," in form and SPLITTABLE.search(form)) or f"{form} (" in text)
            and form in text
            and len(protected) < 26
        ):
            key = f"Qqknown{chr(97 + len(protected))}"  # one Title Case word that no separator splits
            protected[key] = form
            text = text.replace(form, key)
    names = _subject_names(text)
    w = _WITH_PARTNERS.search(text) if "with" in text else None
    if w:
        head = _subject_names(text[: w.start()])
        if head:
            names = head + [n for n in split_list(w.group("partners")) if n not in head]
    for key, form in protected.items():
        names = [n.replace(key, form) for n in names]
    return names


def _subject_names(subject: str) -> list[str]:
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


# "the UN refugee agency", "the Council for Combating Trafficking in Persons": a known form with a
# lowercase word (or a trafficked object after "in") that a list must not cut.
LIST_LOWER = re.compile(
    r"\s(?!(?:of|for|on|in|to|the|and|de|du|des)\b)[a-z]{2,}\b|\sin\s(?:Human|Persons|Children|Women)\b"
)


def list_forms(ex: Extraction) -> list[str]:
    """The release's organisation forms that a list of names must keep whole (commas, "and", "with", a
    lowercase word): pass them to split_list as `known`."""
    return [
        f
        for o in ex.organisations
        for f in o.forms
        if "," in f or " and " in f or " with " in f or LIST_LOWER.search(f)
    ]
