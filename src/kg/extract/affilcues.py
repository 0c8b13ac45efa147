"""Cues for a speaker's organisation that later releases showed: a stand-in's own title, a gloss after a
name, coined one-word names, dash-joined acronyms, generic departments in a title chain, and the last
mention of an organisation's forms before a pronoun or bare title ("Its Director", "the Minister").

Split from `affiliation` to keep that module readable; every pattern is compiled once here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orgnames import country_code
from kg.extract.persons import HONORIFIC, Mention
from kg.extract.places import is_place
from kg.extract.titlesplit import has_title, resolves
from kg.model import Affiliation, Document, Extraction, Span

# "Speaking on behalf of the President of the X Commission, the Commissioner for Y, Dr. Z": the stand-in
# has a title of their own between the principal and the name.
BEHALF_THEN_TITLE = re.compile(
    r"on behalf of (?:the\s+)?([A-Z][^,;.]{1,80}?),\s*(?:the\s+)?[^,;.\"“”]{1,80}?,\s*"
    r"(?:(?:[A-Z][\w\-]*\.?|H\.\s?E\.)\s*){0,4}$"
)

# A name's gloss in its own language after it, closing the appositive.
NAME_GLOSS = re.compile(
    r"(?<=[a-z])\s+\((?:[A-Z][\w'’-]*|de|di|da|do|du|des|del|la|le|der|van|von)"
    r"(?:\s+(?:[A-Z][\w'’-]*|de|di|da|do|du|des|del|la|le|der|van|von)){1,6}\)$"
)

# "LIRNEasia", "ZonMw", "DataNest": a coined one-word name, capitals inside.
INNER_CAP = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,}[a-z][A-Za-z]*")

# An acronym standing alone after "of" ("Name of NOS").
ACRONYM_ONLY = re.compile(r"[A-Z]{3,8}")

# "Japanese Trade Union Confederation - RENGO": an acronym joined by a dash.
DASH_ACRONYM = re.compile(r"\s+[-–]\s+[A-Z][A-Za-z]{1,9}$")

# "H.E. Governor X": an honorific that opens the title phrase before a name is no part of the role.
LEAD_HONORIFIC = re.compile(
    r"^(?:(?:H\.\s?E\.?|(?:His|Her)\s+Excellency|Hon\.|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)+(?=[A-Z])"
)
# "national health and safety officer": lowercase words joined by "and" open a compound title.
COMPOUND_TITLE = re.compile(r"^(?:[a-z]+(?<!ed) ){1,2}and [a-z]+")
# One generic word before the unit head ("International Department"); "Land Rights Unit" has a name.
DEPT_UNIT = re.compile(
    r"^(?:[A-Z][\w-]*\s+)?(?:Department|Division|Directorate|Unit|Section|Branch|Bureau|Office)$"
)


def form_mentions(ex: Extraction, text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(end, name) of the last mention of each non-government organisation's forms in text[start:end]."""
    out = []
    for o in ex.organisations:
        if o.name.startswith("Government of"):
            continue
        for f in o.forms:
            if len(f) < 3:
                continue
            k = text.rfind(f, max(0, start), end)
            if k >= 0 and not text[k + len(f) : k + len(f) + 1].isalnum() and not text[k - 1 : k].isalnum():
                out.append((k + len(f), o.name))
    return out


# ", deputy commander in Lake Division": a lowercase title after "of <organisation>", maybe with its place.
LOWER_TITLE_AFTER = re.compile(
    r"^\s*,\s*((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?:\s+(?:in|for)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)\s*$"
)

# Occupations a release introduces people with in lower case: "a youth organiser from X", "an ABC volunteer".
CALLINGS = (
    r"organi[sz]er|pharmacist|worker|journalist|volunteer|architect|researcher|nurse|midwife|teacher|farmer|"
    r"doctor|lawyer|engineer|student|activist|trader|vendor|entrepreneur|fisherman|herder|economist|"
    r"reporter|correspondent|photographer|analyst|consultant|lecturer|scientist|physician|advocate|"
    r"campaigner|mentor|educator|counsell?or|technician|officer|adviser|advisor|specialist|coordinator|"
    r"manager|instructor|paralegal|surveyor|agronomist|epidemiologist|statistician|demographer|steward|"
    r"clerk|driver|mechanic|tailor|weaver|shopkeeper|labou?rer|miner|midwife|caregiver|carer|surgeon|"
    r"psychiatrist|psychologist|paediatrician|pediatrician|dentist|biologist|sociologist|historian|operator|"
    r"trainer|electrician|plumber|carpenter|welder|apprentice|geographer|geologist|anthropologist|ecologist|"
    r"hydrologist|climatologist|botanist|chemist|physicist|demographer|criminologist|nutritionist|examiner"
)
# "Jane Doe, a community health worker from Lakeport,": the calling is the role; an organisation comes as a
# capitalised word before it ("an ABC volunteer") or after "with/at/of/for" ("a data journalist with X").
CALLING_APP = re.compile(
    # "a 19-year-old apprentice electrician": an age before the calling is no part of it.
    rf"^\s*,\s*(?:a|an)\s+(?:\d{{1,3}}-year-old\s+)?(?:([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,3}})\s+)?"
    rf"((?:[a-z][a-z\-]+\s+){{0,2}}(?:{CALLINGS})"
    # "a lecturer in development studies at the University of X": the subject belongs to the calling.
    r"(?:\s+(?:in|of|on)\s+[a-z][a-z\-]+(?:\s+(?:and\s+)?[a-z][a-z\-]+){0,3}(?=\s+(?:at|with|for)\s))?)s?"
    # "a sewing operator and mother of two": a second, personal description after "and" is no part of it.
    # Lowercase only: "a herder and chairperson of the X Group" names where the second one is held.
    r"(?:\s+and\s+(?:an?\s+)?[a-z][^,;.()\"“”A-Z]{0,60}?(?=\s*[,;.])"
    # "a welder and ACME member": the body named before "member" is the organisation.
    r"|\s+and\s+(?:an?\s+)?([A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3})\s+member)?"
    # "a journalist with Radio X of Y (RXY)": the acronym that glosses the name closes it.
    # "an examiner seconded from the X Department": the body that lent the person is the employer.
    r"(?:\s+(?:seconded\s+)?(from|in|at|with|of|for)\s+(?:the\s+)?([^,;.()\"“”]{1,80}?))?"
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?"
    # "a farmer from Lakeport and a member of the X Coalition": the body the person is a member of.
    r"(?:\s+and\s+(?:a\s+)?member\s+of\s+(?:the\s+)?([A-Z][^,;.()\"“”]{1,80}?)"
    # "a researcher with the X Forum and co-author of the report": a second, lowercase description.
    r"|\s+and\s+(?:an?\s+)?(?!member\b)[a-z][^,;.()\"“”A-Z]{0,60}?(?=\s*[,;.]))?"
    r"\s*(?:[,;.]|$|(?=who\s))"
)


# "a geographer at the Université X": an institution's head word in another language opens its name.
FOREIGN_INSTITUTION = re.compile(
    r"(?:Université|Universidad|Universidade|Universität|Università|Universiteit|Instituto|Institut|"
    r"Fundación|Fundação|Fondation|Stiftung|Stichting|Escuela|École|Colegio|Hôpital|Hospital)\s+[A-ZÀ-ÖØ-Þ]"
)


def calling(after: str) -> tuple[str, str | None, str | None, str | None] | None:
    """(role, owner before the calling, preposition, phrase after it) of a lowercase calling appositive."""
    if ", a" not in after[:4]:
        return None
    m = CALLING_APP.match(after.replace("\n", " "))
    if m is None:
        return None
    if (m.group(3) or m.group(6)) and not m.group(1):
        return m.group(2), m.group(3) or m.group(6), "member", m.group(5)
    return m.group(2), m.group(1), m.group(4), m.group(5)


# Callings whose "with X" names the outlet the person works for.
MEDIA_CALLINGS = frozenset("journalist reporter correspondent editor columnist presenter broadcaster".split())


def calling_affiliation(ex: Extraction, after: str, m: Mention) -> tuple[str, str | None] | None:
    """ "Jane Doe, a data journalist with Radio X," -> ("data journalist", "Radio X"); a place after "from"
    leaves no organisation ("a farmer from Lakeport")."""
    c = calling(after)
    if c is None:
        return None
    role, owner, prep, place = c
    # "a welder and UNITE member": a body in capitals a person is a member of is an organisation.
    member = prep == "member" and owner is not None and owner.isupper() and len(owner) >= 3
    if owner and not resolves(ex, owner) and not member:
        return None  # "a Kenyan lawyer": a nationality, left to the general reading
    if (
        owner is None
        and place
        and prep != "from"
        and (resolves(ex, place) or proper_name_org(place) or FOREIGN_INSTITUTION.match(place))
    ):
        owner = place  # "a researcher at the University of X", "a data journalist with Radio X"
    elif (
        owner is None
        and place
        and prep == "with"
        and role.split()[-1] in MEDIA_CALLINGS
        and not is_place(place)
    ):
        owner = place  # "a journalist with Lakeinfo": a reporter's outlet, however it is named
    elif owner is None and place and prep == "from" and resolves(ex, place) and not country_code(place):
        # "an electrician from the Philippines": a country after "from" is an origin, not an employer.
        owner = place
    return role, ensure_organisation(ex, owner, Span(m.start, m.end)).name if owner else None


COLLEAGUE = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+colleagues?,?\s+(?:{HONORIFIC}\s+)*$")


def colleagues(doc: Document, ex: Extraction, ms: list[Mention]) -> None:
    """ "Her colleague Dr. Jane Doe presented a dashboard": a colleague of the speaker named before serves
    the same organisation, when the text ties her to none."""
    text = doc.text
    if "colleague" not in text:
        return
    with_org = {a.person: a for a in ex.affiliations if a.organisation}
    speakers = {s.person for s in ex.speeches}
    for i, m in enumerate(ms):
        p = ex.person(m.name)
        if p is None or p.name not in speakers or p.name in with_org:
            continue
        if not COLLEAGUE.search(text, max(0, m.start - 40), m.start):
            continue
        prev = [x for x in ms[:i] if ex.person(x.name) and ex.person(x.name).name in with_org]
        if not prev:
            continue
        src = with_org[ex.person(prev[-1].name).name]
        cur = next((a for a in ex.affiliations if a.person == p.name), None)
        if cur is None:
            ex.affiliations.append(Affiliation(p.name, None, src.organisation, Span(m.start, m.end)))
        else:
            cur.organisation = src.organisation


def last_resort(before: str, bracketed: str | None) -> tuple[str | None, str | None]:
    """(role, organisation) when nothing else gave either: a name in brackets after the person ("Mr. Raj
    Patel (Water Aid India)") is the organisation; a calling right before the name ("Vendor Mama Jane
    Doe said") is the role."""
    from kg.extract.personwords import LEADING_CALLINGS
    from kg.extract.titlesplit import has_title

    if bracketed and not has_title(bracketed) and proper_name_org(bracketed):
        return None, bracketed.strip()
    lead = before.split()[-1:]
    from_place = CALLING_BEFORE.search(before)
    if from_place:  # "A surgeon from Lakeport, Dr Jane Doe, said": the calling introduces the name
        return from_place.group(1), None
    return (lead[0] if lead and lead[0] in LEADING_CALLINGS else None), None


# "A surgeon from Lakeport, Dr Jane Doe": a calling and a place before the name; a "former" one is no role.
CALLING_BEFORE = re.compile(
    rf"(?:^|[.;:]\s+)(?:A|An|a|an)\s+(?!former\s)((?:[a-z][a-z\-]+\s+){{0,2}}(?:{CALLINGS}))\s+(?:from|in)\s+"
    r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,\s*$"
)


# A military rank standing as the honorific after a title ("the head of the Border Guard, Brigadier Jane
# Doe"): the title is the phrase before it, not the rank.
RANK = (
    r"(?:Brigadier|Major|Lieutenant)(?:[\s-]General)?|(?:Lieutenant[\s-])?Colonel|General|"
    r"(?:Rear\s|Vice\s)?Admiral|Commodore"
)


@lru_cache(maxsize=4)
def _kept(sep: re.Pattern[str]) -> re.Pattern[str]:
    """`sep` with its separators kept by `split` (compiled once)."""
    return re.compile(f"({sep.pattern})")


def appositive_parts(app: str, sep: re.Pattern[str]) -> list[str]:
    """The appositive split at commas and at "and" before a lowercase word, except where the part before
    "and" holds no title and the part after does: "national health and safety officer" is one title."""
    pieces = _kept(sep).split(app)
    parts: list[str] = []
    for k in range(0, len(pieces), 2):
        part = pieces[k].strip()
        joined = k >= 2 and "and" in pieces[k - 1] and parts and not has_title(parts[-1]) and has_title(part)
        if joined:
            parts[-1] = f"{parts[-1]} and {part}"
        elif part:
            parts.append(part)
    return parts
