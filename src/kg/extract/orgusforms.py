"""A United States body the release names only in the short form keeps that form as its name.

The gazetteer spells its bodies out ("United States Agency for International Development"), but a
release that only ever writes "the US Agency for International Development" or "the U.S. Department of
State" names the body that way, and readers list it as the release writes it. When the spelled-out name
never occurs in the text and the release's own "US ..."/"U.S. ..." form does, that form becomes the
preferred name and the spelled-out one an alias.
"""

from __future__ import annotations

from kg.model import Document, Extraction

LONG = "United States "
SHORT = ("US ", "U.S. ")


def prefer_short_us_forms(doc: Document, ex: Extraction) -> None:
    text = doc.text
    for org in ex.organisations:
        if not org.name.startswith(LONG) or org.name in text:
            continue
        rest = org.name[len(LONG) :]
        short = next((a for a in org.aliases if a in (p + rest for p in SHORT) and a in text), None)
        if short is None:
            short = next((p + rest for p in SHORT if (p + rest) in text), None)
        if short is None:
            continue
        org.aliases = [org.name, *(a for a in org.aliases if a != short)]
        org.name = short
