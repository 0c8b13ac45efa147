"""A title phrase split into role and organisation.

"IOM's Deputy Director General" -> ("Deputy Director General", "IOM"); "Secretary General of
the CoE" -> ("Secretary General", "CoE"); "Head of the Migration Unit at the Eurasian
Development Bank" -> the bank. Kept apart from `affiliation` (which finds the phrase around a
speaker's name) because the same split serves titles before a name, appositives after it and
possessive forms, and is where most of the judgement about what counts as an organisation lies.
"""

from __future__ import annotations

import re

from kg.extract.bodyof import head_first_body
from kg.extract.companyforms import suffixed_company
from kg.extract.ministerportfolio import minister_portfolio
from kg.extract.organisations import _find, clean, known
from kg.extract.orgheadless import DEPT_WORDS, proper_name_org
from kg.extract.orgnames import country_code, gaz_lookup
from kg.extract.persons import TITLE_WORDS
from kg.extract.personwords import STOP, TOPIC_WORDS
from kg.extract.placedbody import placed_body
from kg.extract.projectbody import project_body
from kg.extract.titleat import body_first, topic_title_at
from kg.extract.titlecountry import office_portfolio
from kg.extract.titlekind import kind_named_body
from kg.extract.titleoffice import office_tail
from kg.extract.titlephrase import has_title
from kg.extract.titlepossunit import owner_unit
from kg.model import Extraction

# Patterns of the functions below, compiled once.
LEADING_THE = re.compile(r"^(?:the|The)\s+")
_RX1 = re.compile(r"\s+(?:of|at|with|to|for)\s+(?:the\s+)?")
_RX4 = re.compile(r"(?:'s|’s|'|’)$")
_RX5 = re.compile(r"^(.+?)(?:'s|’s)\s+[a-z]")
PAREN_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,10}\)")
_RX21 = re.compile(r"\s+(?:in|based)\s+|,")
IN_OWNER = re.compile(
    r"\s+in\s+(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,5})(?:'s|’s)\s+"
    r"[A-Z][\w-]*(?:\s+(?:(?:and|of|for|on|&)\s+)?[A-Z][\w-]*)*$"
)
_RX25 = re.compile(r"[A-Z][\w&-]{2,}")
_RX26 = re.compile(r"\s+(?:to|in|at|during|since)\s+|,")
_RX27 = re.compile(r"\s+(?:of|at|with)(?:\s+the)?\s*$")
_RX30 = re.compile(r"^the\s+")
_RX31 = re.compile(r"\s+(?:in|based|since|during)\s+|,")


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

# A unit's head word within a few capitalised words after "to": the "to" is part of the unit's name.
TO_IN_UNIT = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,4}(?:Division|Unit|Section|Branch|Department|Service|Programme)\b"
)
AT_ORG = re.compile(r"\s+at\s+(?:the\s+)?(?P<org>[A-Z][^,;]*)$")

UNIT_AT = re.compile(
    r"^.+?\s+(?:of|for)\s+(?:the\s+|its\s+)?(?P<unit>(?:[A-Z][\w-]*\s+(?:(?:and|of|for|on)\s+)?){0,5}"
    r"(?:Unit|Department|Division|Section|Branch|Bureau|Office|Team|Programme|Directorate|Service|Desk)"
    r"(?:\s+(?:of|for|on)\s+(?:[A-Z][\w-]*\s*(?:and\s+)?){1,4})?)(?P<at>\s+(?:at|of|in|within)\s+)(?:the\s+)?"
    r"(?P<parent>[A-Z].+)$"
)

UNIT_CONNECT = frozenset({"of", "for", "on", "and"})
SLASH_OFFICE = re.compile(r"[A-Z]{2,8}/[A-Z][a-z]+")
QUOTED_OF = re.compile(r"^(?P<role>[^\"“”]+?)\s+of\s+(?:the\s+)?[\"“](?P<org>[A-Z][^\"“”]{0,60})[\"”]$")
# Titles with "of" inside them ("Chief of Mission", "Head of Office"): the organisation comes after them.
OF_IN_TITLE = re.compile(
    r"\b(?:Chief|Head)\s+of\s+(?:Mission|Office|Sub-Office|Staff|Delegation|Party|Operations)$", re.I
)


def resolves(ex: Extraction, surface: str) -> bool:
    s = clean(surface)
    if not s:
        return False
    return bool(_find(ex, s) or known(s) or suffixed_company(ex, s))


def _acronym_and_word(prefix: str) -> bool:
    """ "UN Goodwill" (before "Ambassador") is no office like "IOM Egypt": only countries pass, and a
    possessive place ("IOM Lakeport's Head of Office"), which owns the title that follows."""
    parts = prefix.split()
    return (
        len(parts) == 2
        and parts[0].isupper()
        and not parts[1].endswith(("'s", "’s"))
        and not country_code(parts[1])
        and not gaz_lookup(prefix)
    )


def split_org_role(ex: Extraction, phrase: str) -> tuple[str | None, str | None]:
    """(role, org) from "IOM's Deputy Director General", "Secretary General of the CoE" and the like."""
    phrase = PAREN_ACRONYM.sub("", phrase).strip(" ,")
    phrase = LEADING_THE.sub("", phrase)
    if not phrase:
        return None, None
    words = phrase.split()
    local = _local_government(ex, phrase)
    if local:
        return local
    office = local_office(ex, phrase)
    if office:
        return phrase, office
    if (tail := office_tail(phrase)) and resolves(ex, tail[1]):
        return tail  # "Senior Protection Officer in the UNHCR office in Lakeport": the office is UNHCR's
    if resolves(ex, phrase) and not has_title(words[0]):
        if len(words) > 1 and has_title(" ".join(words[1:])) and not resolves(ex, words[0]):
            return None, phrase
        # "UN High Commissioner for Refugees": the whole is an organisation, the title follows its prefix.
        for k in range(1, len(words)):
            if resolves(ex, " ".join(words[:k])) and has_title(" ".join(words[k:])):
                return " ".join(words[k:]), phrase
        return (phrase if has_title(phrase) else None), phrase
    # Prefix organisation: "IOM's ...", "OSCE Special Representative", "Council of Europe Commissioner".
    for k in range(min(len(words) - 1, 9), 0, -1):
        prefix = " ".join(words[:k])
        rest = " ".join(words[k:])
        if has_title(rest) and (resolves(ex, prefix) or _named_org(prefix)) and not _acronym_and_word(prefix):
            return rest, prefix
        if k == 1 and has_title(words[1]) and _lone_acronym(prefix):
            return rest, prefix  # "ACWA Administrator": an acronym heading a title names the employer
    # An unknown name before a title: "Acme Logistics' Chief Executive Officer", "Refugee Women Connect
    # Director", "Acme Africa executive director".
    for k in range(min(len(words) - 1, 7), 0, -1):
        if not has_title(words[k]):
            continue  # the test below needs it first: no prefix or rest built for most k
        prefix = _RX4.sub("", " ".join(words[:k]))
        rest = " ".join(words[k:])
        if (
            (k >= 2 or prefix != words[0])
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
        head_first = " " not in unit.group("unit") and unit.group("at") == " of "
        if (
            not head_first
            and not country_code(_RX30.sub("", parent))
            and (
                (resolves(ex, parent) and not known(unit.group("unit")))
                or ((generic or parent.isupper()) and proper_name_org(parent))
            )
        ):
            return phrase[: unit.start("at")], parent
    # "Chief of the Section for X in UNESCO's Communication Sector": the unit sits in a known owner's larger
    # unit; the owner is the organisation and the title ends before "in".
    within = IN_OWNER.search(phrase)
    if within and has_title(phrase[: within.start()]) and resolves(ex, within.group("org")):
        return phrase[: within.start()], within.group("org")
    quoted = QUOTED_OF.match(phrase)  # "chairwoman of \"Dawn\"": a name in quote marks is the body's
    if quoted and has_title(quoted.group("role")):
        return quoted.group("role"), quoted.group("org")
    kind = kind_named_body(phrase)  # "president of the local association Soleil pour Tous"
    if kind and has_title(kind[0]):
        # "company Acme S.A." cut at its first full stop: the release's name that it begins.
        return kind[0], next((o.name for o in ex.organisations if o.name.startswith(kind[1])), kind[1])
    topic = topic_title_at(phrase)  # "Director of Free Trade at the Acme Commission"
    # An employer that opens with a body word ("at the Ministry in Charge of ...") is one even when new.
    if topic and has_title(topic[0]) and (resolves(ex, topic[1]) or body_first(topic[1])):
        return topic
    body = head_first_body(phrase)  # "Deputy Director General of the General Department of Immigration"
    if body and has_title(body[0]) and not country_code(body[1].split()[-1]):
        return body
    # Suffix organisation: "... of the CoE", "... at the ILO".
    for m in _RX1.finditer(phrase):
        tail = phrase[m.end() :]
        if m.group(0).lstrip().startswith("to") and TO_IN_UNIT.match(tail):
            continue  # "Director of the Right to Development Division of X": "to" is inside the unit's name
        if OF_IN_TITLE.search(phrase[: m.end()] + tail.split(" ", 1)[0]):
            continue  # "Chief of Mission of IOM X": the first "of" is inside the title
        if m.group(0).split()[0] == "for" and tail == tail.strip() and country_code(tail):
            continue  # "Country Director for X", "Humanitarian Coordinator for X": a posting, no employer
        if _portfolio_of_country(phrase[: m.start()], tail, "the" in m.group(0)):
            continue  # "Minister of Public Service and Labour of X": the portfolio is part of the title
        if minister_portfolio(phrase[: m.start()], tail, "the" in m.group(0)):
            continue  # "Vice-Minister of Land Administration": a field, though registered as a body
        # "Ambassador of Egypt to Jordan": the sending side is the organisation.
        owner = _RX5.match(tail)  # "head of WHO's migration health unit"
        for cand in (tail, _RX26.split(tail)[0], owner and owner.group(1)):
            if cand and resolves(ex, cand):
                return phrase[: m.start()], cand
        unit = owner_unit(tail, lambda o: resolves(ex, o))  # "Chief of the Agency's Laboratory Section"
        if unit and has_title(phrase[: m.start()]):
            return phrase[: m.start()], unit
        # "... of the Council of Europe Convention on ...": the organisation that owns the thing.
        words = tail.split()
        for k in range(len(words) - 1, 0, -1):
            if gaz_lookup(" ".join(words[:k])):
                return phrase[: m.start()], " ".join(words[:k])
    body = BODY_OF_THE.search(phrase)
    if body and has_title(phrase[: body.start()]) and not country_code(body.group("org")):
        # "Coordinator of Disease Control of the State Health Department": a named body after "of the" that
        # ends the title is where it is held, though the organisation finder did not register it.
        return phrase[: body.start()], body.group("org")
    # "CEO of Bright Futures Ghana", "programme lead at TechForGood UK": a staff title, then a name that
    # is no department or portfolio.
    at = AT_ORG.search(phrase)
    if at and has_title(phrase[: at.start()]):
        # "Senior Vice President at Mastercard", "Global Head of Sustainability at Unilever": after a title,
        # "at" names where the speaker works.
        cand = _RX21.split(at.group("org"))[0].strip()
        unit = POSS_UNIT.match(at.group("org"))
        if unit and resolves(ex, unit.group(1)):
            # "Director of Co-operation at the Acme Council's Directorate of Water": the named unit.
            return phrase[: at.start()].strip(), unit.group(2)
        if resolves(ex, cand) or proper_name_org(cand) or one_word_org(cand):
            return phrase[: at.start()].strip(), cand
        if SLASH_OFFICE.fullmatch(cand) and resolves(ex, cand.split("/")[0]):
            return phrase[: at.start()].strip(), cand  # "at WHO/Europe": a known body's regional office
    staff = STAFF_OF.match(phrase)
    if staff:
        cand = _RX31.split(staff.group("org"))[0].strip()
        # "editor of the Daily Nation": after "the", two capitalised words are no person's name.
        the = phrase[: staff.start("org")].endswith("the ")
        if (proper_name_org(cand) or (the and proper_name_org(cand, marked_only=False))) and (
            the or not _portfolio(cand)
        ):
            return _RX27.sub("", phrase[: staff.start("org")]), cand
    return project_body(phrase) or placed_body(phrase) or ((phrase if has_title(phrase) else None), None)


# Adjectives of a public portfolio: "Director of Civil Protection", "Director of Free Movement and Residence".
PORTFOLIO_ADJECTIVES = frozenset(
    {"Civil", "Free", "Public", "Internal", "External", "Foreign", "Legal", "Consular"}
)


def _portfolio(name: str) -> bool:
    """A title's portfolio written without an article, no body's name: every word a topic, an abstract noun
    or a public-sector adjective ("Civil Protection", "Free Movement and Residence")."""
    from kg.extract.affilfixes import portfolio_words

    words = [w for w in name.split() if w not in PORTFOLIO_ADJECTIVES]
    return bool(words) and portfolio_words(" ".join(words))


BODY_HEADS = (
    "Department|Directorate|Division|Office|Agency|Authority|Bureau|Ministry|Commission|Council|Institute|"
    "Secretariat|Service|Administration|Inspectorate|Centre|Center|Unit|Committee|Club|League|"
    # "Minister of Social Affairs of the Northern State Government": a sub-national government is a body.
    "(?:State|Regional|Provincial|Municipal|County|District) Government"
)
BODY_OF_THE = re.compile(
    rf"\s+of\s+the\s+(?P<org>[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’\-]*)*\s+(?:{BODY_HEADS}))$"
)
GENERIC_ACRONYMS = frozenset({"NGO", "INGO", "CSO", "CBO", "SME", "ICT", "HIV", "AIDS", "COVID"})


def _lone_acronym(word: str) -> bool:
    """A word of 3-8 capitals that is no country code, title or generic abbreviation ("NGO")."""
    return (
        3 <= len(word) <= 8
        and word.isalpha()
        and word.isupper()
        and word not in GENERIC_ACRONYMS
        and word not in TITLE_WORDS
        and not country_code(word)
    )


COUNTRY_TAIL = re.compile(r"^(?P<portfolio>.+?)\s+of\s+(?:the\s+)?(?P<country>[A-Z][\w\s'’\-]+)$")


def _portfolio_of_country(title: str, tail: str, article: bool = False) -> bool:
    """ "Minister" + "Public Service and Labour of Rwanda": a minister's portfolio, then the country, names
    no organisation (the government is found from the country)."""
    from kg.extract.govtitles import BARE_MINISTER, STATE_OFFICE

    m = COUNTRY_TAIL.match(tail)
    return (
        m is not None
        and (
            BARE_MINISTER.match(title) is not None
            or STATE_OFFICE.match(title) is not None
            or (not article and office_portfolio(title, m.group("portfolio")))
        )
        and country_code(m.group("country")) is not None
        and m.group("portfolio").split()[0] not in ORG_HEAD_FIRST
    )


ORG_HEAD_FIRST = frozenset({"Ministry", "Department", "Office", "Government", "Secretariat", "Directorate"})


# "the X's Directorate General of Human Rights": a capitalised unit that a named owner holds.
POSS_UNIT = re.compile(
    r"^(.+?)(?:'s|’s)\s+((?:[A-Z][\w\-]*\s+)*(?:Directorate|Department|Division|Bureau|Secretariat|Sector)"
    r"(?:\s+(?:General|of|for|and|on|the|[A-Z][\w\-]*))*?(?:\s+[A-Z][\w\-]*))$"
)


PLACE_POSS = re.compile(r"^([A-Z][\w-]+)(?:'s|’s)\s+(.+)$")
LOCAL_KINDS = ("City", "Municipality", "County Government", "County", "District", "Province", "Town")


def _local_government(ex: Extraction, phrase: str) -> tuple[str, str] | None:
    """ "Lakeport's Alderman for Health" with the release's "City of Lakeport": the place's own body."""
    pm = PLACE_POSS.match(phrase)
    if pm is None or not has_title(pm.group(2)):
        return None
    names = {f"{k} of {pm.group(1)}" for k in LOCAL_KINDS}
    org = next((o.name for o in ex.organisations if o.name in names), None)
    return (pm.group(2), org) if org else None


# "Mayor of Lakeport", "Governor of Elara County": a local office named by its place.
LOCAL_TITLE_OF = re.compile(
    r"^(?:(?:Deputy|Vice|Lord|Acting)[- ])?(?:Mayor|Governor|Prefect)\s+of\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)$"
)
LOCAL_BODIES = (
    *LOCAL_KINDS,
    "Metropolitan Municipality",
    "City Council",
    "Municipal Council",
    "City Government",
)


def local_office(ex: Extraction, phrase: str) -> str | None:
    """The release's body for a place's local office ("Mayor of Lakeport" with "Metropolitan Municipality
    of Lakeport"): the mayor or governor serves that body, which the text names elsewhere."""
    m = LOCAL_TITLE_OF.match(phrase)
    if m is None:
        return None
    place = m.group("place")
    for kind in ("County", "City", "District", "Province", "Municipality"):
        place = place.removesuffix(f" {kind}")
    names = {f"{k} of {place}" for k in LOCAL_BODIES} | {f"{place} {k}" for k in LOCAL_BODIES}
    return next((o.name for o in ex.organisations if o.name in names), None)


GENERIC_BODY = frozenset(
    "Steering Executive Organizing Organising Advisory Scientific Technical Management Working Joint "
    "Coordinating Coordination National Regional Local Country Project Programme Program Drafting".split()
)


def one_word_org(word: str) -> bool:
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
    """ "Acme Foundation" before "Executive Director": an unknown name ending in an organisation head."""
    from kg.extract.orgpatterns import HEADS, valid_org

    words = prefix.split()
    return (
        len(words) >= 2
        and any(w not in HEADS and w not in GENERIC_BODY for w in words if w[:1].isupper())
        and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words)
        and words[0] not in ("The", "A", "An")
        and valid_org(prefix)
        and not has_title(prefix)
    )
