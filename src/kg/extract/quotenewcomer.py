"""A pronoun after a quote that stands for a person the paragraph has just introduced.

'Among the trainees was Jane Doe, 41, from Lakeport. "Now I know why the houses fell," she said.': the
paragraph brings in one new person, who has not spoken yet, and the quote's pronoun is hers, not the last
speaker's from an earlier paragraph. Kept apart from `quotes` (which resolves pronouns to the latest speaker)
because it is the one case where a person who is not yet a speaker wins over one who is.
"""

from __future__ import annotations

from kg.extract.persons import Mention, mentions
from kg.model import Document, Extraction


def paragraph_newcomer(doc: Document, ex: Extraction, last_speaker: Mention | None, pos: int) -> int | None:
    """Index (in `mentions(doc)`) of the one person named in pos's paragraph before pos, when the last
    speaker's mention lies outside that paragraph and that person has not spoken; else None."""
    seg = next((s for s in doc.segments if s.start <= pos < s.end), None)
    if seg is None or seg.kind not in ("paragraph", "bullet"):
        return None
    if last_speaker is not None and last_speaker.start >= seg.start:
        return None
    allm = mentions(doc)
    here = [k for k, m in enumerate(allm) if seg.start <= m.start < pos and not ex.organisation(m.name)]
    if len({allm[k].name for k in here}) != 1:
        # 'Jo Abe, a fisher who now volunteers with Lakeport Aid, told ... "...," he said': the name that
        # opens the paragraph is its subject when the others are capitalised names of no known person.
        opener = here[0] if here and allm[here[0]].start == seg.start else None
        if opener is None or any(ex.person(allm[k].name) for k in here if allm[k].name != allm[opener].name):
            return None
        here = [opener]
    speakers = {s.person for s in ex.speeches}
    p = ex.person(allm[here[0]].name)
    return here[0] if p is None or p.name not in speakers else None
