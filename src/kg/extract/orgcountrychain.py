"""A unit named through its country's ministry: "the General Department of X of Lakeland's Ministry of Y".

The possessive belongs to the country, not to the words before it: the phrase reads "[General Department of
X] of [Lakeland's Ministry of Y]". Read as "A's B" the country would be swallowed into the unit's name ("...
of Lakeland") and the whole chain would become a form of the ministry. The unit is the body the phrase names;
the ministry is named too.
"""

from __future__ import annotations

from kg.extract.orgheadwords import HEADS


def country_chain(form: str) -> tuple[str, str] | None:
    """(unit, body) for "<unit> of <Country>'s <Body>", else None."""
    from kg.extract.orgnames import country_code

    if "'s " not in form and "’s " not in form:
        return None
    owner, _, body = form.replace("’s ", "'s ").partition("'s ")
    unit, sep, country = owner.rpartition(" of ")
    if not sep or not body[:1].isupper() or not country_code(country.removeprefix("the ")):
        return None
    if not any(w in HEADS for w in unit.split()) or not any(w in HEADS for w in body.split()):
        return None
    return unit, body
