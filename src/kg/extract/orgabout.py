"""An "About X" heading run into the paragraph under it is no name of its own.

A release's closing paragraph often sits under a heading line "About Lakeport Trust" and starts by
naming the body in full ("Lakeport Trust for Rivers was founded ..."). When the heading's line break is
lost, the name finder reads "About Lakeport Trust Lakeport Trust for Rivers" as one name. The heading
words name the body in short: the run is the full name that follows it, and the heading's form is one
of its aliases.
"""

from __future__ import annotations

from kg.extract.orgfold import fold_into
from kg.model import Extraction


def _split_heading(name: str) -> tuple[str, str] | None:
    """The heading's short form and the full name: "About Lakeport Trust Lakeport Trust for Rivers"."""
    if not name.startswith("About "):
        return None
    words = name.split()[1:]
    for k in range(1, len(words) // 2 + 1):
        head, rest = words[:k], words[k:]
        if rest[:k] == head and len(rest) > k:
            return " ".join(head), " ".join(rest)
    return None


def fold_about_headings(ex: Extraction) -> None:
    """Make an "About X X-full-name" run the full name's organisation, with X as its alias."""
    for org in list(ex.organisations):
        parts = _split_heading(org.name)
        if parts is None:
            continue
        short, full = parts
        target = next((o for o in ex.organisations if o is not org and full in o.forms), None)
        for role in ex.event_roles:
            if role.organisation == org.name:
                role.organisation = full
        org.name = full  # the heading's run is no name of the body: it is not kept as a form
        if target is None:
            target = org
        else:
            fold_into(ex, org, target)
        if all(short.casefold() != f.casefold() for f in target.forms):
            target.aliases.append(short)
