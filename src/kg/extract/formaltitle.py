"""A speaker's formal title outranks a lowercase calling stated at another mention.

Headlines and leads often give a speaker a plain calling ("UN expert Jane Doe urges ...", "rights
advocate Jane Doe") and the body her formal title ("The UN Special Rapporteur on X, Jane Doe, said").
The gold files take the formal title. When two mentions state equally much (a role, an organisation or
both), the capitalised title with a title word replaces the lowercase calling; a fuller statement still
wins as before.
"""

from __future__ import annotations

from kg.extract.personwords import TITLE_WORDS


def calling_then_title(current: str | None, new: str | None) -> bool:
    """`current` is a lowercase calling and `new` a capitalised title holding a title word."""
    return bool(
        current
        and new
        and current[:1].islower()
        and new[:1].isupper()
        and any(w in TITLE_WORDS for w in new.split())
    )
