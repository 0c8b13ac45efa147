"""Who commits in a list intro: the body that pledges, by where the release mentions it.

"Under the plan, the Government commits to the following actions:" and "The plan commits the Government
to six priority actions:" make the listed actions the Government's own, whoever drafted the plan. The
body is often named only by a re-mention ("the Government", "the Ministry") that the organisation
components have already resolved to a span of the body, so the author is read off those spans rather
than off the intro's words: the body mentioned between the verb and its "to" (the one committed), else
the body mentioned right before the verb (the one committing), unless a "by" hands that one a lesser part
("The plan, developed by the Committee, commits ...").
"""

from __future__ import annotations

import re

from kg.model import Extraction, Span

# "commits to", "committed themselves to", "undertook to", "pledges to", "commits the Government to".
PLEDGE = re.compile(
    r"\b(?:commit(?:s|ted)?|undert(?:ake|akes|ook)|pledg(?:e|es|ed)|(?:is|are)\s+committed)\b"
    r"(?P<object>[^:;.]{0,80}?)\s+to\b"
)


# Words that may stand between the committing body and its verb ("the Government also commits to").
ADVERBS = frozenset("also today further hereby therefore formally now jointly thus".split())


def pledger(ex: Extraction, text: str, span: Span) -> str | None:
    """The organisation that commits in the intro `text` (the release's own text at `span`), or None."""
    m = PLEDGE.search(text)
    if m is None:
        return None
    verb_at, obj = span.start + m.start(), (span.start + m.start("object"), span.start + m.end("object"))
    before: tuple[int, int, str] | None = None
    for org in ex.organisations:
        for s in org.spans:
            if obj[0] <= s.start and s.end <= obj[1]:
                return org.name
            if span.start <= s.start and s.end <= verb_at and (before is None or s.start > before[0]):
                before = (s.start, s.end, org.name)
    if before is None:
        return None
    between = text[before[1] - span.start : verb_at - span.start].split()
    if any(w not in ADVERBS for w in between):
        return None  # "IGAD Member States pledge to": the body qualifies the ones who commit
    lead = text[: before[0] - span.start].rstrip()
    if lead.endswith((" by", " from", " with")):
        return None
    return before[2]
