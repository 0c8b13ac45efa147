"""Quotes: passages in double quotes attributed to a speaker.

A quote counts only with an attribution signal: a speech verb right after it
('..., she said', '... said Name') or right before it ('Name said, "...'), or it
continues a quote already attributed in the same paragraph. Pronouns resolve to
the most recent speaker. Scare quotes and quoted titles (short, Title Case) are skipped.
"""

from __future__ import annotations

import re

from kg.extract.persons import HONORIFIC, mentions
from kg.extract.registry import component
from kg.model import Document, Extraction, Quote, Span, Speech

QUOTE = re.compile(r"[\"“]([^\"“”]{3,2000}?)[\"”]")
VERB = (
    r"said|says|told|stated|noted|stressed|urged|highlighted|added|explained|emphasi[sz]ed|warned|announced|"
    r"remarked|commented|declared|underlined|continued|concluded|insisted|observed|asked|recalled"
)
AFTER = re.compile(
    rf"^\s*,?\s*(?:(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+(?:{VERB})|"
    rf"(?P<who>(?:{HONORIFIC}\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)\s+(?:{VERB})|(?:{VERB})\b)"
)
BEFORE = re.compile(rf"\b(?:{VERB})(?:\s+that)?\s*(?:,|:)?\s*$", re.I)
PRONOUN_SAID = re.compile(rf"^\s*,?\s*(?:he|she|they)\s+(?:{VERB})", re.I)


def _is_title(q: str) -> bool:
    words = q.split()
    if len(words) < 5:
        return True
    caps = [w for w in words if len(w) > 3]
    return bool(caps) and sum(w[0].isupper() for w in caps) >= 0.6 * len(caps) and len(words) <= 20


@component("quotes")
def find_quotes(doc: Document, ex: Extraction) -> None:
    text = doc.text
    ms = [m for m in mentions(doc) if ex.person(m.name)]
    last_in_para: dict[int, tuple[str, int]] = {}
    for seg in doc.of_kind("paragraph", "bullet"):
        for q in QUOTE.finditer(text, seg.start, seg.end):
            body = re.sub(r"\s+", " ", q.group(1)).strip().rstrip(",.").strip()
            if _is_title(body):
                continue
            after = text[q.end() : min(seg.end, q.end() + 160)]
            before = text[max(seg.start, q.start() - 200) : q.start()]
            speaker = None
            am = AFTER.match(after)
            if am:
                if am.group("pron"):
                    speaker = _recent(ex, ms, q.start())
                elif am.group("who"):
                    speaker = _resolve(ex, am.group("who")) or _recent(ex, ms, q.start())
                else:
                    nxt = next((m for m in ms if q.end() <= m.start < q.end() + 140), None)
                    speaker = ex.person(nxt.name).name if nxt else _recent(ex, ms, q.start())
            elif BEFORE.search(before):
                prev = [m for m in ms if seg.start <= m.start < q.start()]
                speaker = ex.person(prev[-1].name).name if prev else _recent(ex, ms, q.start())
            elif seg.start in last_in_para and re.search(
                r"[.!?:]\s*$", text[last_in_para[seg.start][1] : q.start()]
            ):
                # A further quote opening a new sentence continues the same speaker.
                speaker = last_in_para[seg.start][0]
            if speaker is None:
                continue
            last_in_para[seg.start] = (speaker, q.end())
            ex.quotes.append(Quote(body, Span(q.start(), q.end()), speaker))
            if not any(s.person == speaker for s in ex.speeches):
                ex.speeches.append(Speech(speaker, Span(q.start(), q.end()), verb="quoted"))


def _resolve(ex: Extraction, who: str) -> str | None:
    """A written name or bare surname ("Mr. Ryder") -> the release's person."""
    bare = re.sub(rf"^{HONORIFIC}\s+", "", who).strip()
    p = ex.person(bare) or ex.person(who)
    if p:
        return p.name
    last = bare.split()[-1]
    hits = [p for p in ex.people if p.name.split()[-1] == last]
    return hits[-1].name if hits else None


def _recent(ex: Extraction, ms, pos: int) -> str | None:
    """The speaker mentioned most recently before `pos` (pronoun resolution)."""
    speakers = {s.person for s in ex.speeches}
    prev = [m for m in ms if m.start < pos and ex.person(m.name) and ex.person(m.name).name in speakers]
    if prev:
        return ex.person(prev[-1].name).name
    return ex.speeches[-1].person if ex.speeches else None
