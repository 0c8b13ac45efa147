"""Token-level tests behind event names: the tokeniser, which event a head word names at a position,
ordinals, acronyms and capitalised words, line breaks that end a name, and head words in another sense
("a course of treatment"); kept apart from `eventnames`, which reads names from these tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.eventwords import (
    COMPOUND_ORDINAL,
    EVENT_TYPES,
    HEADS,
    MISSION_KINDS,
    MONTHS_WEEKDAYS,
    NOT_AFTER,
    ORDINAL,
    ORDINAL_WORDS,
    VISIT_KINDS,
)

# A word (with inner hyphens, apostrophes and dots: "co-chair", "U.N"; "Leaders'" is one word) or one
# other character. Written as runs of [\w&] rather than one character per repetition: the same tokens,
# tokenised twice as fast.
TOKEN = re.compile(r"\w[\w&]*(?:[-'’.](?=\w)[\w&]*)*(?:(?<=s)['’](?![\w'’]))?|[^\w\s]")


def _is_ordinal(tok: str) -> bool:
    return bool(ORDINAL.match(tok)) or tok.lower() in ORDINAL_WORDS or bool(COMPOUND_ORDINAL.match(tok))


def _is_acronym(tok: str) -> bool:
    return len(tok) >= 2 and tok.isupper() and tok.isalpha()


def _head_at(toks: list[re.Match], i: int) -> str | None:
    word = toks[i].group().lower()
    if word in ("meetings", "talks") and toks[i].group()[0].isupper():
        word = "meeting"  # "Spring Meetings of the ...", "Peace Talks": named plurals
    elif (
        word.endswith("s")
        and word[:-1] in HEADS - {"table", "event", "course", "session", "visit", "tour"}
        and toks[i].group()[0].islower()
    ):
        # "the meetings", "these consultations": only ever a reference back (see `_described`).
        return word[:-1] if i > 0 and toks[i - 1].group().lower() in ("the", "these") else None
    if word not in HEADS:
        return None
    if word == "mission":
        prev = toks[i - 1].group().lower() if i > 0 else ""
        lone = prev in ("the", "this") and toks[i].group().islower()  # "the mission": a reference back
        return word if prev in MISSION_KINDS or lone else None
    if word in ("visit", "tour"):
        prev = toks[i - 1].group().lower() if i > 0 else ""
        lone = prev in ("the", "this") and toks[i].group().islower()  # "the visit": a reference back
        return "visit" if prev in VISIT_KINDS or lone else None
    if word == "table":
        return "round table" if i > 0 and toks[i - 1].group().lower() == "round" else None
    nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
    # "a five-day training programme": with a duration it is a training held, not a programme run.
    held = word == "training" and nxt.lower() in ("programme", "program") and _duration_before(toks, i)
    if (nxt.lower() in NOT_AFTER or (nxt.lower() in HEADS and nxt.lower() != "table")) and not held:
        return None
    if word == "round" or (word == "table" and nxt.lower() == "session"):
        return None
    if word == "event" and i > 0:
        # "side event", "launch event", "signing event": the modifier says what kind of event it is.
        return EVENT_TYPES.get(toks[i - 1].group().lower(), word)
    return word


DURATION = re.compile(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(?:day|week)$", re.I)


def _duration_before(toks: list[re.Match], i: int) -> bool:
    return any(DURATION.match(toks[k].group()) for k in range(max(0, i - 3), i))


def _line_breaks(orig: str, toks: list[re.Match]) -> list[bool]:
    """breaks[i]: a short line ends between toks[i-1] and toks[i] (a menu item or headline, not a wrapped line)."""  # noqa: E501
    out = [False] * len(toks)
    if len(toks) < 2:
        return out
    # Visit only the gaps that hold a newline (tokens never do: they are cut from the flattened text).
    starts = [t.start() for t in toks]
    end = starts[-1]
    q = orig.find("\n", toks[0].end(), end)
    while q >= 0:
        i = bisect_right(starts, q)  # toks[i - 1] ends before the newline, toks[i] starts after it
        line_start = orig.rfind("\n", 0, starts[i - 1]) + 1
        out[i] = toks[i - 1].end() - line_start < 48
        q = orig.find("\n", starts[i], end)
    return out


# "a six-month course of bedaquiline", "the reception and protection of returned children", "a reception
# desk": the words in their other sense (a treatment, the act or place of receiving), never a gathering.
OTHER_SENSE = {
    "course": ("of",),
    "reception": (
        "of",
        "and",
        "desk",
        "centre",
        "center",
        "centres",
        "centers",
        "facility",
        "facilities",
        "conditions",
        "capacity",
        "area",
        "point",
        "points",
        "services",
        "staff",
        "office",
    ),
}


def _not_a_gathering(toks: list[re.Match], i: int, kind: str) -> bool:
    after = OTHER_SENSE.get(kind)
    if not after or i + 1 >= len(toks) or toks[i + 1].group() not in after:
        return False
    # "a training course of five days" is a course all the same.
    return not any(t.group().lower() == "training" for t in toks[max(0, i - 3) : i])


def _title_word(t: str) -> bool:
    """A capitalised word that is no acronym ("Health", not "UNDP"), as names join with "and"."""
    core = t.rstrip("'’")
    return len(core) > 1 and core[0].isupper() and core[1:].islower()


def _cap_word(t: str) -> bool:
    return t[:1].isupper() and t.lower() not in MONTHS_WEEKDAYS
