"""Quotes: passages in double quotes attributed to a speaker.

A quote counts only with an attribution signal: a speech verb right after it
('..., she said', '... said Name') or right before it ('Name said, "...'), or it
continues a quote already attributed in the same paragraph. Pronouns resolve to
the most recent speaker. Scare quotes and quoted titles (short, Title Case) are skipped.
"""

from __future__ import annotations

import re

from kg.extract.people import register_speaker
from kg.extract.persons import HONORIFIC, mentions
from kg.extract.quotenewcomer import paragraph_newcomer
from kg.extract.quotepatterns import (
    ACCORDING_IN,
    AFTER,
    ANONYMOUS,
    BEFORE,
    BROKEN,
    CLAUSE_END,
    DASH_AFTER,
    HONORIFIC_ONLY,
    LEAD_CLAUSE,
    NAME_IN_APP,
    PRONOUN_ASIDE,
    QUOTE,
    REPORTED,
    REPORTED_IN,
    RESUME,
    SAID_IN,
    SENT_END,
    SPACES,
    TITLE_REPORTED,
    UNNAMED_SAID,
    UNTIL_STOP,
    VERB_NAME,
    VERB_THAT,
    WORDS_OF,
)
from kg.extract.quotereaders import message_said
from kg.extract.quotesurnames import agreeing, surname_after
from kg.extract.quotewrap import attribution_end, runs_on
from kg.extract.registry import component
from kg.extract.speakerfilters import unnamed_subject_place
from kg.model import Document, Extraction, Quote, Span, Speech


def _is_title(q: str, min_words: int = 5) -> bool:
    """Scare quotes and quoted titles: short, or mostly Title Case."""
    words = q.split()
    if len(words) < min_words:
        return True
    caps = [w for w in words if len(w) > 3]
    return bool(caps) and sum(w[0].isupper() for w in caps) >= 0.6 * len(caps) and len(words) <= 20


@component("quotes")
def find_quotes(doc: Document, ex: Extraction) -> None:
    text = doc.text
    ms = [m for m in mentions(doc) if ex.person(m.name)]
    found: list[tuple[int, Span, str, str | None, bool]] = []  # (paragraph, span, text, speaker, unclosed)
    segs = doc.of_kind("paragraph", "bullet")
    for pi, seg in enumerate(segs):
        last: tuple[str, int] | None = None
        for q in _quotes(text, seg.start, seg.end):
            qs, qe, unclosed = q
            body = SPACES.sub(" ", text[qs + 1 : qe - (0 if unclosed else 1)]).strip().rstrip(",.").strip()
            if body.endswith(":") and pi + 1 < len(segs) and segs[pi + 1].kind == "bullet":
                continue  # '"We call on the council to:' opening a list: the list's lead, not a quote
            # A passage framed by a speech verb ('"We must act now," she said') may be short.
            framed = AFTER.match(text[qe : min(attribution_end(text, seg, qe), qe + 160)]) or BEFORE.search(
                text[max(seg.start, qs - 200) : qs]
            )
            # A further quote opening a new sentence after an attributed one continues its speaker, so it
            # may be short too ('"...," said Jane Doe. "These are avoidable deaths."').
            goes_on = bool(last and re.search(r"[.!?:]\s*$", text[last[1] : qs]))
            # 'warned against rules that would "push recruitment underground."': a fragment closing its
            # sentence inside the quote marks, in a sentence with a speech verb, is quoted, not a title.
            said = SAID_IN.search(text, max(seg.start, qs - 200), qs)
            closing = text[qe - 2 : qe - 1] in ".!?" and said is not None
            # A quote broken by its attribution may open with two words ('"These figures," said X, "show').
            broken = text[qe - 2 : qe - 1] == "," and BROKEN.match(text, qe, min(seg.end, qe + 260))
            # 'said governments had moved "from silence to action"': a lowercase phrase of four words or more
            # in a sentence with a speech verb is the speaker's words, not a title.
            lower = said is not None and body[:1].islower() and len(body.split()) >= 4
            if _is_title(body, 2 if framed and broken else 3 if framed or goes_on or closing or lower else 5):
                continue
            speaker = _resumed(text, last, body, qs) or _attribute(doc, ex, ms, seg, qs, qe)
            if speaker is None and goes_on:
                speaker = last[0]  # a further quote opening a new sentence continues the same speaker
            if speaker:
                last = (speaker, qe)
            found.append((pi, Span(qs, qe), body, speaker, unclosed))
    # A statement release ("Statement by UNICEF Executive Director X on ..."): its quotes are the author's.
    headline = doc.of_kind("headline")
    author = next(
        (s.person for s in ex.speeches if headline and headline[0].start <= s.span.start < headline[0].end),
        None,
    )
    if author:
        found = [
            (pi, sp, b, spk or (author if len(b.split()) >= 8 else None), u) for pi, sp, b, spk, u in found
        ]
    # Quotes running over several paragraphs: an unclosed quote takes the speaker of its neighbours.
    for k, (pi, span, body, speaker, unclosed) in enumerate(found):
        if speaker is None and k > 0 and found[k - 1][0] == pi - 1 and found[k - 1][4]:
            speaker = found[k - 1][3]
        if speaker is None and unclosed and k + 1 < len(found) and found[k + 1][0] == pi + 1:
            speaker = found[k + 1][3]
        if (
            speaker is None
            and (unclosed or not text[span.end : segs[pi].end].strip())
            and k > 0
            and found[k - 1][0] == pi - 1
            and runs_on(text, found[k - 1][1], span)
        ):
            # '"...," he said.\n\n"But more must be done.\n\n"...."': a quote opening the paragraph
            # after the speaker's closing quote, and running on or filling that paragraph alone, goes on
            # with the same speaker.
            speaker = found[k - 1][3]
        found[k] = (pi, span, body, speaker, unclosed)
    for k, (pi, span, body, speaker, _unclosed) in enumerate(found):
        if speaker is None and k > 0 and found[k - 1][0] == pi - 1 and found[k - 1][4]:
            speaker = found[k - 1][3]
        if speaker is None:
            continue
        ex.quotes.append(Quote(body, span, speaker))
        if not any(s.person == speaker for s in ex.speeches):
            ex.speeches.append(Speech(speaker, span, verb="quoted"))


def _resumed(text: str, last: tuple[str, int] | None, body: str, qs: int) -> str | None:
    """'"The plan is ready," said the Director, Dr. Jane Doe, "but the money is not."': a quote broken
    by its attribution clause resumes in lower case after a comma; it keeps the speaker of its first part."""
    if not last or not body[:1].islower() or text[last[1] - 2 : last[1] - 1] != ",":
        return None
    between = text[last[1] : qs]
    return last[0] if RESUME.fullmatch(between) else None


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, unclosed) of quoted passages; a paragraph that opens a quote it never closes
    (a quote running on into the next paragraph) yields one unclosed passage to its end."""
    out = [(q.start(), q.end(), False) for q in QUOTE.finditer(text, start, end)]
    chunk = text[start:end]
    opened = chunk.lstrip()[:1] in ('"', "“")
    closed_at_start = bool(out) and out[0][0] == start + len(chunk) - len(chunk.lstrip())
    if opened and not closed_at_start:
        out.insert(0, (start + len(chunk) - len(chunk.lstrip()), end, True))
    elif (chunk.count('"') + chunk.count("“") + chunk.count("”")) % 2 == 1:
        # '... said the plan was ready. "We will not stop.' / '"We will not stop."': a quote opened after
        # the last closed one and left open runs on into the next paragraph.
        last_end = out[-1][1] if out else start
        rest = text[last_end:end]
        at = min((i for i in (rest.find('"'), rest.find("“")) if i >= 0), default=-1)
        if at >= 0 and (opened or len(rest[at + 1 :].split()) >= 5):
            out.append((last_end + at, end, True))
    return out


def _attribute(doc: Document, ex: Extraction, ms, seg, qs: int, qe: int) -> str | None:
    text = doc.text
    after = text[qe : min(attribution_end(text, seg, qe), qe + 160)]
    words_of = WORDS_OF.match(after)
    if words_of is None and not after.strip():
        # A quote that ends its paragraph, and "Those were the words of X" opening the next.
        words_of = WORDS_OF.match(text[qe : qe + 200])
    dash = DASH_AFTER.match(after)
    if dash:  # '"We will not stop." – Jane Doe, Director, Lakeport Water Trust': a signed testimonial
        at = qe + dash.end()
        allm = mentions(doc)
        k = next((k for k, m in enumerate(allm) if at <= m.start < at + 25), None)
        signed = k is not None and HONORIFIC_ONLY.fullmatch(text[at : allm[k].start])
        if signed and not ex.organisation(allm[k].name):
            p = ex.person(allm[k].name)
            return p.name if p else register_speaker(doc, ex, k, "quoted").name
    if words_of:  # '"..." The words were those of Dr. Jane Doe, ...' / 'It was with these words that X ...'
        at = qe + words_of.end()
        # "... the words of the agency's regional director for the East, Jane Doe": a title may come first.
        reach = max(40, len(UNTIL_STOP.match(text, at, at + 120).group(0)))
        allm = mentions(doc)
        k = next(
            (k for k, m in enumerate(allm) if at <= m.start < at + reach and not ex.organisation(m.name)),
            None,
        )
        if k is not None:
            p = ex.person(allm[k].name)
            return p.name if p else register_speaker(doc, ex, k, "quoted").name
    if message_said(text, qe):  # '"...," the statement said': its reader, named before, speaks it
        return _recent(doc, ex, ms, qs)
    am = AFTER.match(after)
    if am and am.group("pron") and text[qe - 2 : qe - 1] in ".!?" and am.group("pron")[0].isupper():
        # '... told the audience: "I came back with nothing." He asked that his name not be used.': a
        # capitalised pronoun after a quote that closed its sentence starts a new sentence; the quote's own
        # sentence decides first.
        return _before(doc, ex, ms, seg, qs) or (
            _after(doc, ex, ms, am, qs, qe)
            if not UNNAMED_LEAD.search(text, max(seg.start, qs - 200), qs)
            else None
        )
    if am and text[qe - 2 : qe - 1] in ".!?" and not am.group("pron"):
        # '... funds "before the rains fail." Tom Abe said ...': the quote closed its sentence, so a name and
        # verb after it start the next one; the quote's own sentence decides first.
        # Only '"..." Jane Doe said.' (the verb ends the clause) still attributes it; '"..." Jane Doe noted
        # progress but ...' is a new statement.
        ends = CLAUSE_END.match(after, am.end())
        return _before(doc, ex, ms, seg, qs) or (_after(doc, ex, ms, am, qs, qe) if ends else None)
    if am:
        return _after(doc, ex, ms, am, qs, qe)
    return _before(doc, ex, ms, seg, qs)


# "a returnee who now runs a farm told the audience:": an unnamed person's words, introduced by a colon.
UNNAMED_LEAD = re.compile(r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,3}?(?:who|whose)\b[^.\"“”]{0,120}:\s*$")


def _after(doc: Document, ex: Extraction, ms, am: re.Match, qs: int, qe: int) -> str | None:
    """The speaker named or referred to right after the quote ('"...," she said', '"...," said X')."""
    if am:
        if am.group("pron"):
            return _recent(doc, ex, ms, qs)
        tapp = am.group("tapp") or am.group("tapp2")
        named = NAME_IN_APP.search(tapp) if tapp else None
        who = _resolve(ex, named.group(0)) if named else None
        if who:
            return who
        if am.group("title"):  # '"...," the Minister said': the latest speaker holding that title
            named = re.search(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$", am.group("title"))  # "the NGO's head Jo Lee"
            who = _resolve(ex, named.group(0)) if named else None
            return who or _titled(ex, am.group("title"), qs) or _recent(doc, ex, ms, qs)
        if am.group("acc"):  # '"...", according to Jane Doe, IOM's coordinator'
            return _resolve(ex, am.group("acc"))
        if am.group("who"):
            app = am.group("app")
            named = app and NAME_IN_APP.search(app)  # "the Agency's Director, Mr. Jon Roe,"
            return (
                _resolve(ex, am.group("who"))
                or (_resolve(ex, named.group(0)) if named else None)
                or _recent(doc, ex, ms, qs)
            )
        text = doc.text
        named = VERB_NAME.match(text, qe, qe + 120)  # '"...," said Ali.': the surname right after the verb
        who = _resolve(ex, named.group(1)) if named else None
        if who:
            return who
        nxt = next((m for m in ms if qe <= m.start < qe + 140), None)
        if nxt is None and UNNAMED_SAID.match(text, qe, qe + 40):
            return None  # '"...," said a 23-year-old woman from Lakeport': her words, and she has no name
        return ex.person(nxt.name).name if nxt else _recent(doc, ex, ms, qs)
    return None


def _before(doc: Document, ex: Extraction, ms, seg, qs: int) -> str | None:
    """The speaker the text before the quote names: a verb or colon leading in, or reported speech."""
    text = doc.text
    before = text[max(seg.start, qs - 200) : qs]
    if BEFORE.search(before):
        prev = [m for m in ms if seg.start <= m.start < qs]
        return ex.person(prev[-1].name).name if prev else _recent(doc, ex, ms, qs)
    if re.search(r"[^\s:]\s*:\s*$", before):
        # 'The minister, Jane Doe, was blunt: "..."': a colon after a sentence naming one person.
        sent_start = ([x.end() for x in SENT_END.finditer(text, seg.start, qs)] or [seg.start])[-1]
        allm = mentions(doc)
        idx = [
            k
            for k, m in enumerate(allm)
            if sent_start <= m.start < qs
            and not ex.organisation(m.name)
            and not unnamed_subject_place(text[sent_start : m.start])
        ]
        if idx:
            p = ex.person(allm[idx[-1]].name)
            return p.name if p else register_speaker(doc, ex, idx[-1], "quoted").name
    if not before.strip():
        # 'X made the following statement:' closing the previous paragraph introduces this quote.
        prior = [s for s in doc.segments if s.end <= seg.start and s.kind in ("paragraph", "bullet")]
        if prior and BEFORE.search(text[max(prior[-1].start, prior[-1].end - 200) : prior[-1].end]):
            prev = [m for m in ms if prior[-1].start <= m.start < prior[-1].end]
            return ex.person(prev[-1].name).name if prev else _recent(doc, ex, ms, qs)
    # "She noted that migrants face “...”": a quoted fragment inside reported speech.
    starts = [x.end() for x in SENT_END.finditer(text, seg.start, qs)]
    rm = REPORTED.match(text, starts[-1] if starts else seg.start, qs)
    if rm:
        if rm.group("pron"):
            return _recent(doc, ex, ms, qs)
        who = _resolve(ex, rm.group("who"))
        if who:
            return who  # "The Minister urged ..." names no one: read on
    # "Opening the seminar, the Deputy Head, Jane Doe, reminded participants that “...”": a speaker and a
    # speech verb earlier in the same sentence, with no other quote in between.
    sent_start = starts[-1] if starts else seg.start
    if '"' not in text[sent_start:qs] and "“" not in text[sent_start:qs]:
        for rm in reversed(list(REPORTED_IN.finditer(text, sent_start, qs))):
            who = _resolve(ex, rm.group("who"))
            if who:
                return who
        return _reported_other(doc, ex, ms, sent_start, qs)
    return None


def _reported_other(doc: Document, ex: Extraction, ms, sent_start: int, qs: int) -> str | None:
    """ "The Minister urged donors to act “...”", "Most children, he noted, live “...”", "According to
    Ms. Doe, young people “...”": a title, a pronoun aside or "according to" earlier in the sentence."""
    text = doc.text
    tm = TITLE_REPORTED.match(text, sent_start, qs)
    lead = None if tm else LEAD_CLAUSE.match(text, sent_start, qs)
    if lead:  # "Speaking ahead of the meeting, the Minister warned that ..."
        tm = TITLE_REPORTED.match(text, lead.end(), qs)
    if tm:
        return _titled(ex, tm.group("title"), qs) or _recent(doc, ex, ms, qs)
    if PRONOUN_ASIDE.search(text, sent_start, qs):
        return _recent(doc, ex, ms, qs)
    if VERB_THAT.search(text, max(sent_start, qs - 80), qs):
        # "X, WFP Ambassador, performed ... and told the audience that “...”": the sentence's last speaker.
        named = [m for m in ms if sent_start <= m.start < qs]
        if named:
            return ex.person(named[-1].name).name
    # The sentence split after "Ms." may fall inside "According to Ms. Doe,": look a little further back.
    acc = ACCORDING_IN.search(text, max(0, sent_start - 40), qs)
    if acc and acc.end() > sent_start:
        return _resolve(ex, acc.group("who"))
    return _said_in_sentence(ex, ms, sent_start, qs, text)


def _said_in_sentence(ex: Extraction, ms, sent_start: int, qs: int, text: str) -> str | None:
    """ "Jane Doe of the Lakeport Union (LU) said the fees were “a trap for workers”", "Dr. Jo Lee, Dean
    of the School, said the illness remained “a burden on the poor”": a quoted fragment in reported speech
    goes to the person named last before the sentence's speech verb, across the appositive or "of" phrase
    that keeps the name from touching the verb."""
    verbs = list(SAID_IN.finditer(text, sent_start, qs))
    if not verbs:
        return None
    at = verbs[-1].start()
    named = [m for m in ms if m.end > sent_start and m.end <= at]
    return ex.person(named[-1].name).name if named else None


def _titled(ex: Extraction, title: str, pos: int) -> str | None:
    """The person whose stated role holds the title ("the Minister" -> "Minister of Public Health")."""
    words = [w for w in title.split()[1:] if w[0].isupper()]
    hits = [
        a.person
        for a in ex.affiliations
        if a.role and a.span.start < pos and all(w in a.role.split() for w in words)
    ]
    return hits[-1] if hits else None


def _resolve(ex: Extraction, who: str) -> str | None:
    """A written name or bare surname ("Mr. Ryder") -> the release's person."""
    bare = re.sub(rf"^{HONORIFIC}\s+", "", who).strip()
    p = ex.person(bare) or ex.person(who)
    if p:
        return p.name
    last = bare.split()[-1]
    hits = [p for p in ex.people if p.name.split()[-1] == last]
    if not hits:
        # "Vice Minister Alvarado" for "Rodrigo Alvarado Solis": a double family name is cut to its first.
        inner = [p for p in ex.people if last in p.name.split()[1:-1]]
        hits = inner if len(inner) == 1 else []
    return hits[-1].name if hits else None


def _recent(doc: Document, ex: Extraction, ms, pos: int) -> str | None:
    """The speaker mentioned most recently before `pos` (pronoun resolution)."""
    speakers = {s.person for s in ex.speeches}
    prev = [m for m in ms if m.start < pos and ex.person(m.name) and ex.person(m.name).name in speakers]
    prev = agreeing(doc.text, prev, pos)  # 'Ms Tan ... "...," he said': not hers
    newcomer = paragraph_newcomer(doc, ex, prev[-1] if prev else None, pos)
    if newcomer is not None:  # 'Among the trainees was Jane Doe, 41. "...," she said.'
        return register_speaker(doc, ex, newcomer, "quoted").name
    if prev and ANONYMOUS.search(doc.text, prev[-1].end, pos):
        return None  # '... A young mother gave birth here. "...," she said.': the pronoun is hers, unnamed
    if prev:
        later = surname_after(doc, ex, speakers, prev[-1].end, pos)  # 'Doe said ... "...," he noted.'
        return later or ex.person(prev[-1].name).name
    earlier = [s for s in ex.speeches if s.span.start < pos]
    if earlier:
        return max(earlier, key=lambda s: s.span.start).person
    # Nobody has spoken yet: the person named last before the quote ("... closed the talks. '...,' he said").
    allm = mentions(doc)
    idx = [
        k for k, m in enumerate(allm) if m.start < pos and pos - m.start < 800 and not ex.organisation(m.name)
    ]
    return register_speaker(doc, ex, idx[-1], "quoted").name if idx else None
