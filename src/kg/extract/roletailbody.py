"""A title ending "at/of/in the <kind word>", naming back the speaker's body the release gave in full before.

"Joint Secretary and head of the Child Unit at the ministry", "Director of Outreach at the League": when
no rule found the speaker's organisation, a bare "at the <kind word>" refers back to the body of that kind
the release named last before the speaker ("the Ministry of Water of Lakeland", "the League of Coastal
States"), and the "at" phrase is no part of the title. "Secretary of the Ministry", "Permanent Secretary in
the Department": a ministry's own release names its officials against the bare kind word after its first
mention in full, and the title is the words before it. Kept apart from `affiliation` so the shape can be
tested on its own; it runs once every organisation of the people stage is known.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.affilcues import form_mentions
from kg.model import Extraction

# "... at the ministry", "... at the League", "Secretary of the Ministry": one kind word after "at/of/in
# the", ending the title.
AT_THE_KIND = re.compile(r"^(?P<title>.+?),?\s+(?:at|of|in)\s+the\s+(?P<kind>[A-Za-z]+)$")

# Words that are no body's head: "at the time", "at the event" ...
_NOT_KINDS = frozenset("time event meeting launch conference workshop same end start moment session".split())


def _kind_antecedent(ex: Extraction, text: str, kind: str, start: int) -> str | None:
    """The body the release named before `start` whose first or second word is the kind word:
    "the ministry" -> "Ministry of Water of Lakeland". When it named two, the one it named more often
    (the publisher, against a former name or a passing mention); none when they tie."""
    if kind.lower() in _NOT_KINDS:
        return None
    kind = kind[:1].upper() + kind[1:].lower()
    near = {n for _, n in form_mentions(ex, text, max(0, start - 3000), start) if kind in n.split()[:2]}
    near.discard(kind)  # the bare kind word read as a body's name names none
    if len(near) <= 1:
        return next(iter(near), None)
    counts = Counter({n: _mentions(ex, text, n, start) for n in near}).most_common(2)
    return counts[0][0] if counts[0][1] > counts[1][1] else None


def _mentions(ex: Extraction, text: str, name: str, end: int) -> int:
    """How often the release named the body by one of its forms before `end`."""
    o = ex.organisation(name)
    return sum(text.count(f, 0, end) for f in (o.forms if o else [name]) if len(f) > 2)


def _at_the_kind(ex: Extraction, text: str, start: int, role: str) -> tuple[str, str] | None:
    m = AT_THE_KIND.match(role)
    body = _kind_antecedent(ex, text, m.group("kind"), start) if m else None
    return (m.group("title").strip(" ,;"), body) if m and body else None


def _acronym_tail(ex: Extraction, role: str) -> tuple[str, str] | None:
    """ "Director General LPA": a title followed by the bare acronym of a body the release named, the
    way ministries' and agencies' own releases write their heads' titles."""
    head, _, last = role.rpartition(" ")
    if not head or not (2 <= len(last) <= 8 and last.isupper() and last.isalpha()):
        return None
    if head.split()[-1].lower() in ("of", "the", "and", "for", "at", "in", "to"):
        return None
    o = next((o for o in ex.organisations if last in o.forms), None)
    return (head, o.name) if o is not None else None


def role_tail_body(ex: Extraction, text: str, start: int, role: str | None) -> tuple[str, str] | None:
    """(title, body) when the title's last words name a body of the release in short form, else None."""
    if not role:
        return None
    role = role.strip(" ,;")
    return _at_the_kind(ex, text, start, role) or _acronym_tail(ex, role)


def role_tail_bodies(ex: Extraction, text: str) -> None:
    """Give each speaker left without an organisation the body the end of their title names."""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        hit = role_tail_body(ex, text, a.span.start, a.role)
        if hit:
            a.role, a.organisation = hit
