"""A known organisation's national branch: "Save the Children UK", "Caritas Lakeland".

International NGOs name their national members by the network's name and a country ("... UK",
"... Norway"). In "organized by <Network> UK and <Other Body>" the branch is a whole name of its own, so
the pair splits there like two known names do.
"""

from __future__ import annotations

from kg.extract.orgnames import country_code, gaz_lookup


def known_branch(part: str) -> bool:
    """A gazetteer name followed by a country name or a country's short code ("UK", "USA")."""
    words = part.split()
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if len(words) - cut > 3:
            break
        if gaz_lookup(head) and (country_code(tail) or tail in ("UK", "US", "USA")):
            return True
    return False
