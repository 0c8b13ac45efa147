"""Unions of states that the text names only as a place or as a qualifier, never as an actor.

"the new EU directive", "EU Member States", "EU funding", "lodged in the EU+", "asylum in the European
Union": such a release speaks of a legal area or a group of states, and annotators do not list the
union as an organisation. When every mention of an intergovernmental body is of that kind (its short
form before a lowercase noun or "Member States", its name after "in the" / "across the", or inside
"Member States of the ...") and the body holds no role, speaker or recommendation, it is dropped. One
mention as an actor ("the EU funded", "the EU and Lakeland signed", "EU officials") keeps it.
"""

from __future__ import annotations

from kg.model import Document, Extraction, Organisation

# Lowercase words after a short form that are the sentence going on, not a noun the form qualifies:
# "the EU and ...", "the EU has ...", "the EU through ...".
NOT_NOUNS = frozenset(
    "and or but through under via to in for with of on at by from as has have had is are was were will "
    "would can could should may must also said says that which who".split()
)
# People a body's short form qualifies are its own staff acting ("KFOR engineers", "AU ministers").
PEOPLE = frozenset(
    "ministers minister officials official engineers staff troops soldiers experts leaders delegates "
    "representatives officers ambassadors ambassador observers personnel forces envoy envoys monitors "
    "team teams mission delegation heads head members member police".split()
)
QUALIFIED = ("Member States", "member states", "Member states", "Affairs")
PLACE_BEFORE = ("in the ", "across the ", "within the ", "throughout the ", "outside the ", "into the ")
PART_BEFORE = ("Member States of the ", "member states of the ")


def _qualifier(text: str, end: int) -> bool:
    """The mention ending at `end` qualifies what follows: "EU directive", "EU Member States", "EU+"."""
    after = text[end : end + 30]
    if after.startswith("+"):
        return True
    if not after.startswith(" "):
        return False
    rest = after[1:]
    if any(rest.startswith(q) for q in QUALIFIED):
        return True
    word = rest.split(" ", 1)[0].rstrip(".,;:")
    if " " in rest and word.islower() and rest.split(" ", 2)[1].rstrip(".,;:") in PEOPLE:
        return False  # "ECOWAS labour ministers"
    return word.isalpha() and word.islower() and word not in NOT_NOUNS and word not in PEOPLE


def _passive(text: str, org: Organisation) -> bool:
    for span in org.spans:
        surface = text[span.start : span.end]
        before = text[max(0, span.start - 30) : span.start]
        if surface.isupper() and _qualifier(text, span.end):
            continue
        if before.endswith(PLACE_BEFORE) or before.endswith(PART_BEFORE):
            continue
        return False
    return True


def drop_adjectival_unions(doc: Document, ex: Extraction) -> None:
    """Remove an intergovernmental body that every mention shows as a place or a qualifier."""
    used = ex.named_by_relations()
    for org in list(ex.organisations):
        if org.kind != "intergovernmental" or not org.spans or used & set(org.forms):
            continue
        if _passive(doc.text, org):
            ex.organisations.remove(org)
