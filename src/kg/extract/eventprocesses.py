"""Named dialogues that are standing processes or project titles, not meetings.

Regional consultative processes carry event-like names ("the Lakeside Dialogue on Water and Fisheries")
but are frameworks that meet many times: the text shows it by calling them a process ("under the Lakeside
Dialogue process", "the Lakeside Dialogue on Water (Elara Process)"). A name inside the quoted title of
a project or programme ('the project "Support to the Lakeside Dialogue"') names what the project serves,
not a meeting the release reports.
"""

from __future__ import annotations

import re

# " process", " (Elara Process)", " (the Elara Process)" right after the name.
PROCESS_AFTER = re.compile(r"\s+process\b|\s*\((?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}Process\)", re.I)
# "under the Lakeside Dialogue on Water": the framework a meeting is held under; "the Elara Process, the
# Lakeside Dialogue on Water": the process's own longer name, in apposition.
PROCESS_BEFORE = re.compile(r"(?:\bunder\s+the|\bProcess,\s+the)\s+$")
# 'the project "', 'programme “': a project's quoted title opens before the name.
PROJECT_TITLE = re.compile(r"\b(?:project|programme|program|initiative)\s+[\"“]$", re.I)


def standing_process(flat: str, start: int, end: int) -> bool:
    """The named mention at flat[start:end] is a process, or sits in a project's quoted title."""
    if PROCESS_AFTER.match(flat, end) or PROCESS_BEFORE.search(flat, max(0, start - 20), start):
        return True
    opened = max(flat.rfind('"', max(0, start - 120), start), flat.rfind("“", max(0, start - 120), start))
    if opened < 0 or flat.count('"', opened, start) + flat.count("“", opened, start) > 1:
        return False
    return PROJECT_TITLE.search(flat, max(0, opened - 30), opened + 1) is not None
