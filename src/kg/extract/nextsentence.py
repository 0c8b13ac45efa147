"""The sentence right after the one that names a speaker, for the rules that read her office from it.

Releases often name a speaker bare ("Also addressing the session was Jane Doe.") and say what she does in
the next sentence ("She is the Director of ...", "The Lakeport-based researcher said ...", "The ACME
Director General told ..."). Three rules read those sentences (`sentafter`, `descriptionafter`,
`titledefinite`); they share one walk over the speakers that still lack an office and one notion of
"the next sentence" (closed within 200 characters, in the same paragraph, before the next name), so the
three cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.persons import Mention
from kg.model import Affiliation, Extraction


def sentence_after(text: str, ms: list[Mention], k: int) -> tuple[int, int] | None:
    """(dot, stop): the full stop that closes mention k's sentence and where the next name starts, or
    None when the sentence runs past 200 characters, into the next paragraph or past the next name."""
    m = ms[k]
    stop = ms[k + 1].start if k + 1 < len(ms) else len(text)
    dot = text.find(".", m.end, min(stop, m.end + 200))
    if dot < 0 or "\n\n" in text[m.end : dot]:
        return None
    return dot, stop


def officeless_speakers(
    ex: Extraction, ms: list[Mention], *, bare_only: bool = False
) -> Iterator[tuple[int, Mention, Affiliation | None]]:
    """(k, mention, its affiliation or None) for each mention of a speaker with no role and no
    organisation yet; with `bare_only`, only speakers with no affiliation at all. Looked up as the
    caller goes, so an office given to one mention is seen at the next."""
    speakers = {s.person for s in ex.speeches}
    for k, m in enumerate(ms):
        if m.name not in speakers:
            continue
        old = next((a for a in ex.affiliations if a.person == m.name), None)
        if old is not None and (bare_only or old.role or old.organisation):
            continue
        yield k, m, old


def give_office(ex: Extraction, old: Affiliation | None, new: Affiliation) -> None:
    """Record `new` as the speaker's affiliation in place of the empty one she had, if any."""
    if old is not None:
        ex.affiliations.remove(old)
    ex.affiliations.append(new)
