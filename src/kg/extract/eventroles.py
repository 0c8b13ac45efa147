"""Sponsors and organisers of events, from the phrases releases use for them.

- "sponsored/funded/supported by LIST", "with support from LIST", "LIST-funded workshop" -> sponsor
- "organised/hosted/convened by LIST", "LIST hosted/will hold/is organising a conference",
  "IOM's conference", "an IOM workshop" -> organiser
- a project or programme the event belongs to, "funded by LIST" -> sponsor (GUIDELINES:
  "Funding through a project").
LIST is split into organisations ("the Chilean and Peruvian governments, UNDP and the
NGO Water Trust" -> four), each registered through `ensure_organisation`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.organisations import ensure_organisation
from kg.extract.places import is_place
from kg.model import Document, EventRole, Extraction, Span

if TYPE_CHECKING:
    from kg.extract.events import EventMentions

SPONSOR_VERBS = r"(?:co-)?(?:sponsored|funded|financed|supported|underwritten|made\s+possible)"
ORGANISER_VERBS = r"(?:co-)?(?:organi[sz]ed|hosted|convened)"
BY = re.compile(
    rf"\b(?P<verb>{SPONSOR_VERBS}|{ORGANISER_VERBS})\s+(?:jointly\s+|generously\s+|in\s+[A-Z][\w’'-]+\s+)?by\s+",
    re.I,
)
WITH = re.compile(
    r"\b(?:with|through|thanks\s+to)\s+(?:the\s+)?(?:financial\s+|generous\s+|kind\s+)?"
    r"(?P<verb>support|funding|sponsorship|assistance|contributions?|grants?)\s+(?:of|from)\s+",
    re.I,
)
ACTIVE = re.compile(
    r"\b(?:(?:will|to|is|are|was|were|has|have|had|be|been|going)\s+){0,3}(?:(?:today|yesterday|jointly|also|now|recently)\s+)?"
    r"(?P<verb>(?:co-)?(?:host|hosts|hosted|hosting|organi[sz]e|organi[sz]es|organi[sz]ed|organi[sz]ing|convene|convenes|"
    r"convened|convening|hold|holds|held|holding)|sponsor|sponsors|sponsored|fund|funds|funded|finance|finances|financed)\s+"
    r"(?!by\b)",
    re.I,
)
COMPOUND = re.compile(
    r"(?P<org>(?:[A-Z][\w’'.]*\s+){0,4}[A-Z][\w’'.]*)[-\s](?P<verb>funded|sponsored|financed|supported|organi[sz]ed|hosted)\s+",
)
PROJECT_LINK = re.compile(
    r"\b(?:part\s+of|culmination\s+of|framework\s+of|under|within|for)\s+(?:the|its|a|an|their)\s+[^.]{0,80}?"
    r"\b(?:project|programme|program)\b",
    re.I,
)
PROJECT_FUNDED = re.compile(
    r"\b(?:project|programme|program)\b[^.;]{0,40}?\b(?P<verb>(?:funded|financed|sponsored|supported))\s+by\s+",
    re.I,
)
ANTECEDENT = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'&.-]*\s*)+(?:\([A-Z]+\))?$")
RELATIVE_END = re.compile(r",\s*(?:which|who)\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+)*$")
WITH_PHRASE = re.compile(
    r",?\s*with\s+(?:the\s+)?(?:financial\s+|generous\s+)?(?:support|funding|assistance)\s+(?:of|from)\s+[^,]*,?"
)
PROJECT_WORDS = re.compile(r"project|programme|program")
ACTIVE_HINT = re.compile(r"host|organi[sz]|conven|hold|held|sponsor|fund|financ")
COMPOUND_HINT = re.compile(r"[-\s](?:funded|sponsored|financed|supported|organi[sz]ed|hosted)\s")
LEAD = re.compile(r"^(?:the\s+NGO\s+|the\s+|The\s+|NGO\s+|and\s+|with\s+|together\s+with\s+)+")
TIME_WORDS = re.compile(
    r"^(?:(?:Yesterday|Today|Tomorrow|Last|Next|This|On|In|During|Earlier|Later|Recently)\b[^,]*?,?\s+)+"
)
ORG_HEADS = re.compile(
    r"(?:Organi[sz]ation|Federation|Office|Ministry|Government|Fund|Programme|Bank|Union|Commission|Council|"
    r"Agency|Foundation|Institute|University|Centre|Center|Secretariat|Department|Association|Network|Committee|"
    r"Chairmanship|Presidency|Embassy|Mission|Process|Forum|Alliance|Coalition|Society|Trust|Partnership|\))$"
)
GENERIC = {
    "participants", "delegates", "experts", "officials", "ministers", "members", "governments", "countries",
    "states", "member states", "partners", "donors", "organizers", "organisers", "they", "we", "he", "she", "it",  # noqa: E501
    "which", "who", "speakers", "representatives", "authorities", "agencies", "organizations", "organisations",  # noqa: E501
}  # fmt: skip
TITLES = re.compile(
    r"^(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Director|Secretary|Ambassador|Deputy|Chief|Head|Special|"
    r"Commissioner|Chairman|Chair|Executive|Vice|Prime|Sheikh|Sheikha|King|Queen|Prince|Princess)\b"
)
CONNECT = {"of", "for", "on", "the", "and", "in", "to", "de", "du", "des", "against", "&", "under"}
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


SEPARATORS = re.compile(
    r",?\s*\b(?:together|along|jointly|in\s+(?:collaboration|cooperation|partnership|association))\s+with\s+"
    r"|,?\s+as\s+well\s+as\s+|,\s*(?:and\s+)?|;\s*"
)


def _distribute(text: str) -> str:
    """ "the Chile and Peru governments" -> "Chile government, Peru government"."""

    def plural_after(m: re.Match) -> str:
        names = re.split(r",\s*|\s+and\s+", m.group(1))
        word = m.group(2)[:-1]
        return ", ".join(f"{n.strip()} {word}" for n in names if n.strip())

    def plural_before(m: re.Match) -> str:
        names = re.split(r",\s*|\s+and\s+", m.group(2))
        word = m.group(1)[:-1].capitalize()
        return ", ".join(f"{word} of {n.strip()}" for n in names if n.strip())

    text = re.sub(
        r"\b((?:[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,\s+)*[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?\s+and\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(governments|Governments)\b",
        plural_after,
        text,
    )
    return re.sub(
        r"\b([Gg]overnments)\s+of\s+((?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?(?:,\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)*\s+and\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)",
        plural_before,
        text,
    )


def split_list(text: str) -> list[str]:
    """Organisation names in a coordinated list, stopping where the list ends (first non-name)."""
    text = _distribute(re.sub(r"\s+", " ", text))
    parts = SEPARATORS.split(text)
    out: list[str] = []
    for part in parts:
        items = _split_and(part.strip())
        stop = False
        for item in items:
            name = clean_org(item)
            if name is None:
                stop = True
                break
            out.append(name)
            if _runs_on(item, name):
                stop = True  # "the Government of X and sponsored by ...": the list ended inside this item
                break
        if stop:
            break
    return out


def _runs_on(item: str, name: str) -> bool:
    """Text follows the name in its item that is not part of a name (a verb, a clause)."""
    rest = item[item.find(name) + len(name) :] if name in item else ""
    rest = re.sub(r"^\s*\([^)]*\)", "", rest).strip(" ,.;:")
    return bool(rest) and bool(re.search(r"(?:^|\s)[a-z]", rest)) and not rest.startswith("in ")


def _split_and(part: str) -> list[str]:
    pieces = part.split(" and ")
    items = [pieces[0]]
    for p in pieces[1:]:
        left = items[-1].strip()
        if (
            p.startswith(("the ", "The "))
            or ACRONYM.match(p.split(" ")[0].strip("()"))
            or ACRONYM.match(left)
            or ORG_HEADS.search(left)
            or (is_place(left) and is_place(_leading_caps(p)))
        ):
            items.append(p)
        else:
            items[-1] = f"{items[-1]} and {p}"
    return items


def _leading_caps(text: str) -> str:
    m = re.match(r"(?:[A-Z][\w’'-]*\s?)+", text.strip())
    return m.group().strip() if m else ""


def clean_org(item: str) -> str | None:
    """The cleanest surface form of one list item, or None when it is not an organisation name."""
    s = item.strip().strip(",.;:")
    s = TIME_WORDS.sub("", s)
    s = LEAD.sub("", s)
    s = re.sub(r"^[A-Z][\w’']*(?:’s|'s)\s+(?=[A-Z][\w’'-]+\s+[A-Z])", "", s)  # "IOM's Global ... Centre"
    # Names end at the first lowercase word that is not a connector ("IOM and aimed at ...").
    words = s.split(" ")
    kept: list[str] = []
    for w in words:
        if not w:
            continue
        if (
            w[:1].isupper()
            or w[:1].isdigit()
            or w[:1] in "("
            or w in CONNECT
            or (kept and w.strip(",.;") in ORG_NOUNS)
        ):
            kept.append(w)
        else:
            break
    while kept and kept[-1] in CONNECT:
        kept.pop()
    s = " ".join(kept)
    s = re.sub(r"\s+in\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?$", "", s)  # "UNEP in Nairobi"
    s = re.sub(r"\s*\([^)]*\)\s*$", "", s).strip()
    s = re.sub(r"\s*\($", "", s).strip()
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


def _add(ex: Extraction, event: str, names: list[str], role: str, span: Span) -> None:
    for name in names:
        if ex.person(name) is not None:
            continue
        org = ensure_organisation(ex, name, span)
        if any(r.event == event and r.organisation == org.name and r.role == role for r in ex.event_roles):
            continue
        ex.event_roles.append(EventRole(event=event, organisation=org.name, role=role, span=span))


def _head_event(before: list, flat: str) -> str:
    """The event a trailing role clause is about: the nearest mention, or the one it is part of
    ("the panel X of the 12th session of the Commission, co-hosted by ..." -> the panel)."""
    k = len(before) - 1
    while k > 0 and re.fullmatch(r"\W*\s+of\s+(?:the\s+)?", flat[before[k - 1][0].end : before[k][0].start]):
        k -= 1
    return before[k][1]


def _role(verb: str) -> str:
    v = verb.lower()
    return "organiser" if re.search(r"organi|host|conven|hold|held", v) else "sponsor"


def find_roles(doc: Document, ex: Extraction, em: EventMentions) -> None:
    flat = em.flat
    mentions = [(m, ex.events[i].name) for m, i in em.mentions if not m.headline]
    project_linked = False
    for sent in em.sentences:
        text = flat[sent.start : sent.end]
        in_sent = [(m, n) for m, n in mentions if sent.start <= m.start < sent.end]
        if in_sent and PROJECT_LINK.search(text):
            project_linked = True
    main = ex.events[0].name
    for sent in em.sentences:
        text = flat[sent.start : sent.end]
        low = text.lower()
        in_sent = [(m, n) for m, n in mentions if sent.start <= m.start < sent.end]
        if project_linked and PROJECT_WORDS.search(low):
            for m in PROJECT_FUNDED.finditer(text):
                names = split_list(text[m.end() :])
                _add(ex, main, names, "sponsor", Span(sent.start + m.start(), sent.start + m.end()))
        if not in_sent:
            continue
        last_event: str | None = None
        clauses = sorted([*BY.finditer(text), *WITH.finditer(text)], key=lambda m: m.start())
        for m in clauses:
            pos = sent.start + m.start()
            before = [(x, n) for x, n in in_sent if x.end <= pos]
            near = [b for b in before if pos - b[0].end <= 160]
            target = _head_event(before, flat) if near else last_event
            if target is None and not before:
                # "With support from X, the Government hosted the dialogue": the event comes after.
                later = [(x, n) for x, n in in_sent if x.start > pos]
                target = later[0][1] if later else None
            if target is None:
                continue
            names = split_list(text[m.end() :])
            _add(ex, target, names, _role(m.group("verb")), Span(pos, sent.start + m.end()))
            last_event = target
        for m in ACTIVE.finditer(text) if ACTIVE_HINT.search(low) else ():
            obj_start = sent.start + m.end()
            # The object follows at once: only lowercase words (articles, adjectives) in between.
            obj = [
                (x, n)
                for x, n in in_sent
                if 0 <= x.start - obj_start <= 40 and not re.search(r"[A-Z\n]", flat[obj_start : x.start])
            ]
            if not obj:
                continue
            subject = text[: m.start()]
            subject = re.split(r"\s[-–—]\s", subject)[-1]
            subject = WITH_PHRASE.sub(",", subject)
            relative = RELATIVE_END.search(subject)
            if relative:  # "UNDP, which hosted the meeting": the antecedent alone
                ante = ANTECEDENT.search(subject[: relative.start()])
                subject = ante.group() if ante else ""
            names = subject_names(subject)
            # "hosted a Partners Breakfast and a Press Reception": every coordinated object.
            targets = [obj[0]]
            for x, n in in_sent:
                if x.start > targets[-1][0].end and re.fullmatch(
                    r",?\s+(?:and|as well as)\s+(?:an?\s+|the\s+)?", flat[targets[-1][0].end : x.start]
                ):
                    targets.append((x, n))
            for _x, n in targets:
                _add(ex, n, names, _role(m.group("verb")), Span(sent.start, sent.start + m.end()))
        for m in COMPOUND.finditer(text) if COMPOUND_HINT.search(low) else ():
            pos = sent.start + m.end()
            target = [(x, n) for x, n in in_sent if x.start <= pos <= x.end + 2]
            linked = (
                re.match(r"(?:\w+\s+){0,2}(?:project|programme|program)\b", text[m.end() :])
                and project_linked
            )
            name = clean_org(m.group("org"))
            if name and (target or linked):
                _add(
                    ex,
                    target[0][1] if target else main,
                    [name],
                    _role(m.group("verb")),
                    Span(sent.start + m.start(), pos),
                )
        for x, n in in_sent:
            if x.possessor and x.kind not in ("council", "assembly", "session", "dialogue"):
                name = clean_org(x.possessor)
                if name and ACRONYM.match(name):
                    _add(ex, n, [name], "organiser", Span(x.start, x.end))
            for acr in x.modifier_orgs:
                _add(ex, n, [acr], "organiser", Span(x.start, x.end))


def subject_names(subject: str) -> list[str]:
    """The organisations at the end of a clause's subject: the longest run of list items that are all names."""  # noqa: E501
    text = _distribute(re.sub(r"\s+", " ", subject)).strip().rstrip(",")
    parts = SEPARATORS.split(text)
    out: list[str] = []
    for part in reversed(parts):
        if not part.strip():
            continue
        names = [clean_org(i) for i in _split_and(part.strip())]
        if not names or any(n is None for n in names) or not _whole(part):
            break
        out = [n for n in names if n] + out
    return out


def _whole(part: str) -> bool:
    """The list item is nothing but names (no lead-in such as "on the occasion of", no headline words)."""
    core = LEAD.sub("", TIME_WORDS.sub("", part.strip()))
    core = re.sub(r"\s*\([^)]*\)", "", core)
    core = re.sub(r"\s+in\s+[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?$", "", core).rstrip(",. ")
    if '"' in core or "“" in core or "”" in core:
        return False
    names = [clean_org(i) for i in _split_and(core)]
    return bool(names) and all(names) and core.endswith(names[-1])
