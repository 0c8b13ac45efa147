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
from kg.extract.recauthors import call_author, intro_author
from kg.extract.reccoord import gerund_parts, verb_gerund_parts, verb_parts
from kg.extract.recdoclists import DOC_LIST_LEAD, document_contents
from kg.extract.recimperative import imperative_list
from kg.extract.recparagraphs import paragraph_items
from kg.extract.recpatterns import (
    AND_SPEECH,
    CALL_NOUN,
    CALL_WORD,
    CONCLUSIONS_INTRO,
    COORD,
    HEADING_INTRO,
    INLINE_BULLET,
    INLINE_LIST,
    INTRO,
    INTRO_FOR,
    ITEM_CALL,
    MODAL_ITEM,
    NEED,
    NEXT_CALL,
    NOT_A_CALL_BEFORE,
    PASSIVE_BEFORE,
    PROPOSED,
    PROSE,
    REQUIRE,
    SAID,
    THAT_CALL,
    THAT_INTRO,
    TO_ITEM,
    close_at_bracketed_number,
)
from kg.extract.recrelative import restrictive_who_before
from kg.extract.recrunin import run_in_items
from kg.extract.recsaid import said_call_start
from kg.extract.registry import component
from kg.model import Document, Extraction, Recommendation, Span

# "recommended that the dialogue meet again": the that-clause is the call, as a list item would give it.
VERB_THAT = re.compile(
    r"(?:recommend(?:ed|s)?|propos(?:ed|es)|suggest(?:ed|s)|request(?:ed|s))\s+that\s+", re.I
)
SPACES = re.compile(r"\s+")  # precompiled: applied to every name and sentence


def _clean(text: str) -> str:
    text = " ".join(text.split())  # SPACES.sub(" ", text).strip(): str and re agree on whitespace
    if text.endswith(('"', "”")) and (text.count('"') + text.count("“") + text.count("”")) % 2 == 1:
        text = text[:-1]  # '- allow workers to change employers."': the last bullet closes a quoted statement
    return text.rstrip(";.,: ").removesuffix(" and").removesuffix(" or").strip()


def _bullets(doc: Document, ex: Extraction) -> None:
    segs = doc.segments
    orders: dict[int, bool] = {}  # intro segment -> whether its list is one of orders ("1. Establish ...")
    for i, seg in enumerate(segs):
        if seg.kind != "bullet":
            continue
        intro_idx = seg.intro
        if intro_idx is None:
            intro_idx = next((j for j in range(i - 1, -1, -1) if segs[j].kind != "bullet"), None)
        if intro_idx is None:
            continue
        intro = SPACES.sub(" ", doc.segment_text(segs[intro_idx]))
        item = doc.segment_text(seg)
        modal = THAT_INTRO.search(intro) is not None and MODAL_ITEM.search(item) is not None
        if not modal and CONCLUSIONS_INTRO.search(intro):
            modal = TO_ITEM.match(item) is not None  # "Conclusions include:" / "- States to designate ..."
        head = item.lstrip()
        head = head[:1].lower() + head[1:]  # a declaration's "Commit to ...", "Call on ..."
        if not modal and intro.rstrip().endswith(":") and ITEM_CALL.match(head):
            modal = True  # "The agencies:" / "(b) called on donors to ...": the item carries its own call
        if not _is_intro(intro) and not modal:
            if not intro.rstrip().endswith(":"):
                continue
            if intro_idx not in orders:  # one test per list, not per bullet
                orders[intro_idx] = imperative_list(intro, _siblings(doc, segs, i))
            if not orders[intro_idx]:
                continue
        if DOC_LIST_LEAD.match(intro) and document_contents(intro, _siblings(doc, segs, i)):
            continue  # "The Plan sets out five priorities: Prevention ...; Protection ...": its contents
        by = intro_author(ex, intro, Span(segs[intro_idx].start, segs[intro_idx].end))
        to = INTRO_FOR.search(intro)
        text = _clean(doc.segment_text(seg))
        if text:
            ex.recommendations.append(
                Recommendation(
                    text, Span(seg.start, seg.end), by=by, addressee=_clean(to.group("to")) if to else None
                )
            )


def _siblings(doc: Document, segs: list, i: int) -> list[str]:
    """The texts of the run of bullets that holds bullet `i`."""
    lo = i
    while lo > 0 and segs[lo - 1].kind == "bullet":
        lo -= 1
    hi = i
    while hi + 1 < len(segs) and segs[hi + 1].kind == "bullet":
        hi += 1
    return [doc.segment_text(s) for s in segs[lo : hi + 1]]


def _is_intro(intro: str) -> bool:
    """A list intro that announces calls: "... recommended that:", or a short heading such as
    "Key recommendations" / "The recommendations include" without a colon."""
    stripped = intro.strip()
    if stripped.endswith(":"):
        return bool(INTRO.search(stripped))
    return len(stripped) < 80 and bool(HEADING_INTRO.search(stripped))


# Every NEED match holds one of these words ("need", "We ...", "It is ...", an actor's "should" ...).
NEED_WORDS = (
    "need",
    "We",
    "It",
    "should",
    "must",
    "have",
    "ought",
    "I ask",
    "I urge",
    "I call",
    "I appeal",
    "I also",
    "I again",
    "I now",
    "I therefore",
)


def _may_need(sentence: str) -> bool:
    """A cheap test before NEED, which is tried at every position of sentences that mostly lack them."""
    return any(w in sentence for w in NEED_WORDS)


def _prose(doc: Document, ex: Extraction) -> None:
    text = doc.text
    prev_hit = False
    heads = [(h.start, h.end) for h in doc.of_kind("headline")] + _headline_like(doc)
    first = len(ex.recommendations)
    for sent in sentences(doc, ("headline", "paragraph")):
        s = text[sent.start : sent.end]
        hits: list[tuple[int, int]] = []
        if s.rstrip().endswith(":"):
            prev_hit = False
            continue  # "The report calls on governments to:": a list intro; its items are the calls
        run_in = run_in_items(s) if ";" in s else None
        if run_in:  # "Participants agreed on three steps: A; B; and C.": each item is a call
            by, speaker = call_author(ex, doc, Span(sent.start, sent.end), run_in[0])
            for a, b in run_in[1]:
                span = Span(sent.start + a, sent.start + b)
                ex.recommendations.append(Recommendation(_clean(s[a:b]), span, by=by, speaker=speaker))
            prev_hit = True
            continue
        # Most sentences hold no call word: then PROSE, THAT_CALL, INLINE_LIST and PROPOSED cannot match.
        call_word = CALL_WORD.search(s) is not None
        for m in PROSE.finditer(s) if call_word else ():
            noun = m.group("verb").lower().startswith("call") and CALL_NOUN.search(
                s, max(0, m.start() - 40), m.start()
            )  # "ended the workshop with a call for X": the noun still makes a call
            if NOT_A_CALL_BEFORE.search(s, max(0, m.start() - 8), m.start()) and not noun:
                continue
            if m.group("verb").lower().startswith("call to") and not noun:
                continue  # "a wake-up call to everyone": a call to act only after "with/made a call"
            if m.group("verb").lower().startswith("ask") and PASSIVE_BEFORE.search(
                s, max(0, m.start() - 8), m.start()
            ):
                continue  # "Nobody here is asked to sign anything": a task given, not a call made
            if restrictive_who_before(s, m.start()):
                continue  # "every worker who asks for help": which workers, not a call
            end = len(s)
            nxt = NEXT_CALL.search(s, m.end())
            if nxt:
                end = nxt.start()
            hits.append((m.start(), end))
        if not hits and call_word:
            t = THAT_CALL.search(s) or INLINE_LIST.search(s)
            if t:
                hits.append((t.end(), len(s)))
        if not hits:
            said_at = said_call_start(s)
            if said_at is not None:
                hits.append((said_at, len(s)))
        if not hits:
            m = (PROPOSED.search(s) if call_word else None) or (NEED.search(s) if _may_need(s) else None)
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
            body = close_at_bracketed_number(s[a : a + said.start()] if said else s[a:b])
            cut = AND_SPEECH.search(body) if " and " in body else None
            if cut:
                body = body[: cut.start()]
            span = Span(sent.start + a, sent.start + b)
            # '"We must ...," said ILO Director X': the speaker follows the call.
            by, speaker = call_author(
                ex, doc, span, s[:a] + (said.group() if said and said.group()[1:].strip() else "")
            )
            addressee = None
            m = re.match(
                r"(?:urged|urges|urging|calls?\s+on|called\s+on)\s+(?:the\s+)?([\w\s-]{2,40}?)\s+to\b",
                _clean(body),
                re.I,
            )
            if m:
                addressee = m.group(1)
            for off, part in _coordinated(body):
                rec = _clean(part)
                that = VERB_THAT.match(rec)
                if that and len(rec) - that.end() >= 12:
                    rec = rec[that.end() :]  # "recommended that X meet again": the call is the clause
                if len(rec.split()) < 3:
                    continue
                pspan = Span(sent.start + a + off, sent.start + a + off + len(part)) if off else span
                ex.recommendations.append(
                    Recommendation(rec, pspan, by=by, speaker=speaker, addressee=addressee)
                )
    # A headline call restates one of the body's ("IOM Calls for Safe Corridors" over "IOM urged ..."):
    # it is a fact of its own only when the body has no call at all.
    mine = ex.recommendations[first:]
    # Body calls from lists count too ("Roundtable calls for end to X" over a bulleted list of calls).
    body_by = {r.by for r in ex.recommendations if not any(a <= r.span.start < b for a, b in heads)}
    ex.recommendations[first:] = [
        r
        for r in mine
        # A headline call restates the body's calls whoever the body says made them ("Forum closes with
        # call for X" over the participants' list of calls; "BANK SEMINAR URGES X" over "Participants
        # recommended:"): one fact, not two.
        if not (any(a <= r.span.start < b for a, b in heads) and body_by)
    ]


def _headline_like(doc: Document) -> list[tuple[int, int]]:
    """Short unpunctuated one-line paragraphs before the body's first sentence: headlines that
    segmentation left as paragraphs ("Forum calls for end to X" above the dateline)."""
    out: list[tuple[int, int]] = []
    for seg in doc.of_kind("paragraph"):
        block = doc.text[seg.start : seg.end].strip()
        if block.endswith((".", '"', "”")) or len(block) > 300:
            break  # the body has begun
        # A headline may wrap over short lines ("WORLD BANK SEMINAR URGES GRADUAL\n  PENSION REFORM").
        lines = block.split("\n")
        if (
            len(lines) <= 3
            and all(len(x.strip()) < 160 for x in lines)
            and not block.endswith((":", ";", ","))
        ):
            out.append((seg.start, seg.end))
    return out


AND_ON_ADDRESSEE = re.compile(r",?\s+and\s+(?:on|upon)\s+(?=(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,5}?\s+to\s)")


def _coordinated(body: str) -> list[tuple[int, str]]:
    """A call split where its verb's preposition repeats: "called for A, and for B" -> A..., B.
    The first part keeps its verb; later parts start after the repeated "for" / "to" / "that"."""
    first = re.match(
        r"(?:(?:urged|urges|urging|calls?|called|calling)\s+(?:on|upon)\s+[^,;]{2,60}?\s+to|"
        r"(?:calls?|called|calling)\s+for|appeal\w*\s+for|appeal\w*\s+to\s+[^,;]{2,60}?\s+to|"
        r"(?:urged|urges|asked|asks|encouraged|encourages)\s+[^,;]{2,60}?\s+to|"
        # "recommended that A, that B, and that C": one call per that-clause.
        r"(?:recommended|recommends|proposed|proposes|suggested|suggests|requested|requests)\s+that|"
        r"recommendations\s+for)\s+",
        body,
        re.I,
    )
    if not first and " that " in body:
        # "agreed that the Government should A and that donors should B": one call per modal that-clause.
        cuts = [m for m in COORD.finditer(body) if m.group("that")]
        bounds = [0] + [m.end() for m in cuts]
        ends = [m.start() for m in cuts] + [len(body)]
        if cuts and all(MODAL_ITEM.search(body, a, b) for a, b in zip(bounds, ends, strict=True)):
            return [(a, body[a:b]) for a, b in zip(bounds, ends, strict=True)]
    if not first:
        parts = gerund_parts(body) if "ing " in body else []  # "include making A, involving B and ..."
        if not parts and "ing " in body:
            parts = verb_gerund_parts(body)  # "recommended shortening A and adding B"
        return [(a, body[a:b]) for a, b in parts] or [(0, body)]
    prep = next(p for p in ("for", "that", "to") if re.search(rf"{p}\s+$", first.group(), re.I))
    if prep == "to" and " on " in first.group():
        # "called on banks to A and on the government to B": a second addressee, a call of its own.
        cuts = list(AND_ON_ADDRESSEE.finditer(body, first.end()))
        if cuts:
            bounds = [0] + [c.end() for c in cuts]
            ends = [c.start() for c in cuts] + [len(body)]
            return [(a, body[a:b]) for a, b in zip(bounds, ends, strict=True)]
    out: list[tuple[int, str]] = []
    # "recommendations for A, for B": each call is the noun phrase alone
    start = first.end() if body[:1] == "r" and body.startswith("recommendations") else 0
    splits = [m for m in COORD.finditer(body, first.end()) if m.group(prep)]
    if prep == "to" and len(splits) == 1 and "," not in splits[0].group():
        splits = []  # "urged X to A and to B": one call with two aims (a list "to A, to B and to C" splits)
    for m in splits:
        out.append((start, body[start : m.start()]))
        start = m.end()
    if prep == "that" and not out:  # "recommends that X ratify A, extend B and regularise C": three calls
        for k in verb_parts(body, first.end()):
            out.append((start, body[start:k]))
            start = k
    out.append((start, body[start:]))
    return out


def _inline_bullets(doc: Document, ex: Extraction) -> None:
    """Lists that segmentation left as paragraphs: an intro line ending with ':' then marked lines
    ("- ...", "2. ...", "b) ..."), within one paragraph or running on over the next ones."""
    text = doc.text
    intro: tuple[str, Span] | None = None
    items: list[tuple[int, int]] = []
    lists: list[tuple[tuple[str, Span], list[tuple[int, int]]]] = []
    for seg in doc.segments:
        if seg.kind != "paragraph":
            if intro and items:
                lists.append((intro, items))
            intro, items = None, []
            continue
        pos = seg.start
        for line in text[seg.start : seg.end].split("\n"):
            m = INLINE_BULLET.match(line)
            if m and intro is not None:
                items.append((pos + m.start("item"), pos + len(line)))
            elif items and line.startswith((" ", "\t")) and line.strip():
                items[-1] = (items[-1][0], pos + len(line))  # continuation of the previous item
            else:
                if intro and items:
                    lists.append((intro, items))
                items = []
                is_intro = _is_intro(line)
                intro = (line, Span(seg.start, seg.end)) if is_intro else None
            pos += len(line) + 1
    if intro and items:
        lists.append((intro, items))
    for (line, span), found in lists:
        flat_intro = SPACES.sub(" ", line)
        by, to = intro_author(ex, flat_intro, span), INTRO_FOR.search(flat_intro)
        for a, b in found:
            rec = _clean(text[a:b])
            if rec:
                ex.recommendations.append(
                    Recommendation(rec, Span(a, b), by=by, addressee=_clean(to.group("to")) if to else None)
                )


def _paragraph_lists(doc: Document, ex: Extraction) -> None:
    """Calls listed one a paragraph, without bullet marks, after a list intro (`recparagraphs`)."""
    for intro, span, items in paragraph_items(doc, _is_intro):
        by, to = intro_author(ex, intro, span), INTRO_FOR.search(intro)
        for item in items:
            rec = _clean(doc.text[item.start : item.end])
            if rec:
                ex.recommendations.append(
                    Recommendation(rec, item, by=by, addressee=_clean(to.group("to")) if to else None)
                )


@component("recommendations")
def find_recommendations(doc: Document, ex: Extraction) -> None:
    _bullets(doc, ex)
    _inline_bullets(doc, ex)
    _paragraph_lists(doc, ex)
    _prose(doc, ex)
