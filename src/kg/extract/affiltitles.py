"""Titles in a speaker's apposition and whose they are, read by `affiliation` after the title split.

Two titles held at once ("Minister of Water and Chair of the Basin Council", "Vice Minister of Trade,
pro tempore Chair of the Regional Conference"): the speaker's role is the first title and the organisation
that title's (the minister's ministry), not the chaired body; annotators keep the office the person holds,
the chair being an honour of the moment. Also: a mayor's or governor's country (no employer), a national
body named with its country, a possessive unit cut at its commas, two lowercase callings whose second
names the employer, and the owner named by "Speaking for <body>". (Not to be confused with
`doubletitles`, which finishes roles of the form "Head of Mission Ambassador X".)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.orgheadless import proper_name_org
from kg.extract.titlephrase import has_title
from kg.extract.titlesplit import resolves
from kg.model import Extraction

# The second title: a chair or presidency, maybe "pro tempore"/"acting"/"rotating", after "and" or a comma.
SECOND_CHAIR = re.compile(
    r"^(?P<first>.+?)(?:,\s+|\s+and\s+)(?:(?:pro[- ]tempore|acting|current|outgoing|incoming|rotating|"
    r"interim)\s+)?(?:Vice[- ]|Co-)?(?:Chair(?:man|woman|person)?|President)(?:\s+(?:of|for)\s.*)?$"
)
# The first title must name an office with a portfolio of its own ("Minister of X", "Director-General of
# Y"): a bare rank ("Ambassador and Chair") keeps the chaired body.
FIRST_OFFICE = re.compile(
    r"^(?:(?:Deputy|Vice|Assistant|Junior|Federal|State)[- ])*(?:Minister|Secretary|Director(?:[- ]General)?|"
    r"Commissioner|Governor|Mayor)\s+(?:of|for)\s+\S"
)


def first_of_two_titles(role: str | None) -> str | None:
    """The first title of a role that joins an office and a chair it holds, else None."""
    if not role or ("Chair" not in role and "President" not in role):
        return None
    m = SECOND_CHAIR.match(role)
    if not m or not FIRST_OFFICE.match(m.group("first")):
        return None
    return m.group("first").strip(" ,")


# "Mayor of Lakeport", "Governor of the Northern Region": a head of a city or region. The country named after
# it ("Mayor of Lakeport, Elaria") places the city; the mayor serves no national government.
LOCAL_HEAD = re.compile(
    r"^(?:(?:Deputy|Vice|Lord|Lady)[- ])?(?:Mayor|Governor)\s+of\s+(?:the\s+)?(?![^,]*\bBank\b)[A-Z]"
)

POSS_CUT = re.compile(r"^(?P<owner>.+?)(?:'s|’s)\s+[A-Z][\w-]*$")


def cut_possessive(ex: Extraction, org: str, after: str) -> str:
    """The owner of a possessive unit name the appositive's commas cut after its first word ("Director of the
    Bank's Water, Land and Food Global Practice" -> "Bank's Water"): the owner is the speaker's body, a
    one-word remnant is no unit. `org` as it was when the owner is unknown or the name was not cut."""
    m = POSS_CUT.match(org)
    if m and f"{org}," in after and resolves(ex, m.group("owner")):
        return m.group("owner")
    return org


# "Department of Fisheries", "National Directorate of Water": a body named head first. A country after a title
# held there ("Director of the Department of Fisheries, Ghana") says whose department it is; the department,
# not the country's government, is the speaker's body.
NATIONAL_BODY = re.compile(
    r"^(?:(?:National|Federal|General|State)\s+)?(?:Department|Directorate|Bureau|Agency|Authority|Office|"
    r"Commission|Service|Institute)\s+(?:of|for)\s+[A-Z]"
)

# "..., the Secretary-General of the Ministry, Mr.\nJohn Roe": a line that ends in the name's own honorific is
# prose wrapped at a fixed width, not a one-person-a-line list, so the title is not cut at the line break.
WRAPPED_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Hon)\.?\s*\n\s*$")


# "Jane Doe, lead author of the study and senior economist at the Lakeland Research Forum (LRF), said": two
# lowercase callings, the second naming the employer. The role is the calling the employer goes with.
PAIRED_CALLING = re.compile(
    r"^\s*,\s*(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,6}?\s+and\s+(?:an?\s+|the\s+)?"
    r"(?P<role>(?:[a-z][\w-]+\s+){0,3}[a-z][\w-]+)\s+(?:at|with)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&'’-]*(?:\s+(?:(?:of|for|and|on|&)\s+)?[A-Z][\w&'’-]*)*)"
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z]{1,9})\))?\s*[,.;]"
)


def paired_calling(ex: Extraction, after: str) -> tuple[str, str] | None:
    """(role, organisation) from an appositive of two lowercase callings whose second names the employer,
    which the release knows, which reads as an organisation's name, or which its bracketed acronym spells."""
    if " and " not in after[:160]:
        return None
    m = PAIRED_CALLING.match(after.replace("\n", " "))
    if m is None or not has_title(m.group("role")):
        return None
    org, acr = m.group("org"), m.group("acr")
    spelt = acr is not None and "".join(w[0] for w in org.split() if w[0].isupper()) == acr.upper()
    if resolves(ex, org) or proper_name_org(org) or spelt:
        return m.group("role"), org
    return None


POSS_TITLE = re.compile(r"^(?P<owner>[A-Z][^']*?)(?:'s|’s)\s+(?P<title>[A-Z].*)$")


def behalf_owner(body: str, known: Callable[[str], bool]) -> str | None:
    """The organisation a "Speaking for/on behalf of <body>" lead names: the body itself when known, else the
    known owner of a title held there ("IOM Somalia's Chief of Mission" -> "IOM Somalia", or "IOM")."""
    if known(body):
        return body
    m = POSS_TITLE.match(body)
    if m is None or not has_title(m.group("title")):
        return None
    owner = m.group("owner")
    if known(owner):
        return owner
    first = owner.split()[0]
    return first if first.isupper() and len(first) >= 2 and known(first) else None
