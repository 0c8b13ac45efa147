"""Short back-references to a long organisation name: "the National Information and Analytical Centre on
Drug Control" first, then "the National Centre". Releases shorten a long name to its first word and its
head noun once it has been given in full; the short form is an alias of the long name, not a second body.
"""

from __future__ import annotations

from kg.extract.orgfold import fold_into
from kg.model import Extraction

# Head nouns a shortened reference keeps ("the National Centre", "the Regional Commission").
HEADS = frozenset(
    "Centre Center Institute Commission Committee Council Agency Authority Service Office Bureau Foundation "
    "Association Network Board Directorate Department Secretariat".split()
)


def _within(short: list[str], long: list[str]) -> bool:
    """`short` opens `long` and its other words appear in `long`, in order."""
    if short[0] != long[0]:
        return False
    i = 1
    for w in short[1:]:
        while i < len(long) and long[i] != w:
            i += 1
        if i == len(long):
            return False
        i += 1
    return True


def merge_short_references(ex: Extraction) -> None:
    """Fold a two-word name ending in a head noun into the one longer name, given before it, it shortens."""
    for org in list(ex.organisations):
        words = org.name.split()
        if len(words) != 2 or words[-1] not in HEADS or not org.spans or org.aliases:
            continue
        first = min(s.start for s in org.spans)
        longer = [
            o
            for o in ex.organisations
            if o is not org
            and len(o.name.split()) >= 4
            and o.spans
            and min(s.start for s in o.spans) < first
            and _within(words, o.name.split())
        ]
        if len(longer) != 1:
            continue
        fold_into(ex, org, longer[0])


def merge_portfolio_ministries(ex: Extraction) -> None:
    """Fold "the Gender Ministry" into the release's one "Ministry of Gender, Children and ...": a ministry
    re-mentioned by a word of its portfolio before the head noun is that ministry, not a second body. A
    country's adjective ("the Kenyan Ministry") or a word no ministry of the release holds stays as it is."""
    from kg.extract.orgnames import country_code

    for org in list(ex.organisations):
        words = org.name.split()
        if len(words) != 2 or words[1] != "Ministry" or not words[0].isalpha() or country_code(words[0]):
            continue
        longer = [
            o
            for o in ex.organisations
            if o.name.startswith(("Ministry of ", "Ministry for "))
            and words[0] in o.name.replace(",", " ").split()[2:]
        ]
        if len(longer) != 1:
            continue
        fold_into(ex, org, longer[0])
