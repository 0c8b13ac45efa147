"""A rotating chair's office named as a body is the chairing country's government.

Intergovernmental processes rotate their chair among member States: "held in Lakeport under the Pro
Tempore Presidency of Chile", then "the meeting was organised by the Pro Tempore Presidency". The office
is no body of its own: while a country holds it, it is that country's government acting as chair, so the
bare office name becomes an alias of the government the text ties it to ("the <office> of <country>").
"""

from __future__ import annotations

import re

from kg.extract.orgfold import fold_into
from kg.extract.orgnames import country_code
from kg.model import Document, Extraction

# The chair's office, as a name of its own (the bare word, or with "Pro Tempore"/"Rotating").
OFFICE = re.compile(
    r"(?:(?:Pro\s+Tempore|Rotating)\s+)?(?:Presidency|Chairmanship|Chairpersonship|Chairship)"
)


def fold_chair_offices(doc: Document, ex: Extraction) -> None:
    """Fold an organisation named only by a chair's office into the government of the country the text
    names after "<office> of" (when the release already has that government)."""
    text = doc.text
    for org in list(ex.organisations):
        if org.aliases or not OFFICE.fullmatch(org.name):
            continue
        code = None
        for m in re.finditer(re.escape(org.name) + r"\s+of\s+(?:the\s+)?", text):
            words = text[m.end() : m.end() + 60].split()[:3]
            for k in (3, 2, 1):
                tail = " ".join(words[:k]).rstrip(".,;:)")
                code = country_code(tail) if tail[:1].isupper() else None
                if code:
                    break
            if code:
                break
        gov = next((o for o in ex.organisations if o.kind == "government" and o.country == code), None)
        if code is None or gov is None:
            continue
        fold_into(ex, org, gov)
