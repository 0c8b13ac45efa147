"""Speakers added to a speaking act already told: "A and B also addressed the workshop, as did C, Deputy
Head of X", "A addressed participants together with B, Head of Y, and C, Director of Z".

The writer names the act once and then lists who else did it, either with "as did" after the clause or
as a list continued after the first "together with" name. The added names share the act: they speak at
the event as the first speaker does. Both passes need a speaker already registered in the same sentence,
so a name after "as did" in a sentence with no speaker ("as did the Government of X") gives nothing.
"""

from __future__ import annotations

import re

from kg.extract.persons import HONORIFIC, Mention
from kg.model import Document, Extraction, Span

# ", as did C": right before the added name, after a clause that holds the act.
AS_DID = re.compile(rf",\s+as\s+did\s+(?:{HONORIFIC}\s+)*$")
# "together with B, <B's title>, and C": the list that continues after the first joint speaker.
LIST_ON = re.compile(rf"^,[^;.\"“”()]{{0,160}}?,\s*and\s+(?:{HONORIFIC}\s+)*$")
JOINED = re.compile(rf"(?:together|jointly)\s+with\s+(?:{HONORIFIC}\s+)*$")


def also_speakers(doc: Document, ex: Extraction, ms: list[Mention], sents: list[Span]) -> None:
    """Register the names that "as did" adds to a speaker's act, and those that continue a list of
    speakers joined "together with" a first one."""
    from kg.extract.people import register_speaker

    text = doc.text
    if "as did" not in text and "together with" not in text:
        return
    speakers = {s.person for s in ex.speeches}
    for i in range(1, len(ms)):
        a, b = ms[i - 1], ms[i]
        pa = ex.person(a.name)
        pb = ex.person(b.name)
        if (pb and pb.name in speakers) or pa is None or pa.name not in speakers:
            continue
        sent = next((s for s in sents if s.start <= b.start < s.end), None)
        if sent is None or a.start < sent.start:
            continue
        gap = text[a.end : b.start]
        listed = LIST_ON.match(gap) is not None and _joined_with(text, ms, i - 1, sent)
        if AS_DID.search(gap) or listed:
            register_speaker(doc, ex, i, "addressed")
            speakers.add(b.name)


def _joined_with(text: str, ms: list[Mention], j: int, sent: Span) -> bool:
    """Mention j is the first name after "together/jointly with" in its sentence."""
    prev_end = ms[j - 1].end if j > 0 and ms[j - 1].end > sent.start else sent.start
    lead = text[prev_end : ms[j].start]
    return JOINED.search(lead) is not None
