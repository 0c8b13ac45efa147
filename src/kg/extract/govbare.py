"""A bare "the Government" in a release about one country: that country's government.

Releases about one country's workshop write "participants urged the Government to ..." or "the
Government would simplify ..." without naming the country again; the reader takes it as the government of
the country the release is about. That country is read off the text: the one named at least three times
and at least twice as often as any other. A release that spreads over several countries says nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.model import Document, Span

# "the Government" as a noun of its own: not "the Government of X", not "the Government Statistician".
BARE = re.compile(r"\b[Tt]he\s+Government\b(?!\s+of\b)(?!\s+[A-Z])(?!-)")
# A page's section heading in capitals run into the paragraph ("WHO WE AREIOM works with the Government"):
# site boilerplate about every country the office serves, not the release's text.
SHOUTED = re.compile(r"\b[A-Z]{2,}\s[A-Z]{2,}\s[A-Z]{2,}")


def _home_country(text: str) -> tuple[str, str] | None:
    """(alpha-2, the text's most used form) of the one country the release keeps naming."""
    from kg.extract.orgnames import countries, country_code, demonym_pattern

    _, cpat = countries()
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for pat, is_name in ((cpat, True), (demonym_pattern(), False)):
        for m in pat.finditer(text):
            surface = " ".join(m.group(0).split())
            code = country_code(surface)
            if code:
                counts[code] += 1
                if is_name:
                    forms.setdefault(code, Counter())[surface] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    code = ranked[0][0]
    form = forms[code].most_common(1)[0][0] if code in forms else None
    return code, form or ""


def bare_government(doc: Document) -> list[tuple[str, Span]]:
    """("Government of X", span of "the Government") for the release's bare mentions of its government."""
    text = doc.text
    if "he Government" not in text:
        return []
    hits = [
        m
        for seg in doc.of_kind("paragraph", "bullet")
        if "he Government" in text[seg.start : seg.end] and not SHOUTED.search(text, seg.start, seg.end)
        for m in BARE.finditer(text, seg.start, seg.end)
    ]
    if not hits:
        return []
    home = _home_country(text)
    if home is None:
        return []
    from kg.extract.orgnames import government_name

    name = government_name(home[0], home[1] or None)
    return [(name, Span(m.start(), m.end())) for m in hits]
