"""Speakers found through another speaker they are joined to: "A and B spoke", "remarks were
delivered by A, ..., and by Ms. B", "A opened the summit together with the Chair of X, Prof. B".

These passes run after `people.find_people` has registered the speakers it read directly, and only
extend that set along coordination, so they live apart from the main loop. They register through
`people.register_speaker` (imported where used: `people` imports this module).
"""

from __future__ import annotations

import re

from kg.extract.persons import Mention
from kg.extract.personwords import TITLE_ALTERNATION
from kg.extract.speechverbs import VERB_AFTER
from kg.model import Document, Extraction, Span

# Between two coordinated names: A's appositive, "and", then B's own title ("A, Minister of X, and the
# Director-General of Y, Dr. B, both stressed").
COORDINATED = re.compile(
    # "A of the Lakeport Labour Organization (LLO) and B of Y also addressed": the body may carry its acronym.
    r"(?:,[^;.\"“”]{0,120}?,|\s*\([^()]{1,60}\)|\s+(?:of|from)\s+(?:the\s+)?[A-Z][^;.,\"“”()]{1,80}?"
    r"(?:\s*\([A-Z][\w&-]{1,12}\))?)?"
    r"\s*(?:,\s*and|and|&)\s*"
    r"(?:(?:the\s+)?[^;.\"“”,()]{1,80},\s*(?:(?:Dr|Prof|Mr|Mrs|Ms|Eng|Hon|H\.\s?E)\.?\s+)*"
    # "A of the X Federation and Ms. B, a journalist, also presented"
    r"|(?:(?:Dr|Prof|Mr|Mrs|Ms|Eng|Hon)\.?\s+)+"
    # "A and ICMPD Project Manager B presented": B's own title, capitalised words ending in a title word.
    rf"|(?:[A-Z][\w'’\-]*\s+){{0,5}}(?:{TITLE_ALTERNATION})\s+)?"
)


AND_BY = re.compile(
    r"(?:,[^;.\"“”]{0,120}?)?,?\s+and\s+by\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Eng|Hon|H\.\s?E)\.?\s+)*"
)


def coordinated_speakers(doc: Document, ex: Extraction, ms: list[Mention], sents: list[Span]) -> None:
    """ "Jane Kim and Rahul Mehta co-chaired the meeting": a name joined by "and" to a speaker whose verb
    follows both names speaks too."""
    from kg.extract.people import mention_context, register_speaker

    text = doc.text
    speakers = {s.person for s in ex.speeches}
    for i in range(len(ms) - 2, -1, -1):
        a, b = ms[i], ms[i + 1]
        p = ex.person(b.name)
        if ex.person(a.name) or p is None or p.name not in speakers:
            continue
        # "A and B spoke", "A, Director of X, and B, Head of Y, also spoke"
        if not COORDINATED.fullmatch(text, a.end, b.start):
            continue
        ctx = mention_context(doc, ms, i + 1, sents)
        if ctx and VERB_AFTER.match(ctx[2]) and ctx[0].start <= a.start:
            register_speaker(doc, ex, i, VERB_AFTER.match(ctx[2]).group(0).split()[-1])
            speakers.add(a.name)
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        p = ex.person(a.name)
        # "Remarks were delivered by A, Ambassador of X, and by Ms. B": B shares the act "by" names.
        if (
            p is not None
            and p.name in speakers
            and not ex.person(b.name)
            and AND_BY.fullmatch(text, a.end, b.start)
        ):
            register_speaker(doc, ex, i + 1, "addressed")
            speakers.add(b.name)


# "A opened the summit together with the Chair of X, Prof. Dr. B": B shares A's act on the event.
JOINT_ACT = re.compile(
    # "A, Minister of X, then addressed participants together with B": an adverb of sequence may come first.
    r"^,?\s+(?:(?:then|also|later|subsequently|first)\s+)?(?:opened|closed|co-chaired|chaired|addressed|launched|presented)\s+[^;\"“”]{1,80}?\s+"
    # The title may hold commas ("the Deputy Minister for Industry, Trade and Marketing, Hon. B").
    r"(?:together|jointly)\s+with\s+(?:the\s+[^;.\"“”()]{1,100}?,\s*)?(?:(?:Dr|Prof|Mr|Mrs|Ms|Hon)\.?\s+)*$"
)


def joint_openers(doc: Document, ex: Extraction, ms: list[Mention], sents: list[Span]) -> None:
    """ "A opened the summit together with B": a name after "together with" does what A did."""
    from kg.extract.people import register_speaker

    text = doc.text
    if "with" not in text:
        return
    for i in range(1, len(ms)):
        a, b = ms[i - 1], ms[i]
        if ex.person(b.name) or not ex.person(a.name):
            continue
        gap = text[a.end : b.start]
        if "with" not in gap:
            continue
        # A's appositive ("A, Alderman for X, opened ...") comes first.
        gap = re.sub(r"^,[^;.\"“”]{0,120}?,(?=\s+\w+ed\b)", "", gap)
        if JOINT_ACT.match(gap):
            register_speaker(doc, ex, i, "addressed")
