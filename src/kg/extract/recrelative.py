"""A call verb in a restrictive "who" clause describes the people the call is about, not a call.

"She urged the agencies to register every returning worker who asks for help": "who asks" says which
workers are meant; no one in the release asks anything. A non-restrictive clause set off by a comma ("the
Minister, who urged donors to act") still reports a call by a named person, and is left to the usual rules.
"""

from __future__ import annotations


def restrictive_who_before(s: str, start: int) -> bool:
    """True when the call verb at `start` in `s` follows "who" with no comma before the pronoun."""
    before = s[max(0, start - 8) : start].rstrip()
    if not before.endswith(" who"):
        return False
    return not before[: -len(" who")].rstrip().endswith(",")
