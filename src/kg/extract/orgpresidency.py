"""A bare "the Presidency" is the government that holds a rotating presidency the release names.

"the Lakeland Presidency of the Council ... co-organised by the Presidency and the Commission": a release
of a rotating presidency names it once with its country ("Lakeland Presidency", "Lakelandic Presidency")
and then as "the Presidency". The presidency acts for the country's government (annotators list it as
the government's form), so a bare "Presidency" folds into the government of the one country the text
names a Presidency after. With two such countries ("the outgoing Lakeland Presidency and the incoming
Harbourland Presidency") the bare form stays as it is.
"""

from __future__ import annotations

from kg.extract.orgfold import fold_into
from kg.extract.orgnames import country_code
from kg.model import Document, Extraction

BARE = ("Presidency", "the Presidency", "The Presidency")


def _presidency_countries(text: str) -> dict[str, str]:
    """Country code -> the text's "X Presidency" form, for every country word right before "Presidency"."""
    found: dict[str, str] = {}
    i = text.find(" Presidency")
    while i != -1:
        word = text[max(0, i - 40) : i].split()[-1:] if i else []
        if word:
            code = country_code(word[0].strip("(\"'“"))
            if code:
                found.setdefault(code, f"{word[0]} Presidency")
        i = text.find(" Presidency", i + 1)
    return found


def fold_bare_presidency(doc: Document, ex: Extraction) -> None:
    """Fold a bare "Presidency" into the government of the one country named with a Presidency."""
    bare = next((o for o in ex.organisations if o.name in BARE), None)
    if bare is None:
        return
    countries = _presidency_countries(doc.text)
    if len(countries) != 1:
        return
    code, form = next(iter(countries.items()))
    gov = next((o for o in ex.organisations if o.kind == "government" and o.country == code), None)
    if gov is None:
        return
    fold_into(ex, bare, gov, form)
