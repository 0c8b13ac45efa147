"""An honorific word that closes a name, after the given names, is the surname, not an honorific.

Courtesy words of East African, West African and South-East Asian usage ("Mzee", "Mama", "Alhaji", "Ibu")
stand before a name ("Mzee Jane Doe"), and the name finder cuts a run at them. The same words are common
family names, written last: "Jane S. Mzee", "John Mama". An honorific opens a name and is never the last
word of one, so a spelled-out courtesy word that ends the run, after at least one name word, is read as
the surname. Abbreviations with their dot ("Dr.", "Hon.") and the short forms of address ("Mr", "Ms",
"Dr") are left as honorifics.
"""

from __future__ import annotations

# Honorifics never written as a family name, dotted or not.
ADDRESS_ONLY = frozenset(
    {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Madam", "Mme"}
)


def surname_honorific(cur: list[tuple[str, int]], tok: str, pos: int, toks: list[tuple[str, int]]) -> bool:
    """The honorific `tok` ends the run (`toks`) right after the name words in `cur`: it is the surname."""
    return (
        bool(cur)
        and pos == toks[-1][1]
        and not tok.endswith(".")
        and tok not in ADDRESS_ONLY
        and tok[1:].islower()
    )
