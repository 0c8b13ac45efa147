"""The organisation of a contact block's office line, written above the officer's name.

A closing block often opens with the office before the person ("Press Office, City of Lakeport" or
"Lakeport Water Board Media Unit", then the officer's name, phone and e-mail). The contact's own lines
then name no body, and the contact was left without the organisation the block plainly gives. Here the
short line right above the block's first name, when it is no sentence, lends that contact the
organisation the release knows by a form written in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Extraction

_MAX_LINE = 100


def org_forms_in(ex: Extraction, text: str) -> Iterator[tuple[int, str, str]]:
    """(position, form, canonical name) of each form of a release's organisation written as whole words
    in `text`. Governments are left out: a contact's lines name a country as a place far more often
    than as the body they work for."""
    for o in ex.organisations:
        if o.name.startswith("Government of "):
            continue
        for f in o.forms:
            if len(f) < 3:
                continue
            k = text.find(f)
            if k >= 0 and not text[k + len(f) : k + len(f) + 1].isalnum() and not text[k - 1 : k].isalnum():
                yield k, f, o.name


def office_line_org(ex: Extraction, block: str, offset: int, at: int) -> str | None:
    """The canonical name of the organisation named on the line just above block[at] (the first
    contact's name, which must open its own line), or None."""
    if at <= offset or block[:at].rstrip(" \t")[-1:] != "\n":
        return None
    above = block[offset:at].rstrip().rpartition("\n")[2].strip()
    if not above or len(above) > _MAX_LINE or above.endswith((".", ":", ";")) or "@" in above:
        return None
    found = [(-len(form), name) for _, form, name in org_forms_in(ex, re.sub(r"\s+", " ", above))]
    return min(found)[1] if found else None
