"""A company named without its legal suffix: "Acme Knitwear Ltd. opened ... Acme Knitwear's chief executive,
Jane Doe," — the release registers "Acme Knitwear Ltd" and later drops the "Ltd"; the short form is the same
company, not an unknown body (which left the speaker with no organisation or made a second one).
"""

from __future__ import annotations

import re

from kg.model import Extraction, Organisation

LEGAL_TAIL = re.compile(
    r",?\s+(?:Ltd\.?|Limited|Inc\.?|A/S|ApS|GmbH|S\.A\.|LLC|LLP|PLC|plc|B\.V\.|N\.V\.|S\.p\.A\.|"
    r"Pty\.? Ltd\.?|Corp\.?|Co\.,? Ltd\.?)"
)


def suffixed_company(ex: Extraction, surface: str) -> Organisation | None:
    """The release's organisation named `surface` plus a legal suffix ("Acme Knitwear" -> "Acme Knitwear
    Ltd"), if there is exactly one."""
    s = surface.strip()
    if len(s) < 3 or not s[:1].isupper():
        return None
    hits = [o for o in ex.organisations if o.name.startswith(s) and LEGAL_TAIL.fullmatch(o.name[len(s) :])]
    return hits[0] if len(hits) == 1 else None
