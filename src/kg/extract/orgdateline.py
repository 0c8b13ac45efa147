"""The news service named in a dateline's bracket is no actor of the release.

Wire and information-service releases open "CITY, 16 June (ACR) - ..." or "CITY, 9 November (Lakeland
Information Service) -- ...": the bracket says who put the text out, as a byline does, and annotators leave
that service out unless the release names it elsewhere (a contact line, a heading, an act of its own). An
organisation every mention of which is such a bracket or the service's reference code over the text
("ACR/NAR/861"), and that no relation names, is dropped.
"""

from __future__ import annotations

from kg.model import Document, Extraction

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
DASHES = ("-", "–", "—")


def _in_dateline_bracket(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] fills the bracket of "CITY, 16 June (X) -" at the head of its line."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return False
    after = text[end + 1 : end + 5].lstrip(" ")
    if not after.startswith(DASHES):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start : start - 1]
    if "," not in head or len(head) > 60:
        return False
    place = head.split(",", 1)[0]
    return place.strip()[:1].isupper() and any(m in head for m in MONTHS)


def _occurrences(text: str, form: str) -> list[int]:
    """Where `form` stands as whole words in `text`."""
    out = []
    i = text.find(form)
    while i >= 0:
        before = text[i - 1 : i]
        after = text[i + len(form) : i + len(form) + 1]
        if not (before.isalnum() or after.isalnum()):
            out.append(i)
        i = text.find(form, i + 1)
    return out


def _byline_only(text: str, forms: list[str]) -> bool:
    """Whether every mention of the forms is a dateline bracket or a reference code ("ACR/NAR/861")."""
    seen = False
    for form in forms:
        for i in _occurrences(text, form):
            seen = True
            end = i + len(form)
            code = text[end : end + 1] == "/" and (i == 0 or text[i - 1] == "\n")  # "ACR/NAR/861" line
            if not (_in_dateline_bracket(text, i, end) or code):
                return False
    return seen


def drop_dateline_agencies(doc: Document, ex: Extraction) -> None:
    """Drop organisations named only in a dateline's bracket (or its reference code) and in no relation."""
    text = doc.text
    if " (" not in text:
        return
    used_keys = {u.casefold() for u in ex.named_by_relations()}
    for org in list(ex.organisations):
        if any(f.casefold() in used_keys for f in org.forms):
            continue
        if _byline_only(text, org.forms):
            ex.organisations.remove(org)
