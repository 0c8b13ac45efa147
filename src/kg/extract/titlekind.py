"""A title whose body is introduced by its kind: "president of the local association Soleil pour Tous",
"coordinator at the women's cooperative Nuevo Sol", "head of the Roma NGO Romano Dives".

Kept apart from `titlesplit` (which splits titles against known and proper-looking names) because here the
lowercase kind noun ("association", "NGO", "cooperative") is itself the evidence that the capitalised words
after it name a body: the name may be foreign, one word, or look like a person's.
"""

from __future__ import annotations

import re

BODY_KINDS = (
    r"association|organi[sz]ation|NGO|foundation|cooperative|co-operative|federation|charity|network|"
    r"collective|movement|society|union|trust|club|platform|initiative|centre|center|company|firm|enterprise|"
    # Businesses and other bodies introduced by their trade: "the Nordic retailer Acme & Co", "the think
    # tank Lakeport Forum", "the advocacy group Water First".
    r"retailer|manufacturer|supplier|exporter|consultancy|think tank|group|agency|institute|broadcaster|"
    r"newspaper"
)
# The role, "of/at/with/for", "the/a", up to three modifiers ("local", "Roma", "women's"), the kind, the name.
KIND_NAMED = re.compile(
    r"^(?P<role>[^,;()]+?)\s+(?:of|at|with|for|from)\s+(?:the|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{BODY_KINDS})\s+(?P<org>[A-Z][^,;()\"“”]{{1,60}}?)$"
)


# Lowercase words a body's own name may hold ("Soleil pour Tous", "Casa de la Mujer", "Bread and Roses").
NAME_GLUE = frozenset(
    "de des du la le les pour por para di da del e y et a al do dos das em en and for of the".split()
)


def kind_named_body(phrase: str) -> tuple[str, str] | None:
    """(role, organisation) when the phrase ends in "<kind noun> <Name>", else None. Any other lowercase
    word after the kind means the phrase went on past the name ("union Asha in the district")."""
    m = KIND_NAMED.match(phrase) if " " in phrase else None
    if m is None:
        return None
    org = m.group("org")
    if any(w[:1].islower() and w not in NAME_GLUE for w in org.split()):
        return None
    return m.group("role"), org


# "Jane Roe, coordinator at the women's cooperative Nuevo Sol, said": the text between a speaker's name and
# a body's name that ends in the kind noun; the second "name" is the body, not another person.
KIND_GAP = re.compile(
    r"^\s*,[^.;\"“”]{0,80}?\s(?:of|at|with|for|from)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{BODY_KINDS})\s+$"
)


def body_after_kind(gap: str) -> bool:
    """True when `gap` (between two name mentions) is an appositive ending in a body's kind noun."""
    return bool(KIND_GAP.match(gap))


# "who chairs the returnee network Vuelta Lago": a kind noun right before the capitalised words names a
# body, so they are no person's name however they look.
KIND_BEFORE = re.compile(rf"\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{BODY_KINDS})\s+$")


def named_by_kind(before: str) -> bool:
    """True when `before` (the text up to a name mention) ends in "the <modifiers> <kind noun> "."""
    return bool(KIND_BEFORE.search(before))
