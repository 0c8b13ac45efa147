"""Where a speaker's organisation comes from when the title phrase and appositive around the name give
none: the surrounding text, which names it elsewhere ("X was represented by", "on behalf of X", "Its
Director" reaching back to the organisation named last).

These fallbacks read past the mention's own phrase, so they are kept apart from `affiliation`, which reads
the phrase itself; each runs only while the organisation is still unknown.
"""

from __future__ import annotations

import re

from kg.extract.affilcues import BEHALF_THEN_TITLE, form_mentions
from kg.extract.affilmain import main_body_before
from kg.extract.itssubject import subject_org
from kg.extract.officeheld import office_of_title
from kg.extract.orgnames import country_code
from kg.extract.persons import TITLE_WORDS, Mention
from kg.extract.personwords import STOP
from kg.extract.titleprefix import prefixed_body
from kg.extract.titlesplit import resolves, split_org_role
from kg.model import Extraction

# Patterns of the functions below, compiled once.
_RX18 = re.compile(r"(?:Unit|Section|Division|Team|Desk|Branch)\b")
POSS_BEFORE = re.compile(r"(?:^|[^\w’'])((?:[A-Z][\w&.\-]*\s+){0,5}[A-Z][\w&.\-]*)(?:'s|’s)\s*$")
ITS_TITLE = re.compile(
    r"(?<![\w’'])(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,5}[\w-]+,?\s*(?:[A-Z][\w.]*\s+){0,2}$"
)
REPRESENTED_BY = re.compile(
    # "Hungary, as co-chair, was represented by": a short aside may come between.
    r"(?:^|[.;]\s+|\b(?:and|while|whereas)\s+)(?:[Tt]he\s+)?([A-Z][^,;.]{1,80}?)(?:,\s+as\s+[^,;.]{1,40},)?\s+"
    r"(?:was|were|is|are|will\s+be)\s+"
    r"represented\s+by\s+[^.;]{0,80}$"
)
BEHALF_AFTER = re.compile(
    r"^\s*,\s*(?:speaking\s+)?(?:on\s+behalf\s+of|representing|for)\s+(?:the\s+)?([A-Z][^,;.]{1,80}?)\s*,"
)
# "Jane Doe, Joint Secretary, spoke on behalf of the Government of X and called for ...": the title in
# apposition, then the body the speaker stood for, ended by a comma, a full stop or "and".
BEHALF_AFTER_TITLE = re.compile(
    r"^\s*,\s*[A-Z][^,;.\"“”]{1,60},\s*(?:spoke|speaking)\s+on\s+behalf\s+of\s+(?:the\s+)?"
    r"([A-Z][^,;.]{1,80}?)(?=\s*[,.;]|\s+and\s)"
)
KINDS = (
    r"organi[sz]ation|agency|foundation|trust|NGO|charity|group|network|company|firm|ministry|fund|programme|"
    r"union|association|institute|centre|center|university|council|commission|federation|alliance|coalition|"
    r"office"
)
# "met members of a poultry cooperative": a body the text introduces without a name. Not right after a
# comma: "Tenaganita, a Malaysian NGO," glosses the named one.
UNNAMED_BODY = re.compile(
    r"(?<!,)\s(?:a|an)\s+(?:[a-z][\w'’-]*\s+){0,3}(?:cooperative|co-operative|association|group|committee|"
    r"network|union|club|collective|organi[sz]ation|NGO|shelter|company|firm|business|enterprise)\b"
)


def unnamed_body_between(text: str, start: int, end: int) -> bool:
    """Whether an unnamed body ("a poultry cooperative") comes after the last named organisation, so that
    "Its" before a title points to it rather than to the named one."""
    gap = text[start:end]
    return (" a " in gap or " an " in gap) and UNNAMED_BODY.search(gap) is not None


GENERIC_KINDS = frozenset(
    {"", "organisation", "organization", "agency", "ngo", "charity", "group", "company", "firm"}
)
# "The ministry's head of ..., Dr. X", "the Italian ministry's Director-General for ..., X": a kind noun,
# maybe after an adjective, owns the title; the organisation is the one of that kind named before.
KIND_TITLE = re.compile(
    rf"\b[Tt]he\s+(?:[A-Z][\w-]+\s+){{0,2}}({KINDS})(?:'s|’s)\s+(?:[\w-]+\s+){{0,5}}[\w-]+,?\s*"
    r"(?:[A-Z][\w.]*\s+){0,3}$"
)
KIND_OWNER = re.compile(rf"^(?:the\s+)?(?:[A-Z][\w-]+\s+){{0,2}}({KINDS})(?:'s|’s)\s+(.+)$", re.I)
ON_BEHALF = re.compile(
    r"(?:[Oo]n behalf of|[Rr]epresenting|[Ss]peaking for|[Ss]peaking on behalf of)\s+(?:the\s+)?"
    # "..., attorney Jane Doe", "Speaking for IOM, Chief of Mission Jane Doe"
    r"([A-Z][^,;]{1,80}),\s*(?:[a-z][\w\-]*\s+){0,2}(?:[A-Z][\w.\-]*\s+(?:(?:of|for|and|on|in)\s+)?){0,6}$"
)
BEHALF_OF_TITLED = re.compile(
    r"on behalf of (?:the\s+)?([A-Z][^,;.]{1,80}?(?:\s+[A-Z][\w\-]+){2}),\s*(?:[A-Z][\w\-]*\s+){1,5}$"
)
BOARD = re.compile(r"\bBoard(?: of (?:Trustees|Directors|Governors|Management))?$|\bTrustee\b")
POSS_OWNER = re.compile(r"^([A-Z][\w\-]+)(?:'s|’s)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)$")


def context_org(
    ex: Extraction, text: str, m: Mention, before: str, after: str, role: str | None, org: str | None
) -> tuple[str | None, str | None]:
    """(role, organisation) for mention m once its own phrase gave `role` and `org`: the organisation from
    the text around it if `org` is still None (or a unit), the role trimmed where the owner was in it."""
    if org is None or _RX18.match(org):
        # "The European Commission was represented by Jane Doe, Head of Unit ...": the body represented.
        sent_before = text[max(0, m.start - 300) : m.start].replace("\n", " ")
        # The pattern needs the literal "represented": most windows lack it and skip the scan.
        rep = REPRESENTED_BY.search(sent_before) if "represented" in sent_before else None
        if rep and resolves(ex, rep.group(1)):
            if org and role:
                role = f"{role} of {org}"  # "Head of Unit for Legal Migration"
            org = rep.group(1)
    if org is None:
        behalf = BEHALF_AFTER.match(after.replace("\n", " "))
        if behalf and resolves(ex, behalf.group(1)):  # "Jane Doe, speaking on behalf of the AU, said"
            org = behalf.group(1)
        elif role and "behalf" in after[:120]:
            behalf = BEHALF_AFTER_TITLE.match(after.replace("\n", " "))
            if behalf and resolves(ex, behalf.group(1)):
                org = behalf.group(1)
    if role is None and org is None:
        poss = POSS_BEFORE.search(before.replace("\n", " "))
        if poss and resolves(ex, poss.group(1)):  # "Amnesty International's Jane Doe said"
            org = poss.group(1)
    if org is None and role and len(role.split()) >= 2:
        # "The High Commissioner on National Minorities, Jane Doe" and the release's "Office of the OSCE High
        # Commissioner on National Minorities": the office the title heads.
        # "Deputy Prosecutor General X", "the Prosecutor General's Office of Y": the office a deputy serves.
        org = office_of_title(ex, role)
    if org is None:
        behalf = ON_BEHALF.search(before.replace("\n", " "))
        if behalf and resolves(ex, behalf.group(1)):  # "Speaking on behalf of the EC, Commissioner X"
            org = behalf.group(1)
    if org is None and role:
        # "on behalf of ODIHR Director Jane Doe, First Deputy Director John Roe said": the deputy who stands
        # in for an official serves the same organisation.
        window = text[max(0, m.start - 200) : m.start]
        far = BEHALF_OF_TITLED.search(window)
        if far:
            org = split_org_role(ex, far.group(1))[1]
        elif "behalf" in window:
            far = BEHALF_THEN_TITLE.search(window)
            if far:
                org = split_org_role(ex, far.group(1))[1]
    if org is None and role:
        owner = POSS_OWNER.match(role)
        if owner and _unknown_owner(text, owner.group(1)):
            # "Acme's chairperson": a name owning a title, that is no person's surname nor a place.
            org, role = owner.group(1), owner.group(2)
    if org is None and role and role[:1].isupper():
        # "the Commonwealth Deputy Secretary-General" and the release's "Commonwealth Secretariat"
        role, org = prefixed_body(ex, role) or (role, org)
    if org is None and role and BOARD.search(role):
        # "Chair of the Board of Trustees": a board belongs to the organisation the release is about.
        main = max(ex.organisations, key=lambda o: len(o.spans), default=None)
        if main is not None and len(main.spans) >= 2 and not main.name.startswith("Government of"):
            org = main.name
    kind_after = KIND_OWNER.match(role or "")
    if org is None and kind_after:  # "Ana Reis, the organisation's director"
        role = kind_after.group(2)
    kind_before = KIND_TITLE.search(text, max(0, m.start - 80), m.start)
    if (
        org is None
        and role
        and (kind_before or kind_after or ITS_TITLE.search(text, max(0, m.start - 60), m.start))
    ):
        # "Tenaganita, a Malaysian NGO, welcomed the charter. Its executive director, Jane Doe, said", "The
        # foundation's president, Jane Doe": the organisation named last before, of that kind if one is named.
        kind = (kind_before or kind_after).group(1).lower() if (kind_before or kind_after) else ""
        near = [
            (sp.end, o.name)
            for o in ex.organisations
            for sp in o.spans
            if m.start - 400 <= sp.end <= m.start
            and not o.name.startswith("Government of")
            and (kind in GENERIC_KINDS or kind in o.name.lower())
        ]
        if not near and not kind_before and not kind_after:
            # "The OIF presented a survey. Its Director ...": an acronym's later mentions carry no span.
            near = form_mentions(ex, text, m.start - 400, m.start)
        elif not near and kind in GENERIC_KINDS and (kind_before or kind_after):
            # "Jane Doe, the agency's Representative in X": the release's own agency, named further back.
            main = main_body_before(ex, text, m.start)
            near = [(0, main)] if main else []
        elif not near and kind not in GENERIC_KINDS:
            # "the ministry's head of ...": a specific kind reaches back to the one ministry named earlier.
            near = [
                (sp.end, o.name)
                for o in ex.organisations
                for sp in o.spans
                if sp.end <= m.start and not o.name.startswith("Government of") and kind in o.name.lower()
            ]
        if near and not (kind_before or kind_after) and unnamed_body_between(text, max(near)[0], m.start):
            near = []  # "X funded it. The team met a women's cooperative. Its chairperson, Jane Doe,"
        if near:
            org = max(near)[1]
        if near and not (kind_before or kind_after):
            org = subject_org(ex, text, m.start) or org  # "The X presented ... with Y. Its Director"
    return role, org


def _unknown_owner(text: str, word: str) -> bool:
    """Whether `word` (before "'s" + title) can be an organisation: a capitalised word that is no pronoun,
    country or title, and that the text never writes after a first name or honorific (a surname)."""
    from kg.extract.places import CITIES

    if word in STOP or word in TITLE_WORDS or word in CITIES or country_code(word) or word.isupper():
        return False
    surname = re.compile(rf"([A-Z][a-z]+|(?:Mr|Mrs|Ms|Dr|Prof)\.|[A-Z]\.)[ \t]+{re.escape(word)}\b")
    return not any(m.group(1) not in STOP for m in surname.finditer(text))
