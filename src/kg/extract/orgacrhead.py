"""A body's short form that keeps its head word: "the Camp Support Cluster (CS Cluster)".

Humanitarian clusters, task forces and similar bodies are often introduced with a short form made of
the acronym and the name's last word ("Emergency Shelter Cluster (ES Cluster)"), not the bare acronym.
The acronym reader only takes a bare acronym in the parenthesis, so that short form became a second
organisation. Here it is folded into the full name as an alias when the text gives it in parentheses
right after the full name and the full name ends in the same word.
"""

from __future__ import annotations

from kg.extract.orgfold import fold_into
from kg.model import Document, Extraction, Organisation


def _acronym_head(name: str) -> tuple[str, str] | None:
    """("ES", "Cluster") for "ES Cluster"; None when the name is not an acronym and one word."""
    parts = name.split()
    if len(parts) != 2:
        return None
    acr, head = parts
    if not (2 <= len(acr) <= 10 and acr.isalpha() and acr.isupper()) or not head[:1].isupper():
        return None
    return acr, head


def fold_headed_acronyms(doc: Document, ex: Extraction) -> None:
    """Make "ACR Head" an alias of "Full Name Head" when the text writes "Full Name Head (ACR Head)"."""
    if "(" not in doc.text:
        return
    for short in list(ex.organisations):
        parts = _acronym_head(short.name)
        if parts is None or short.kind == "government":
            continue
        acr, head = parts
        full = _full_form(doc.text, ex, short, head)
        if full is None:
            continue
        fold_into(ex, short, full)


def _full_form(text: str, ex: Extraction, short: Organisation, head: str) -> Organisation | None:
    """The organisation whose name ends in `head` and is written right before "(short name)"."""
    needle = "(" + short.name + ")"
    for org in ex.organisations:
        if org is short or not org.name.endswith(" " + head) or len(org.name.split()) < 3:
            continue
        for form in org.forms:
            if form.endswith(" " + head) and form + " " + needle in text:
                return org
    return None
