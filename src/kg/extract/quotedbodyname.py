"""A body's own name in quotation marks is no person's name.

Releases name some bodies by their kind and then their own name in quotation marks ('the Women's Centre
"Nova Vita-Lakeland"') and later use the quoted name alone ("Nova Vita-Lakeland presented ..."). That
short form looks like a person's two names (a hyphenated second one), so the mention readers took it for a
speaker. A mention that is the quoted part of a known organisation's name is that body's.
"""

from __future__ import annotations

from kg.model import Extraction


def quoted_in_org_name(ex: Extraction, name: str) -> bool:
    """`name` is the quoted own name inside a known organisation's name."""
    return any(f'"{name}"' in o.name or f"\u201c{name}\u201d" in o.name for o in ex.organisations)
