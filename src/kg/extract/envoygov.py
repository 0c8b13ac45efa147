"""An envoy's government, from the country in the envoy's title.

"Ambassador Jane Doe, Permanent Representative of Lakeland and Chair of the Council, said ..." ties the
speaker to no body by name, yet annotators give a country's envoy (permanent representative, chargé
d'affaires, ambassador "of" a country) that country's government, whatever else the title holds. The
government must already be one of the release's organisations (the governments rules register it from the
same title); the title itself is left as written.
"""

from __future__ import annotations

from kg.model import Extraction

# The envoy's office, lower-cased, up to the "of" before the country.
ENVOY_OFFICES = (
    "permanent representative of ",
    "deputy permanent representative of ",
    "chargé d'affaires of ",
    "charge d'affaires of ",
    "chargé d’affaires of ",
    "charge d’affaires of ",
    "ambassador of ",
)
# Where the country's name ends inside the title.
COUNTRY_ENDS = (" and ", " to ", ",", " in ", " at ")


def _country(role: str) -> str | None:
    """The country named after an envoy office in `role`, or None."""
    low = role.casefold()
    for office in ENVOY_OFFICES:
        k = low.find(office)
        if k < 0:
            continue
        rest = role[k + len(office) :]
        end = len(rest)
        for stop in COUNTRY_ENDS:
            j = rest.find(stop)
            if 0 <= j < end:
                end = j
        country = rest[:end].strip()
        if country.startswith("the "):
            country = country[4:]
        return country or None
    return None


def envoy_governments(ex: Extraction) -> None:
    """Give an envoy with no organisation the government of the country in the title."""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        country = _country(a.role)
        if not country:
            continue
        for name in (f"Government of {country}", f"Government of the {country}"):
            org = ex.organisation(name)
            if org and org.kind == "government":
                a.organisation = org.name
                break
