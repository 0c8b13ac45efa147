"""A national body named once with its country and once without: "the Council of Ministers of X" and
"the Council of Ministers", "the National Assembly of Y" and "the National Assembly". In one release the
bare name is the same body (the country's form is the name), also when its last word is no head word of
an organisation name (ministries and bodies ending in a head word have rules of their own)."""

from __future__ import annotations

import re

from kg.extract.orgnames import country_code
from kg.model import Organisation

OF_COUNTRY = re.compile(r"^(?P<base>.+?)\s+of\s+(?:the\s+)?(?P<country>[A-Z].*)$")


def country_of(name: str) -> str | None:
    """The name without its closing "of <country>" ("Council of Ministers of X" -> "Council of
    Ministers"), else None. The split is tried at every "of", shortest country first."""
    for m in reversed(list(re.finditer(r"\s+of\s+(?:the\s+)?", name))):
        base, country = name[: m.start()], name[m.end() :]
        if base and country[:1].isupper() and country_code(country):
            return base
    return None


def same_national_body(orgs: list[Organisation], form: str) -> tuple[Organisation, bool] | None:
    """The one organisation that `form` is the bare or the country-qualified form of, and whether `form`
    is the fuller of the two (then it should become the name)."""
    words = form.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    base = country_of(form)
    hits: list[tuple[Organisation, bool]] = []
    for o in orgs:
        if base is not None and o.name == base:
            hits.append((o, True))
        elif base is None and " of " in form and country_of(o.name) == form:
            hits.append((o, False))
    return hits[0] if len(hits) == 1 else None
