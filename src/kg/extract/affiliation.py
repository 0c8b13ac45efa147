"""A speaker's role and organisation, from the title phrase before the name or the appositive after it.

"IOM's Deputy Director General, Ndioro Ndiaye", "UN Deputy Secretary General Asha-Rose Migiro",
"Name, Minister of the Interior, Austria", "Name, Secretary General of the CoE", "Name of the World Bank".
The organisation is registered through `ensure_organisation`; the role is the title without it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.affilcues import (
    ACRONYM_ONLY,
    BEHALF_THEN_TITLE,
    DASH_ACRONYM,
    DEPT_UNIT,
    INNER_CAP,
    NAME_GLOSS,
    form_mentions,
)
from kg.extract.govtitles import BARE_MINISTER, government_side
from kg.extract.organisations import _find, clean, ensure_organisation, known
from kg.extract.orglists import DEPT_WORDS, proper_name_org
from kg.extract.orgnames import country_code, gaz_lookup
from kg.extract.orgunits import acronym_owner
from kg.extract.persons import TITLE_WORDS, Mention
from kg.extract.personwords import STOP, TOPIC_WORDS
from kg.model import Extraction, Span

# Patterns of the functions below, compiled once.
_RX0 = re.compile(r"^(?:the|The)\s+")
_RX1 = re.compile(r"\s+(?:of|at|with|to|for)\s+(?:the\s+)?")
_RX2 = re.compile(r"^\s*\(([^()]{1,80})\)")
_RX3 = re.compile(r"\s+and$")
_RX4 = re.compile(r"(?:'s|’s|'|’)$")
_RX5 = re.compile(r"^(.+?)(?:'s|’s)\s+[a-z]")
_RX6 = re.compile(r"(?:'s|’s)$")
_RX7 = re.compile(r",[^,;]*$")
_RX8 = re.compile(r"^(?:'s|’s)?\s*,\s*(?=\S)(?!(?:and|or|who|which|but|as|in|on|at|during)\b)(.+?)\s*,?\s*$")
_RX9 = re.compile(r"^\s+(of|from|for)\s+(.+?)\s*,?\s*$")
_RX10 = re.compile(r"^(?:the)\s+")
_RX11 = re.compile(r"\s*\([A-Z][A-Za-z]{1,10}\)")
_RX12 = re.compile(r"\(([A-Z][A-Za-z]{1,10})\)")
_RX13 = re.compile(r"\s+[a-z][\w\s-]*$")
_RX14 = re.compile(r"(?:\s*(?:Mr|Mrs|Ms|Dr|Prof|Professor|H\.E|HE|Hon|Sir|Dame|Ato|Sheikha?)\.?)+\s*$")
_RX15 = re.compile(r"(?<=\S),\s*(?:Ambassador|Excellency|H\.\s?E\.?)\s*$")
_RX16 = re.compile(r"(?:\band|\bas well as|&)\s*$")
_RX17 = re.compile(r"^(?:and|or)\s+")
_RX18 = re.compile(r"(?:Unit|Section|Division|Team|Desk|Branch)\b")
_RX19 = re.compile(r"^(?:a|an|the|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+")
_RX20 = re.compile(r"^(?:Yesterday|Today|Tomorrow|Earlier|Later|Meanwhile|Separately|Also|Then)\s+")
_RX21 = re.compile(r"\s+(?:in|based)\s+|,")
_RX22 = re.compile(r"(?:[,;]|\band)\s*$")
_RX23 = re.compile(r"\s+(?:and|who|which|as well as|in|at)\s+|,")
_RX25 = re.compile(r"[A-Z][\w&-]{2,}")
_RX26 = re.compile(r"\s+(?:to|in|at|during|since)\s+|,")
_RX27 = re.compile(r"\s+(?:of|at|with)(?:\s+the)?\s*$")
_RX28 = re.compile(r"\s*(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Sheikha?)\.?$")
_RX29 = re.compile(r"^(?:a|an|the)\s+")
_RX30 = re.compile(r"^the\s+")
_RX31 = re.compile(r"\s+(?:in|based|since|during)\s+|,")
_RX32 = re.compile(r"^(?:from|of|at|for)\s+(?:the\s+)?")
_RX33 = re.compile(r"\s+(?:at|of|within)\s+(?:the\s+)?")
_RX34 = re.compile(r",\s*|\s+and\s+(?=[a-z])(?!the\s+[A-Z])")
_RX35 = re.compile(r"^(.+?)(?:'s|’s)\s")

SPLIT_BEFORE = re.compile(
    r"[,;:(]|\b(?:said|says|told|added|stated|include[sd]?|included|by|with|as well as|including|that|"
    r"remarks|address|during)\b",
    re.I,
)
SPLIT_NO_COMMA = re.compile(
    r"[;:(]|\b(?:said|says|told|added|stated|include[sd]?|included|by|with|as well as|including|that|"
    r"remarks|address|during)\b",
    re.I,
)
CUT_AFTER = re.compile(
    r"\s+(?:who|which|said|says|told|stated|noted|stressed|urged|highlighted|called|added|explained|emphasi[sz]ed|"
    r"warned|announced|addressed|opened|presented|delivered|expressed|underscored|underlined|welcomed|"
    r"reiterated|recalled|launched|gave|spoke|made|will|would|has|had|is|was|in (?:his|her) |"
    r"described|reported|argued|pointed|observed|insisted|acknowledged|praised|affirmed|reaffirmed|"
    r"concluded|asserted|remarked|commented|declared|recommended|proposed|suggested|appealed|pledged|"
    r"reminded|cautioned|confirmed|outlined|assured|briefed|informed|shared|thanked|told|moderated|"
    r"chaired|co-chaired|facilitated|also|then|later)\b.*$"
    r"|[.;].*$",
    re.S,
)
UNIT_WORDS = frozenset(
    {"office", "department", "unit", "section", "division", "team", "mission", "delegation"}
)
WHO_HEADS = re.compile(
    r"^\s*,\s*who\s+(?:also\s+|currently\s+)?(heads|leads|directs|chairs|runs|manages|coordinates|"
    r"represents|represented|works\s+(?:for|at|with)|worked\s+(?:for|at|with)|serves\s+(?:on|with|at))\s+"
    r"(?:the\s+)?([^,.;]+)"
)
POSS_BEFORE = re.compile(r"(?:^|[^\w’'])((?:[A-Z][\w&.\-]*\s+){0,5}[A-Z][\w&.\-]*)(?:'s|’s)\s*$")
ITS_TITLE = re.compile(
    r"(?<![\w’'])(?:[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,5}[\w-]+,?\s*(?:[A-Z][\w.]*\s+){0,2}$"
)
REPRESENTED_BY = re.compile(
    r"(?:^|[.;]\s+|\b(?:and|while|whereas)\s+)(?:[Tt]he\s+)?([A-Z][^,;.]{1,80}?)\s+(?:was|were|is|are|will\s+be)\s+"
    r"represented\s+by\s+[^.;]{0,80}$"
)
BEHALF_AFTER = re.compile(
    r"^\s*,\s*(?:speaking\s+)?(?:on\s+behalf\s+of|representing|for)\s+(?:the\s+)?([A-Z][^,;.]{1,80}?)\s*,"
)
WHO_IS = re.compile(
    r"^\s*,\s*who\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|currently\s+|now\s+)?"
    r"(?:(?:recently|newly|just)\s+)?(?:(?:appointed|named|elected)\s+(?:as\s+)?)?|"
    r"(?:serves|served|works|worked|acts)\s+as\s+)(?:the\s+|an?\s+)?(?=[A-Za-z])"
)
KINDS = (
    r"organi[sz]ation|agency|foundation|trust|NGO|charity|group|network|company|firm|ministry|fund|programme|"
    r"union|association|institute|centre|center|university|council|commission|federation|alliance|coalition"
)
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
# "ministry's head of reproductive health": a lowercase title the kind noun owns is read whole.
# Lowercase only: "The Trust's Chief Executive", "the African Union's Commissioner" name their owner.
KIND_POSS = re.compile(rf"^(?:[A-Z][\w-]+\s+){{0,2}}(?:{KINDS})(?:'s|’s)\s+([\w-]+)")
HEAD_NOUN = {"heads": "head", "leads": "head", "runs": "head", "directs": "director", "chairs": "chair"}
ON_BEHALF = re.compile(
    r"(?:[Oo]n behalf of|[Rr]epresenting|[Ss]peaking for|[Ss]peaking on behalf of)\s+(?:the\s+)?"
    r"([A-Z][^,;]{1,80}),\s*(?:[A-Z][\w.\-]*\s+){0,5}$"
)
LOWER_COMPLEMENT = re.compile(
    r"(?<![\w-])((?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*)\s+(?:on|for)\s+(?:[a-z][\w\-]*\s*){1,6}$"
)
BEHALF_OF_TITLED = re.compile(
    r"on behalf of (?:the\s+)?([A-Z][^,;.]{1,80}?(?:\s+[A-Z][\w\-]+){2}),\s*(?:[A-Z][\w\-]*\s+){1,5}$"
)
A_ORG_NOUN = re.compile(
    r"^(?:an?|the)\s+(\S+(?:\s+[A-Z]\S*){0,3})\s+([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})$"
)
STAFF_OF = re.compile(
    r"^(?:(?:[Cc]o-)?[Ff]ounder|CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|(?:[A-Z]?[a-z]+ )?[Dd]irector|"
    r"(?:[Vv]ice[- ])?[Pp]resident|[Cc]hair(?:man|woman|person)?|[Hh]ead|[Cc]oordinator|(?:[A-Z]?[a-z]+ )?"
    r"[Mm]anager|(?:[A-Z]?[a-z]+ )?[Ll]ead|[Ss]pokes(?:person|man|woman)|(?:[A-Z]?[a-z]+ )?[Oo]fficer|"
    r"[Rr]esearcher|(?:[A-Z]?[a-z]+ )?[Ff]ellow|[Aa]dvis[oe]r|(?:[A-Z]?[a-z]+ )?[Ee]conomist|[Aa]nalyst|"
    r"[Tt]rustee|[Tt]reasurer|(?:[A-Z]?[a-z]+ )?[Ss]pecialist|[Cc]onsultant|[Ss]ecretary[- ][Gg]eneral|"
    r"[Gg]eneral [Ss]ecretary|[Pp]artner|[Ee]xecutive [Dd]irector|[Mm]anaging [Dd]irector|"
    # Media staff: "health editor of the Daily Nation", "correspondent for Radio Okapi".
    r"(?:[A-Z]?[a-z]+ )?(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Cc]olumnist|[Pp]roducer|"
    r"[Pp]resenter|[Aa]nchor))"
    r"\s+(?:of|at|with)\s+(?:the\s+)?(?P<org>[A-Z].*)$"
)
AT_ORG = re.compile(r"\s+at\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$")
UNIT_AT = re.compile(
    r"^.+?\s+(?:of|for)\s+(?:the\s+|its\s+)?(?P<unit>(?:[A-Z][\w-]*\s+(?:(?:and|of|for|on)\s+)?){0,5}"
    r"(?:Unit|Department|Division|Section|Branch|Bureau|Office|Team|Programme|Directorate|Service|Desk)"
    r"(?:\s+(?:of|for|on)\s+(?:[A-Z][\w-]*\s*(?:and\s+)?){1,4})?)(?P<at>\s+(?:at|of|in|within)\s+)(?:the\s+)?"
    r"(?P<parent>[A-Z].+)$"
)
UNIT_CONNECT = frozenset({"of", "for", "on", "and"})
PLACE_TAIL = re.compile(r"\s+in [A-Z][a-z]+(?: [A-Z][a-z]+)?$")


def _resolves(ex: Extraction, surface: str) -> bool:
    s = clean(surface)
    if not s:
        return False
    return bool(_find(ex, s) or known(s))


def _acronym_and_word(prefix: str) -> bool:
    """ "UN Goodwill" (before "Ambassador") is no office like "IOM Egypt": only countries pass."""
    parts = prefix.split()
    return len(parts) == 2 and parts[0].isupper() and not country_code(parts[1]) and not gaz_lookup(prefix)


def _starts_like_title(app: str) -> bool:
    first = app.split()[0] if app.split() else ""
    return (
        first[:1].isupper()
        or _has_title(" ".join(app.split()[:3]))
        or first in ("the", "a", "an", "from", "of", "for", "at")
    )


NOT_TITLES = frozenset({"speaker", "speakers", "his", "her", "first", "second", "third"})


@lru_cache(maxsize=8192)  # depends on the phrase alone (TITLE_WORDS is frozen)
def _has_title(phrase: str) -> bool:
    """A title word, capitalised or not ("Director", "spokesperson"); lowercase "speaker" or "her" are
    plain nouns ("keynote speaker Jane Doe"), not titles."""
    words = phrase.replace(",", " ").split()
    words += [p for w in words if "-" in w for p in w.split("-")]
    return any(w in TITLE_WORDS or (w not in NOT_TITLES and w.capitalize() in TITLE_WORDS) for w in words)


def _split_org_role(ex: Extraction, phrase: str) -> tuple[str | None, str | None]:
    """(role, org) from "IOM's Deputy Director General", "Secretary General of the CoE" and the like."""
    phrase = _RX11.sub("", phrase).strip(" ,")
    phrase = _RX0.sub("", phrase)
    if not phrase:
        return None, None
    words = phrase.split()
    if _resolves(ex, phrase) and not _has_title(words[0]):
        if len(words) > 1 and _has_title(" ".join(words[1:])) and not _resolves(ex, words[0]):
            return None, phrase
        # "UN High Commissioner for Refugees": the whole is an organisation, the title follows its prefix.
        for k in range(1, len(words)):
            if _resolves(ex, " ".join(words[:k])) and _has_title(" ".join(words[k:])):
                return " ".join(words[k:]), phrase
        return (phrase if _has_title(phrase) else None), phrase
    # Prefix organisation: "IOM's ...", "OSCE Special Representative", "Council of Europe Commissioner".
    for k in range(min(len(words) - 1, 9), 0, -1):
        prefix = " ".join(words[:k])
        rest = " ".join(words[k:])
        if (
            _has_title(rest)
            and (_resolves(ex, prefix) or _named_org(prefix))
            and not _acronym_and_word(prefix)
        ):
            return rest, prefix
    # An unknown name before a title: "Acme Logistics' Chief Executive Officer", "Refugee Women Connect
    # Director", "Haki Africa executive director".
    for k in range(min(len(words) - 1, 7), 0, -1):
        prefix = _RX4.sub("", " ".join(words[:k]))
        rest = " ".join(words[k:])
        if (
            _has_title(words[k])
            and (k >= 2 or prefix != words[0])
            and proper_name_org(prefix)
            # "District Health Officer", "Women Affairs Minister": a portfolio, not a name, ends in its topic.
            and prefix.split()[-1] not in DEPT_WORDS | TOPIC_WORDS | STOP
            and not _acronym_and_word(prefix)
        ):
            return rest, prefix
    # "Head of the Migration Unit at the Eurasian Development Bank": a unit named by its topic only belongs
    # to the organisation after it, which is the speaker's.
    unit = UNIT_AT.match(phrase)
    if unit:
        generic = set(unit.group("unit").split()) <= DEPT_WORDS | TOPIC_WORDS | UNIT_CONNECT
        parent = _RX21.split(unit.group("parent"))[0]
        # "Secretary of the Health Services Division of Bangladesh": a country's unit is named as such.
        if not country_code(_RX30.sub("", parent)) and (
            (_resolves(ex, parent) and not known(unit.group("unit")))
            or ((generic or parent.isupper()) and proper_name_org(parent))
        ):
            return phrase[: unit.start("at")], parent
    # Suffix organisation: "... of the CoE", "... at the ILO".
    for m in _RX1.finditer(phrase):
        tail = phrase[m.end() :]
        # "Ambassador of Egypt to Jordan": the sending side is the organisation.
        owner = _RX5.match(tail)  # "head of WHO's migration health unit"
        for cand in (tail, _RX26.split(tail)[0], owner and owner.group(1)):
            if cand and _resolves(ex, cand):
                return phrase[: m.start()], cand
        # "... of the Council of Europe Convention on ...": the organisation that owns the thing.
        words = tail.split()
        for k in range(len(words) - 1, 0, -1):
            if gaz_lookup(" ".join(words[:k])):
                return phrase[: m.start()], " ".join(words[:k])
    # "CEO of Bright Futures Ghana", "programme lead at TechForGood UK": a staff title, then a name that
    # is no department or portfolio.
    at = AT_ORG.search(phrase)
    if at and _has_title(phrase[: at.start()]):
        # "Senior Vice President at Mastercard", "Global Head of Sustainability at Unilever": after a title,
        # "at" names where the speaker works.
        cand = _RX21.split(at.group("org"))[0].strip()
        if _resolves(ex, cand) or proper_name_org(cand) or _one_word_org(cand):
            return phrase[: at.start()].strip(), cand
    staff = STAFF_OF.match(phrase)
    if staff:
        cand = _RX31.split(staff.group("org"))[0].strip()
        # "editor of the Daily Nation": after "the", two capitalised words are no person's name.
        the = phrase[: staff.start("org")].endswith("the ")
        if proper_name_org(cand) or (the and proper_name_org(cand, marked_only=False)):
            return _RX27.sub("", phrase[: staff.start("org")]), cand
    return (phrase if _has_title(phrase) else None), None


def _title_tail(chunk: str) -> str:
    """The title phrase that ends `chunk`: capitalised words, title words and connectors, read backwards
    ("... came under the microscope when Deputy Director General" -> "Deputy Director General")."""
    words = chunk.split()
    k = len(words)
    while k > 0:
        w = words[k - 1]
        bare = _RX6.sub("", w)
        if w[:1].isupper() or _has_title(bare) or w in ("of", "for", "on", "the", "and", "in", "to", "&"):
            k -= 1
        else:
            break
    tail = words[k:]
    if k > 0 and words[k - 1].lower() in UNIT_WORDS:
        # "The head of IOM's office in Niger": a lowercase unit inside the title, when a title precedes it.
        j = k - 1
        while j > 0 and (words[j - 1][:1].isupper() or words[j - 1] in ("of", "the", "for")):
            j -= 1
        if j > 0 and _has_title(words[j - 1]) and words[j - 1][:1].islower():
            tail = words[j - 1 :]
    while tail and tail[0] in ("of", "for", "on", "the", "and", "in", "to", "&"):
        tail = tail[1:]
    return " ".join(tail)


def affiliation(
    ex: Extraction, text: str, m: Mention, before: str, after: str, runs_into_name: bool = False
) -> tuple[str | None, str | None]:
    """(role, organisation) for mention m; `runs_into_name` means `after` stops at the next person's name,
    so an unclosed appositive there ("..., Greek Deputy Minister X") is that person's title."""
    if runs_into_name and after.endswith("("):
        # "..., Heat Officer of the City of Genoa (Comune di Genova)": the "name" in brackets glosses ours.
        after, runs_into_name = after[:-1].rstrip(), False
    if runs_into_name and not _RX22.search(after):
        after = _RX7.sub("", after)
    role, org = None, None
    # "Jane Doe, who is the Executive Director of X," / "who was recently appointed Director of X": the
    # relative clause is an appositive.
    who_is = WHO_IS.match(after)
    if who_is:
        after = ", " + after[who_is.end() :]
    # Appositive after the name.
    paren = _RX2.match(after)
    if paren:  # "Jane Doe (UNHCR) said" / "Jane Doe (Director, UNHCR)"
        after = ", " + paren.group(1) + "," + after[paren.end() :]
    app = _RX3.sub("", CUT_AFTER.sub("", after.replace("\n", " ")).rstrip(" ,"))
    app = NAME_GLOSS.sub("", app)  # "Heat Officer of the City of Genoa (Comune di Genova)"
    app_m = _RX8.match(app) or _RX9.match(app)
    if app_m and app_m.lastindex == 2:
        tail = _RX10.sub("", app_m.group(2))
        tail = _RX11.sub("", tail)
        short = _RX23.split(tail)[0]
        acr = _RX12.search(app_m.group(2))  # "the High Commissioner (UNHCR)"
        # "of Al-Ghad newspaper": the name before a lowercase kind.
        named = _RX13.sub("", short)
        cands = (tail, short, acr.group(1) if acr else "", named)
        org = next((c for c in cands if c and _resolves(ex, c)), None)
        if org is None and ACRONYM_ONLY.fullmatch(short) and not country_code(short):
            # "Rajiv Menon of AIT", "Daan Verbruggen of NOS": an acronym after "of" is an organisation, the
            # release's one whose words it abbreviates if there is one.
            org = acronym_owner(ex, short) or short
    elif app_m and not _starts_like_title(app_m.group(1)):
        pass  # ", launched the report ...": a clause, not an appositive
    elif app_m:
        parts = [p.strip() for p in _RX34.split(app_m.group(1)) if p.strip()]
        role_parts: list[str] = []
        tentative = False
        for part in parts:
            plain = A_ORG_NOUN.match(part)
            if plain and org is None and not role_parts and _resolves(ex, plain.group(1)):
                org, tentative = plain.group(1), False  # "Jane Doe, an ILO statistician,"
                role_parts.append(plain.group(2))
                continue
            bare = _RX32.sub("", part)
            bare = DASH_ACRONYM.sub("", _RX11.sub("", bare))  # "Japanese Trade Union Confederation - RENGO"
            dept = org is not None and DEPT_UNIT.search(org) is not None
            if (org is None or tentative or dept) and not _has_title(bare) and _resolves(ex, bare):
                if dept:
                    role_parts.append(org)  # "Director, International Department, <organisation>"
                org, tentative = bare, False
                continue
            if org is not None:
                if tentative:
                    continue
                break
            if role_parts and part is parts[-1] and INNER_CAP.fullmatch(bare) and _one_word_org(bare):
                org = bare  # "Senior Research Fellow, LIRNEasia": a one-word coined name ends the chain
                continue
            r, o = _split_org_role(ex, bare)
            if o:
                org, tentative = o, True
                if r:
                    role_parts.append(r)
                continue
            role_parts.append(part)
        role = ", ".join(role_parts) or None
        if role and not _has_title(role) and org is None:
            role = None
    # Title phrase before the name.
    if role is None:
        before = _RX11.sub("", before.replace("\n", " "))
        before = _RX14.sub("", before)
        # "The Permanent Representative of X to the UN, Ambassador Jane Doe": the full title is the phrase
        # before the honorific.
        amb = _RX15.search(before)
        if amb and _has_title(" ".join(SPLIT_NO_COMMA.split(before[: amb.start()])[-1].split()[:3])):
            before = before[: amb.start()] + ", "
        # "A, Secretary of X, and Dr. B": after a list conjunction the title before is A's, not B's.
        listed = _RX16.search(before)
        chunk = "" if listed else SPLIT_BEFORE.split(before.rstrip(" ,"))[-1].strip()
        if not _has_title(chunk) and not listed:
            # The title may hold commas ("Minister of Foreign Affairs, Education and Sports of X"): cut at
            # clause words only, then keep the capitalised tail.
            chunk = SPLIT_NO_COMMA.split(before.rstrip(" ,"))[-1].strip()
        chunk = _RX17.sub("", chunk)
        chunk = _RX0.sub("", chunk)
        chunk = _RX28.sub("", chunk).strip()
        lower_tail = LOWER_COMPLEMENT.search(chunk)
        kind_poss = KIND_POSS.match(chunk)
        if kind_poss and _has_title(kind_poss.group(1)) and len(chunk.split()) <= 14:
            role, chunk, lower_tail = chunk[kind_poss.start(1) :], "", None  # owner resolved below, by kind
        else:
            chunk = _title_tail(chunk)
        if not _has_title(chunk) and lower_tail and _has_title(lower_tail.group(1)):
            chunk = lower_tail.group(0)  # "the UN Special Rapporteur on trafficking in persons, Jane Doe"
        if chunk and _has_title(chunk) and len(chunk.split()) <= 14:
            role, pre_org = _split_org_role(ex, chunk)
            org = org or pre_org
            if role:
                role = PLACE_TAIL.sub("", role)
    if role is None and org is None:
        who = WHO_HEADS.match(after.replace("\n", " "))
        verb = who.group(1) if who else ""
        # "who represented the Government of Ghana", "who works for Oxfam": an organisation, no title.
        noun = None if verb.startswith(("represent", "work", "serve")) else HEAD_NOUN.get(verb, "coordinator")
        if who and _resolves(ex, who.group(2)):  # "Jane Doe, who heads UNHCR's office in Kabul, said"
            role, org = noun, who.group(2)
        elif who:
            # "who leads the migration programme at the Danish Red Cross", "who directs the Migration Policy
            # Institute's international program": the owner after "at", or before "'s".
            owner = _RX33.split(who.group(2), maxsplit=1)[1:]
            owner = owner or [p.group(1) for p in [_RX35.match(who.group(2))] if p]
            if owner and (_resolves(ex, owner[0]) or proper_name_org(owner[0])):
                role, org = noun, owner[0]
    if org is None or _RX18.match(org):
        # "The European Commission was represented by Jane Doe, Head of Unit ...": the body represented.
        sent_before = text[max(0, m.start - 300) : m.start].replace("\n", " ")
        rep = REPRESENTED_BY.search(sent_before)
        if rep and _resolves(ex, rep.group(1)):
            if org and role:
                role = f"{role} of {org}"  # "Head of Unit for Legal Migration"
            org = rep.group(1)
    if org is None:
        behalf = BEHALF_AFTER.match(after.replace("\n", " "))
        if behalf and _resolves(ex, behalf.group(1)):  # "Jane Doe, speaking on behalf of the AU, said"
            org = behalf.group(1)
    if role is None and org is None:
        poss = POSS_BEFORE.search(before.replace("\n", " "))
        if poss and _resolves(ex, poss.group(1)):  # "Amnesty International's Jane Doe said"
            org = poss.group(1)
    if org is None and role and len(role.split()) >= 2:
        # "The High Commissioner on National Minorities, Jane Doe" and the release's "Office of the OSCE High
        # Commissioner on National Minorities": the office the title heads.
        office = re.compile(rf"^Office of the (?:[A-Z]{{2,8}} |United Nations )?{re.escape(role)}$", re.I)
        org = next((o.name for o in ex.organisations if any(office.match(f) for f in o.forms)), None)
    if org is None:
        behalf = ON_BEHALF.search(before.replace("\n", " "))
        if behalf and _resolves(ex, behalf.group(1)):  # "Speaking on behalf of the EC, Commissioner X"
            org = behalf.group(1)
    if org is None and role:
        # "on behalf of ODIHR Director Jane Doe, First Deputy Director John Roe said": the deputy who stands
        # in for an official serves the same organisation.
        window = text[max(0, m.start - 200) : m.start]
        far = BEHALF_OF_TITLED.search(window)
        if far:
            org = _split_org_role(ex, far.group(1))[1]
        elif "behalf" in window:
            far = BEHALF_THEN_TITLE.search(window)
            if far:
                org = _split_org_role(ex, far.group(1))[1]
    if org is None and role:
        owner = POSS_OWNER.match(role)
        if owner and _unknown_owner(text, owner.group(1)):
            # "Pourakhi's chairperson": a name owning a title, that is no person's surname nor a place.
            org, role = owner.group(1), owner.group(2)
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
        elif not near and kind not in GENERIC_KINDS:
            # "the ministry's head of ...": a specific kind reaches back to the one ministry named earlier.
            near = [
                (sp.end, o.name)
                for o in ex.organisations
                for sp in o.spans
                if sp.end <= m.start and not o.name.startswith("Government of") and kind in o.name.lower()
            ]
        if near:
            org = max(near)[1]
    if org is None and role and BARE_MINISTER.match(_RX29.sub("", role.strip(" ,;"))):
        # "organized by ... Senegal's Ministry of Agriculture. Speaking at the workshop, the Minister, X":
        # a bare "the Minister" heads the ministry named just before.
        near = [(e, n) for e, n in form_mentions(ex, text, m.start - 400, m.start) if "Ministry" in n]
        if near:
            org = max(near)[1]
    if org is None and role:
        side = government_side(ex, role)
        if side is not None:
            return _RX29.sub("", role.strip(" ,;")), side.name
    if org:
        org = ensure_organisation(ex, org, Span(m.start, m.end)).name
    if role:
        role = _RX19.sub("", role.strip(" ,;"))
        # "Yesterday director general X said": a time word that starts the sentence is no part of the title.
        role = _RX20.sub("", role)
    return role or None, org


BOARD = re.compile(r"\bBoard(?: of (?:Trustees|Directors|Governors|Management))?$|\bTrustee\b")
POSS_OWNER = re.compile(r"^([A-Z][\w\-]+)(?:'s|’s)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)$")


def _unknown_owner(text: str, word: str) -> bool:
    """Whether `word` (before "'s" + title) can be an organisation: a capitalised word that is no pronoun,
    country or title, and that the text never writes after a first name or honorific (a surname)."""
    from kg.extract.places import CITIES

    if word in STOP or word in TITLE_WORDS or word in CITIES or country_code(word) or word.isupper():
        return False
    surname = re.compile(rf"([A-Z][a-z]+|(?:Mr|Mrs|Ms|Dr|Prof)\.|[A-Z]\.)[ \t]+{re.escape(word)}\b")
    return not any(m.group(1) not in STOP for m in surname.finditer(text))


GENERIC_BODY = frozenset(
    "Steering Executive Organizing Organising Advisory Scientific Technical Management Working Joint "
    "Coordinating Coordination National Regional Local Country Project Programme Program Drafting".split()
)


def _one_word_org(word: str) -> bool:
    """ "Mastercard", "Unilever": one capitalised word that is no place, title, topic or common word."""
    return (
        bool(_RX25.fullmatch(word))
        and word not in STOP
        and word not in TITLE_WORDS
        and word not in TOPIC_WORDS
        and not country_code(word)
        and not _is_place(word)
    )


def _is_place(word: str) -> bool:
    from kg.extract.places import is_place

    return is_place(word)


def _named_org(prefix: str) -> bool:
    """ "Amani Foundation" before "Executive Director": an unknown name ending in an organisation head."""
    from kg.extract.orgpatterns import HEADS, valid_org

    words = prefix.split()
    return (
        len(words) >= 2
        and any(w not in HEADS and w not in GENERIC_BODY for w in words if w[:1].isupper())
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words)
        and words[0] not in ("The", "A", "An")
        and valid_org(prefix)
        and not _has_title(prefix)
    )
