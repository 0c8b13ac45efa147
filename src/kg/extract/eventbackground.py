"""Past events told in a release's background notes are history, not events of the release.

After the body, releases close with boilerplate: an "-ENDS-" or "###" marker, "Notes to editors", "About
the Lakeport Network: ...". Those paragraphs describe the organisation, and when they name an event it is
usually one it held years ago ("In 2004 the network held a regional conference in Port Elara"). A
sentence there that dates itself to a year before the release's year reports a past event; a note that
gives the release's own event its dates ("The conference takes place on 3-4 May 2022") keeps its year and
stays.
"""

from __future__ import annotations

import re

from kg.extract.places import dateline
from kg.model import Document

# A line that closes the body or opens the background notes.
_MARKER = re.compile(
    r"^[ \t]*(?:-*\s*(?:ENDS|Ends|ends)\s*-*[ \t]*$|#{3}|(?:NOTES?|Notes?)\s+(?:TO|FOR|to|for)\s+"
    r"(?:the\s+)?(?:EDITORS?|[Ee]ditors?)\b|(?:About|ABOUT)\s+(?:the\s+)?[A-Z])",
    re.M,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _release_year(doc: Document) -> int | None:
    dl = dateline(doc)
    found = _YEAR.search(dl.date) if dl and dl.date else None
    if found is None:  # a dateline in a town the gazetteer lacks: its segment still gives the year
        lines = doc.of_kind("dateline")
        found = _YEAR.search(doc.text, lines[0].start, lines[0].end) if lines else None
    return int(found.group()) if found else None


def background_start(doc: Document) -> int | None:
    """Where the background notes start (the first closing marker after the first paragraph), if any."""
    if "background_start" not in doc.cache:
        paragraphs = doc.of_kind("paragraph")
        found = _MARKER.search(doc.text, paragraphs[0].end if paragraphs else 0)
        doc.cache["background_start"] = found.start() if found else None
    return doc.cache["background_start"]


def past_background(doc: Document, flat: str, start: int, end: int) -> bool:
    """The sentence [start, end) lies in the background notes and dates itself before the release's year."""
    begin = background_start(doc)
    if begin is None or start < begin:
        return False
    year = _release_year(doc)
    if year is None:
        return False
    years = [int(y) for y in _YEAR.findall(flat, start, end)]
    return bool(years) and max(years) < year
