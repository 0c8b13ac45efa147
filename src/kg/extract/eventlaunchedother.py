"""A passive "launched by" about another named thing gives no organisers to the release's launch.

"IOM launched the first round of the X Tracking Matrix ... The revised Y Appeal, launched by the United
Nations and the Government, seeks USD 400 million": the second sentence's launchers launched the appeal,
not the event the release reports. When a capitalised name stands right before "launched" and none of
its words is in the launch event's name, the clause is that other thing's ("a study launched today by
A" names no other thing and keeps its launchers).
"""

from __future__ import annotations

_GLUE = frozenset(["of", "for", "on", "and", "the", "to", "&"])
_SKIP = frozenset(["The", "A", "An", "This", "Its", "Their"])


def launched_other(before: str, event: str) -> bool:
    """True when `before` (the sentence up to "launched") ends in a name absent from `event`'s name."""
    words = before.split()
    if words and words[-1].startswith("(") and words[-1].endswith(("),", ")")):
        words = words[:-1]  # "the X Appeal (XA), launched by"
    name: list[str] = []
    for w in reversed(words):
        w = w.strip(',"“”')
        if w[:1].isupper() and w not in _SKIP:
            name.append(w)
        elif w in _GLUE and name:
            continue
        else:
            break
    if not name:
        return False
    low = event.lower()
    return not any(w.lower() in low for w in name)
