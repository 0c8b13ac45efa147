"""Recommendations: calls, proposals and stated needs for action, with who made them.

Two shapes are common in releases:
- a bullet list introduced as recommendations ("Recommendations made by UNHCR for
  transit countries include:"), each bullet one recommendation;
- prose: "X urged countries to ...", "called for ...", "stressed the need for ...",
  "Experts recommended ...", "There is a need to ...", "We must ...".
The text is kept from the verb on (the scorer and readers both find the call in it);
`by` is the organisation of whoever made it, from the people component's affiliations
when present, else an organisation named as the subject; None for "experts", "delegates".
"""

from __future__ import annotations

import re

from kg.extract.nlp import sentences
from kg.extract.organisations import ensure_organisation
from kg.extract.places import is_place
from kg.extract.registry import component
from kg.model import Document, Extraction, Recommendation, Span

INTRO = re.compile(
    r"\b(?:recommend\w*|calls?\s+(?:for|on)|called\s+(?:for|on)|propos\w*|urg\w+|suggest\w*|appeal\w*|"
    r"should|must|need\s+to|priorit\w+\s+for\s+action)\b",
    re.I,
)
INTRO_BY = re.compile(
    r"\b(?:made|put forward|proposed|issued|adopted)\s+by\s+(?:the\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)"  # noqa: E501
)
INTRO_SUBJ = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*?)(?:’s|'s)?\s+(?:recommend|propos|call|urge)",
    re.I,
)
INTRO_FOR = re.compile(
    r"\bfor\s+(?P<to>(?:the\s+)?[a-z][\w\s-]{2,60}?)(?:\s+for\s+[\w\s-]+?)?\s+(?:are|include|is)\s*:?\s*$"
)

VERBS = (
    r"(?:urged|urges|urging|called\s+for|calls\s+for|call\s+for|called\s+on|calls\s+on|call\s+on|"
    r"recommended|recommends|recommend|proposed\s+(?:that|to)|"
    r"(?:stressed|stresses|highlighted|highlights|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|"
    r"reiterated|identified|pointed\s+to|noted|recognized|recognised)\s+(?:the\s+|a\s+)?"
    r"(?:urgent\s+|pressing\s+|critical\s+|clear\s+)?(?:need|importance|critical\s+role|key\s+role|vital\s+role|necessity))"
)
PROSE = re.compile(rf"\b(?P<verb>{VERBS})\b", re.I)
PROPOSED = re.compile(r"\bproposed\s+(?:measures|actions|steps|solutions)\b", re.I)
NEED = re.compile(
    r"(?:^|[\"“]\s*)(?:There\s+is\s+(?:an?\s+)?(?:urgent\s+|clear\s+|great\s+)?need\s+(?:to|for)|"
    r"We\s+(?:need|must|should)\s+|It\s+is\s+(?:essential|crucial|vital|imperative|in\s+our\s+(?:best\s+)?interest)\s+to)",
)
REQUIRE = re.compile(
    r"^This\s+(?:will|would)\s+(?:often\s+|also\s+)?require\s*,?(?:\s*among\s+other\s+measures\s*,)?\s*", re.I
)
NEXT_CALL = re.compile(rf",?\s+and\s+(?={VERBS}\b)", re.I)
SAID = re.compile(
    r"[,\"”]+\s*(?:(?:he|she|they|the|[A-Z][\w.-]*|\w+)\s+){0,3}(?:said|says|added|adds|stated|noted|explained)\b.*$"
    r"|[\"”]\s*$",
    re.S,
)
ACRONYM_IN = re.compile(r"\b[A-Z]{2,8}\b")
NOT_ACRONYMS = {
    "US", "USA", "HIV", "AIDS", "COVID", "GDP", "NGO", "NGOS", "CEO", "TV", "SDG", "SDGS", "IDP", "IDPS",
    "PM", "AM", "ID", "II", "III", "IV", "VI", "OK", "ICT", "LGBT", "LGBTI", "PRESS", "RELEASE", "NEWS",
}  # fmt: skip
NO_ORG_SUBJECTS = re.compile(
    r"\b(?:experts?|delegates?|participants?|speakers?|panellists?|panelists?|ministers?|officials?|countries|states)\b",
    re.I,
)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text.rstrip(";.,: ").removesuffix(" and").removesuffix(" or").strip()


def _bullets(doc: Document, ex: Extraction) -> None:
    segs = doc.segments
    for i, seg in enumerate(segs):
        if seg.kind != "bullet":
            continue
        intro_idx = seg.intro
        if intro_idx is None:
            intro_idx = next((j for j in range(i - 1, -1, -1) if segs[j].kind != "bullet"), None)
        if intro_idx is None:
            continue
        intro = re.sub(r"\s+", " ", doc.segment_text(segs[intro_idx]))
        if not intro.rstrip().endswith(":") or not INTRO.search(intro):
            continue
        by = _intro_by(ex, intro, Span(segs[intro_idx].start, segs[intro_idx].end))
        to = INTRO_FOR.search(intro)
        text = _clean(doc.segment_text(seg))
        if text:
            ex.recommendations.append(
                Recommendation(
                    text, Span(seg.start, seg.end), by=by, addressee=_clean(to.group("to")) if to else None
                )
            )


def _intro_by(ex: Extraction, intro: str, span: Span) -> str | None:
    for rx in (INTRO_BY, INTRO_SUBJ):
        m = rx.search(intro)
        if m:
            org = _org_in(ex, m.group("org"), span)
            if org:
                return org
    return None


def _org_in(ex: Extraction, text: str, span: Span) -> str | None:
    """An organisation named in `text`: a known form, else an acronym (registered through
    `ensure_organisation`, as every author must be), else None."""
    for org in ex.organisations:
        for form in org.forms:
            if form and _has_word(text, form):
                return org.name
    for m in ACRONYM_IN.finditer(text):
        word = m.group()
        if word not in NOT_ACRONYMS and not is_place(word.title()):
            return ensure_organisation(ex, word, span).name
    return None


def _has_word(text: str, word: str) -> bool:
    """`word` occurs in `text` as a whole word (no regex compiled per organisation form)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False


def _speaker_org(ex: Extraction, person: str | None) -> str | None:
    if not person:
        return None
    p = ex.person(person)
    names = {f.casefold() for f in (p.forms if p else [person])}
    for a in ex.affiliations:
        if a.person.casefold() in names and a.organisation:
            return a.organisation
    return None


def _who(ex: Extraction, doc: Document, span: Span, subject: str) -> tuple[str | None, str | None]:
    """(organisation, person) behind a call made in `span` whose clause subject is `subject`."""
    # "The Deputy Director General, who addressed the conference sponsored by UNODC, highlighted ...":
    # the relative clause names other actors.
    subject = re.sub(r",\s*(?:who|which|whose)\b.*,\s*$", "", subject, flags=re.S)
    person = None
    for s in ex.speeches:
        if s.span.start <= span.start < s.span.end or (span.start <= s.span.start < span.end):
            person = s.person
            break
    else:
        for q in ex.quotes:
            if q.span.start <= span.start < q.span.end and q.speaker:
                person = q.speaker
                break
    if person:
        # A speaker with no stated affiliation may still be tied to an organisation in the clause
        # ("said WMO official Ana Silva").
        return _speaker_org(ex, person) or _org_in(ex, subject, span), person
    for p in ex.people:
        if any(f and f in subject for f in p.forms):
            return _speaker_org(ex, p.name), p.name
    for a in ex.affiliations:
        if a.role and a.role in subject and a.organisation:
            return a.organisation, a.person
    if NO_ORG_SUBJECTS.search(subject) and not re.search(r"\b[A-Z]{2,}\b", subject):
        return None, None
    if re.match(r"^\s*(?:He|She)\b", subject):
        before = [s for s in ex.speeches if s.span.start < span.start]
        if before:
            return _speaker_org(ex, before[-1].person), before[-1].person
    return _org_in(ex, subject, span), None


def _prose(doc: Document, ex: Extraction) -> None:
    text = doc.text
    prev_hit = False
    for sent in sentences(doc, ("headline", "paragraph")):
        s = text[sent.start : sent.end]
        hits: list[tuple[int, int]] = []
        for m in PROSE.finditer(s):
            end = len(s)
            nxt = NEXT_CALL.search(s, m.end())
            if nxt:
                end = nxt.start()
            hits.append((m.start(), end))
        if not hits:
            m = PROPOSED.search(s) or NEED.search(s)
            if m:
                start = (
                    m.start()
                    if m.group().lstrip('"“ ')[:1].isupper() is False
                    else m.start() + len(m.group()) - len(m.group().lstrip('"“ '))
                )
                hits.append((start, len(s)))
            elif prev_hit:
                r = REQUIRE.match(s)
                if r:
                    hits.append((r.end(), len(s)))
        prev_hit = bool(hits)
        for a, b in hits:
            said = SAID.search(s[a:b])
            body = s[a : a + said.start()] if said else s[a:b]
            rec = _clean(body)
            if len(rec.split()) < 3:
                continue
            span = Span(sent.start + a, sent.start + b)
            # '"We must ...," said ILO Director X': the speaker follows the call.
            by, speaker = _who(
                ex, doc, span, s[:a] + (said.group() if said and said.group()[1:].strip() else "")
            )
            addressee = None
            m = re.match(
                r"(?:urged|urges|urging|calls?\s+on|called\s+on)\s+(?:the\s+)?([\w\s-]{2,40}?)\s+to\b",
                rec,
                re.I,
            )
            if m:
                addressee = m.group(1)
            ex.recommendations.append(Recommendation(rec, span, by=by, speaker=speaker, addressee=addressee))


INLINE_BULLET = re.compile(r"^[ \t]*(?:[•·▪◦●○■□‣⁃–\-*]|\d{1,2}[.)])[ \t]+(?P<item>.*)$")


def _inline_bullets(doc: Document, ex: Extraction) -> None:
    """Lists that segmentation left inside a paragraph: an intro line ending with ':' then marked lines."""
    text = doc.text
    for seg in doc.of_kind("paragraph"):
        block = text[seg.start : seg.end]
        if "\n" not in block or ":" not in block:
            continue
        intro: str | None = None
        pos = seg.start
        items: list[tuple[int, int]] = []
        for line in block.split("\n"):
            m = INLINE_BULLET.match(line)
            if m and intro is not None:
                items.append((pos + m.start("item"), pos + len(line)))
            elif items and line.startswith((" ", "\t")) and line.strip():
                items[-1] = (items[-1][0], pos + len(line))  # continuation of the previous item
            else:
                intro = line if line.rstrip().endswith(":") and INTRO.search(line) else None
                items = [] if intro is None else items
            if intro is not None and items and (not m) and not line.startswith((" ", "\t")):
                break
            pos += len(line) + 1
        if intro is None or not items:
            continue
        flat_intro = re.sub(r"\s+", " ", intro)
        by, to = _intro_by(ex, flat_intro, Span(seg.start, seg.end)), INTRO_FOR.search(flat_intro)
        for a, b in items:
            rec = _clean(text[a:b])
            if rec:
                ex.recommendations.append(
                    Recommendation(rec, Span(a, b), by=by, addressee=_clean(to.group("to")) if to else None)
                )


@component("recommendations")
def find_recommendations(doc: Document, ex: Extraction) -> None:
    _bullets(doc, ex)
    _inline_bullets(doc, ex)
    _prose(doc, ex)
