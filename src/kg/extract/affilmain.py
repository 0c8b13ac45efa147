"""The release's own body, for a generic kind noun that owns a title far from any name: "Jane Doe, the
agency's Representative in Lakeland, welcomed ...", several paragraphs after the agency was named.

The kind rule in `affilcontext` takes the organisation named last in the 400 characters before the title;
a generic kind ("the agency", "the organisation") written further on still means the body the release is
about: the non-government, non-ministry organisation whose forms the text uses most before the title (at
least twice, and more often than any other).
"""

from __future__ import annotations

from kg.model import Extraction


def main_body_before(ex: Extraction, text: str, end: int) -> str | None:
    """The organisation mentioned most often in text[:end], when one clearly leads; None otherwise."""
    counts: list[tuple[int, str]] = []
    for o in ex.organisations:
        if o.name.startswith("Government of") or "Ministry" in o.name:
            continue
        n = sum(text.count(f, 0, end) for f in set(o.forms) if len(f) >= 3)
        if n:
            counts.append((n, o.name))
    counts.sort(reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]
