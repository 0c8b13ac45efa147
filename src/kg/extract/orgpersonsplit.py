"""A person's name inside a run of capitalised words that the organisation finder reads as one name.

Press releases name people by rank, name and body in one breath, and a rank or a listed body often ends in
a head word ("Police"), so the run of capitalised words and connectors holds a person in the middle:

- "Police Colonel Jane Doe of the Lakeport Police Force": a rank with a head word, the person, "of the"
  and the body; the body is the part after "of the".
- "Assistant Commissioner of Police Jane Doe of the Lakeport Police Force": the same once the leading title
  is dropped.
- "Inspector Jane Doe of the Lakeport Police and Advocate John Roe of the Forum for Safe Migration": one
  body, "and", the next person's title and name, "of the" and the next body; two bodies, no person.

`person_split` finds such a person so that `head_runs` reads the parts before and after as runs of their
own. Plain string tests on the run's words; nothing per name is compiled.
"""

from __future__ import annotations

from kg.extract.orgheadwords import HEADS
from kg.extract.orgnames import country_code, gaz_lookup
from kg.extract.personwords import TITLE_WORDS

# Callings that precede a name in lists of trainers and panellists and are not in the shared title words.
_CALLINGS = frozenset({"Advocate", "Justice", "Prof", "Prof.", "Attorney", "Barrister", "Pastor", "Father"})
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Miss", "Mme"})
_CONNECTORS = frozenset({"of", "for", "on", "and", "to", "against", "the", "de", "du", "des", "la", "&"})


def _title(w: str) -> bool:
    return w in TITLE_WORDS or w in _CALLINGS or w in _HONORIFICS


def _name_word(w: str) -> bool:
    """A word of a person's name: capitalised, no head word, connector, known body or country."""
    return (
        w[:1].isupper()
        and w not in HEADS
        and w not in _CONNECTORS
        and not _title(w)
        and not gaz_lookup(w)
        and not country_code(w)
        and not w.isupper()
    )


def person_split(words: list[str]) -> tuple[int, int] | None:
    """(end, start) of the run's words around a person: words[:end] is a body that ends in a head word (end 0
    when the words before the person are a rank, not a body) and words[start:] names the person's body.
    None when the run holds no such person."""
    for i, w in enumerate(words):
        if w not in HEADS:
            continue
        j, joined = i + 1, False
        if j < len(words) and words[j] == "and":
            j, joined = j + 1, True
        k = j
        while k < len(words) and _title(words[k]):
            k += 1
        if joined and k == j:
            continue  # "Police and Border Guards": "and" goes on with the body, not with a person's title
        n = k
        while n < len(words) and _name_word(words[n]):
            n += 1
        if not 2 <= n - k <= 4 or n >= len(words) or words[n] != "of":
            continue
        s = n + 1 + (n + 1 < len(words) and words[n + 1] == "the")
        if s >= len(words) or not words[s][:1].isupper():
            continue
        return (i + 1 if joined else 0), s
    return None
