"""A named project or programme that a speaker heads: "paediatrician and head of the Lakeport Early Years
Project", "Director of the Conditions of Work Programme".

The organisation finder does not take "Project" or "Programme" as heads of a body (most projects are
things done, not actors), so a title ending in one stays whole. Headed by a person and given a proper name
of three words or more, it is the body the speaker works for: the guidelines make a unit with a proper
name an organisation. A short or acronym-led name ("the National Programme", "the UNODC Programme
Office") is left to the other rules.
"""

from __future__ import annotations

import re

PROJECT_OF = re.compile(
    r"^(?P<role>.*\b(?:[Hh]ead|[Dd]irector|[Cc]oordinator|[Mm]anager|[Ll]eader|[Ff]ounder))\s+of\s+the\s+"
    r"(?P<org>[A-Z][a-z][\w'’\-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’\-]*){2,}\s+"
    r"(?:Project|Programme|Program|Initiative))$"
)


def project_body(phrase: str) -> tuple[str, str] | None:
    """(role, project) for a title that ends "head of the <Proper Name> Project"; None otherwise."""
    if "Pro" not in phrase and "Initiative" not in phrase:
        return None
    m = PROJECT_OF.match(phrase)
    return (m.group("role"), m.group("org")) if m else None
