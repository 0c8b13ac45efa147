"""An organisation a release writes in full once and then by the first words of its name only: "the Acme
Migrant Aid Network ... Jane Doe, President of Acme", "Acme Solar Systems, Inc. ... Chief Executive
Officer of Acme Solar". The organisation finder keeps no such short form, so a speaker's role would keep
it ("President of Acme"); this says which organisation the short form stands for.
"""

from __future__ import annotations

from kg.extract.orgnames import country_code
from kg.extract.personwords import STOP
from kg.extract.places import is_place
from kg.extract.titlesplit import has_title
from kg.model import Extraction, Organisation


def name_prefix_org(ex: Extraction, short: str) -> Organisation | None:
    """The one organisation whose name starts with the words of `short` (and goes on), or None."""
    words = short.split()
    if not words or words[0] in STOP or has_title(short) or is_place(short) or country_code(short):
        return None
    hits = [o for o in ex.organisations if o.name.startswith(short + " ")]
    return hits[0] if len(hits) == 1 else None


CONNECTORS = frozenset({"of", "for", "and", "on", "the", "&", "de", "du", "des", "la"})


def glossed_name(text: str, acr: str) -> str | None:
    """ "the Viet Nam Chamber of Commerce and Industry (VCCI)": the capitalised name the text writes before
    `acr` in brackets, its capitals' initials holding the acronym's letters in order, or None."""
    k = text.find(f" ({acr})")
    if k < 0 or not acr.isupper():
        return None
    words = text[max(0, k - 160) : k].split()
    run: list[str] = []
    for w in reversed(words):
        if (w[:1].isupper() and w.replace("-", "").isalpha()) or (w in CONNECTORS and run):
            run.insert(0, w)
        else:
            break
    for i, w in enumerate(run):
        if w[:1] != acr[0]:
            continue
        initials = iter(x[0] for x in run[i:] if x[:1].isupper())
        if all(c in initials for c in acr) and len(run) - i >= 2:
            return " ".join(run[i:])
    return None
