"""Whether two event names name one event: "41st Assembly" and "41st Session of the WMO Assembly",
"GCM Review" and "Regional Review of the Global Compact for Migration" (an acronym may stand for
capitalised words of the longer name); and whether a mention is a predicate describing another.
"""

from __future__ import annotations

import re

from kg.extract.eventnames import Mention, clean
from kg.extract.eventtokens import _is_ordinal
from kg.model import Event, Span

STOP = {"the", "of", "on", "for", "in", "and", "a", "an", "to", "annual", "&", "–", "-"}


def _tokens(name: str) -> list[str]:
    return [t for t in re.findall(r"[\w’'-]+", name) if t.lower() not in STOP]


def _acronyms(name: str) -> set[str]:
    caps = [t for t in re.findall(r"[\w’'-]+", name) if t[:1].isupper() and t.lower() not in STOP]
    out: set[str] = set()
    for n in range(2, 7):
        for i in range(len(caps) - n + 1):
            out.add("".join(w[0] for w in caps[i : i + n]).upper())
    return out


def _acronym_of(acr: str, big: str) -> bool:
    """`acr` abbreviates a run of capitalised words of `big`, skipping a few ("GPR" for "Global Platform for
    Safe, Orderly, and Regular Migration")."""
    caps = [t for t in re.findall(r"[\w’'-]+", big) if t[:1].isupper() and t.lower() not in STOP]
    for i, w in enumerate(caps):
        if w[0] != acr[0]:
            continue
        k, j = 1, i + 1
        while k < len(acr) and j < len(caps) and j - i <= len(acr) + 3:
            if caps[j][0] == acr[k]:
                k += 1
            j += 1
        if k == len(acr):
            return True
    return False


def _covers(big: str, small: str) -> bool:
    """Every content word of `small` is in `big` (an acronym may stand for capitalised words of `big`)."""
    words = {t.lower().removesuffix("’s").removesuffix("'s") for t in _tokens(big)}
    acr = _acronyms(big)
    toks = _tokens(small)
    if len(toks) < 2:
        return False
    for t in toks:
        low = t.lower().removesuffix("’s").removesuffix("'s")
        if low not in words and not (t.isupper() and (t in acr or _acronym_of(t, big))):
            return False
    return True


def _ordinal(name: str) -> str | None:
    """The sitting number a name gives ("Sixteenth", "16th", "Twenty-first"), lower-cased; None if none."""
    return next((t.lower() for t in name.split() if _is_ordinal(t)), None)


def other_sitting(forms: list[str], name: str) -> bool:
    """ "host the Ninth Ministerial Meeting" after "the Eighth Ministerial Meeting (the
    Ministerial Meeting)": a name numbering another sitting than the event's names the next sitting,
    however much else it shares with the event's short forms."""
    mine = _ordinal(name)
    if mine is None or mine in ("first", "next", "1st"):
        return False
    theirs = {o for f in forms if (o := _ordinal(f)) is not None}
    return bool(theirs) and mine not in theirs


def same_event(a: str, b: str) -> bool:
    na, nb = clean(a).lower(), clean(b).lower()
    return na == nb or _covers(a, b) or _covers(b, a)


ACRONYM_GAP = re.compile(r"\s+\([A-Z][A-Za-z]{1,9}\)")
# "opened the X Seminar in Port Elara, a three-day meeting": the city the name is held in may stand between.
PLACE_GAP = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}")
PREDICATE = re.compile(
    r"\b(?:is|was|are|were|will\s+be|would\s+be|has\s+been|had\s+been|became|becomes|remains|remained)\s+"
    r"(?:also\s+|now\s+|thus\s+)?(?:the|a|an|its|their)\s+$"
)


# "It was the first ...", "This is the second ...": a pronoun subject, then the predicate's article.
PRONOUN_SUBJECT = re.compile(r"(?:It|This)\s+(?:\w+\s+){1,3}$")


def predicate_of(m: Mention, si: int, resolved: list, sents: list[Span], flat: str) -> int | None:
    """A described mention that is the complement of "was the ..." after an event subject of the same
    sentence describes that event ("The Forum, held in X, was the first meeting of its kind"), not a
    second one. Returns the subject's event."""
    start = sents[si].start
    lead = flat[max(start, m.start - 5) : m.start]
    if lead.endswith((", a ", ", an ")):
        # "the opening of the X Consultation, a two-day meeting in Port Elara organized by Y": an appositive
        # describes the named event right before it.
        end = m.start - (4 if lead.endswith(", a ") else 5)
        # "the X Consultation (XC), a two-day meeting": the name's acronym may stand between.
        before = [
            t
            for r, t in resolved
            if r.end == end
            or (
                r.end < end
                and (ACRONYM_GAP.fullmatch(flat, r.end, end) or PLACE_GAP.fullmatch(flat, r.end, end))
            )
        ]
        if before:
            return before[-1]
    if not PREDICATE.search(flat, max(start, m.start - 40), m.start):
        return None
    before = [(r, t) for r, t in resolved if start <= r.start < m.start and not r.headline]
    if not before and si > 0 and PRONOUN_SUBJECT.match(flat, start, m.start):
        # "The workshop was organised by X. It was the first regional meeting on Y held in Z": the
        # pronoun subject is the event the sentence before reported on, re-described, not a second one.
        prev = sents[si - 1]
        before = [(r, t) for r, t in resolved if prev.start <= r.start < prev.end and not r.headline]
    return before[0][1] if before else None


PROPER_LEAD = re.compile(r"^((?:[A-Z][a-z][\w’']*(?:-[A-Z][\w’']*)?\s+){2,4})(?=[a-z])")


def names_another(m: Mention, events: list) -> bool:
    """ "the Colombo Process ministerial consultation" after "a regional dialogue": a reference whose
    proper-name modifier (two or more capitalised words, not a place) no earlier event bears names an
    event of its own, not the one before."""
    from kg.extract.places import is_place

    lead = PROPER_LEAD.match(m.name)
    if m.mode != "anaphor" or not lead or is_place(lead.group(1).strip()):
        return False
    words = lead.group(1).split()
    return not any(all(w in f for w in words) for ev in events for f in [ev.name, *ev.aliases])


# Kinds a reference back may use for one another ("a ministerial meeting ..., the conference").
KIND_CLASSES = [
    {"conference", "meeting", "summit", "forum", "congress", "consultation", "dialogue", "gathering",
     "symposium", "colloquium", "convention", "council", "assembly", "review", "session"},
    {"workshop", "training", "seminar", "course", "webinar", "retreat"},
    {"panel", "round table", "roundtable", "side event", "session", "briefing", "hearing"},
    {"reception", "ceremony", "launch"},
]  # fmt: skip


def related(a: str, b: str) -> bool:
    """Two kinds a reference back may use for one another."""
    return a == b or "event" in (a, b) or any(a in c and b in c for c in KIND_CLASSES)


def name_bare_event(ev: Event, later: str) -> None:
    """ "at a ceremony held at its factory ... The opening ceremony was hosted by X": an unnamed event
    introduced by its bare head word takes the later, modified form ("opening ceremony") as its name."""
    words = later.split()
    if ev.named or " " in ev.name or not 2 <= len(words) <= 3 or words[-1].lower() != ev.name.lower():
        return
    if not all(w.islower() for w in words):
        return
    old, ev.name = ev.name, later
    ev.aliases = [a for a in ev.aliases if a != later]
    if old not in ev.aliases:
        ev.aliases.append(old)
