"""A person's age is no part of the role: "Jane Doe, a 16-year-old member of the Lakeport Youth Council".

The readers of an appositive keep the words before the noun, so an age written before it ("a 24-year-old
member of ...") opened the role, which hid the lowercase calling from the life-story test and gave a role
annotators never write with the age ("member"). The age is dropped from the front of the role.
"""

from __future__ import annotations

import re

from kg.model import Extraction

AGE = re.compile(r"^\d{1,3}-year-old\s+(?=[a-z])")


def without_age(role: str | None) -> str | None:
    """`role` without a leading "N-year-old"."""
    if not role or not role[:1].isdigit():
        return role
    return AGE.sub("", role)


def ageless_roles(ex: Extraction) -> None:
    """Drop a leading age from every role."""
    for a in ex.affiliations:
        a.role = without_age(a.role)
