"""Head words that take a second word or a complement before they name a body.

"Directorate General of Migration Management", "Secretariat General": the head word is followed by
"General", which the run rules would otherwise read as the start of another name ("Committee Meeting").
"the Lakeport Chamber of Industry": "Chamber" is a venue word ("the Council Chamber"), but with "of" and a
trade it is a chamber of commerce, a body.
"the Lakeport Police Force": a national or city police is named "<Place> Police Force"; "Force" goes on
the head word "Police" and is not the start of another name.
"Universitas Lakeport Raya": a university named in Indonesian, Malay, French, German or Portuguese puts its
head word first and its own name after it, with no "of".
"""

from __future__ import annotations

_GENERAL_HEADS = frozenset({"Directorate", "Secretariat", "Inspectorate", "Commissariat", "Consulate"})
# The head word "University" in languages that put it before the university's name.
HEAD_FIRST = frozenset({"Universitas", "Universiti", "Université", "Universität", "Universidade", "Radio"})
_CHAMBER_OF = frozenset({"Commerce", "Industry", "Trade", "Crafts", "Agriculture", "Mines", "Deputies"})


def general_after_head(words: list[str], last: int) -> bool:
    """Whether words[last] is a head word whose name goes on with "General" ("Directorate General of X")."""
    if last + 1 >= len(words):
        return False
    if words[last] == "Police" and words[last + 1] == "Force":
        return True  # "the Lakeport Police Force"
    if words[last] in HEAD_FIRST and words[last + 1][:1].isupper():
        return True  # "Universitas Lakeport Raya"
    return words[last] in _GENERAL_HEADS and words[last + 1] == "General"


def chamber_body(words: list[str]) -> bool:
    """Whether "Chamber" in the run is a chamber of commerce, industry or trade (a body, not a room)."""
    k = words.index("Chamber") if "Chamber" in words else -1
    return k >= 0 and k + 2 < len(words) and words[k + 1] == "of" and words[k + 2] in _CHAMBER_OF


def chamber_end(words: list[str]) -> int:
    """How many of the run's words the chamber's name keeps: a capitalised word right after the trade
    ("... Chamber of Commerce Founded in 1779", a heading run into its paragraph) starts something else."""
    k = words.index("Chamber") + 2
    return k + 1 if k + 1 < len(words) and words[k + 1][:1].isupper() else len(words)
