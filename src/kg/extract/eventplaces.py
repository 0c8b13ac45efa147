"""Where and when each event took place, from the clauses around its mentions.

A name or description places an event more surely than a reference back ("the meeting"),
which is trusted only for a city said close by. The dateline places the release's main
event and those named alongside it; parts of an event (a closing ceremony, a side event
during a forum) are held where the event they belong to is. Dates are taken only when
the text gives the year (or the publication date fixes it).
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.dates import find_dates, to_date
from kg.extract.eventnames import Mention, clean
from kg.extract.eventtowns import town_in
from kg.extract.places import CITIES, cities_in, countries, dateline, location_near, publication_date
from kg.model import Document, Event, Span

WINDOW = 260  # characters after a mention searched for its place and date
PART_OF_MAIN = re.compile(
    r"(?:closing|opening|inaugural|final|plenary)\s+(?:ceremony|session|plenary|reception)$", re.I
)
PART_GAP = re.compile(
    r"\s*,?\s*(?:held\s+|organi[sz]ed\s+|taking\s+place\s+)?(?:during|at|on\s+the\s+(?:sidelines|margins)\s+of)"
    r"\s+(?:the\s+)?"
)
# "The meeting was held back-to-back with the X", "The dialogue was held on the margins of the Y": two
# events joined this way meet in one place.
JOINED_GAP = re.compile(
    r"\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?held\s+(?:back-to-back\s+with|on\s+the\s+(?:sidelines|"
    r"margins)\s+of|alongside|in\s+conjunction\s+with|immediately\s+(?:before|after))\s+(?:the\s+)?"
)
SUB_EVENTS = {"side event", "panel", "round table", "roundtable", "reception"}
WEAK_WINDOW = 50  # the same for a reference back ("the meeting")
# Head words of venues, and the Hofburg (the Vienna palace where the OSCE meets, named without a head word).
VENUE = re.compile(
    r"\bat\s+(?:the\s+)?((?:[A-Z][\w’'.-]*\s+){0,5}?(?:Chamber|Centre|Center|Hotel|Hall|Palais\s+[A-Z]\w+|Palace|"
    r"House|Building|Headquarters|Auditorium|Hofburg|Library|Museum|University|Campus|Institute|College|"
    r"Stadium|Theatre|Theater|Complex)"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*)"
)


DATE_GAP = re.compile(r"\W{0,2}(?:\s*(?:for|at|of|during|to)\s+)?(?:(?:the|a|an)\s+)?")

QUOTED = re.compile(r"[“\"][^”\"\n]{1,600}[”\"]")


PROCESS_NAMED = re.compile(r" (?:Process|Dialogue)\b")


def place_and_date(doc: Document, flat: str, sents: list[Span], events: list[Event], resolved) -> None:
    pub = to_date(publication_date(doc))
    dl = dateline(doc)
    if pub is None and dl and dl.date:
        pub = to_date(dl.date)
    starts = sorted(m.start for m, _ in resolved)
    # Names and descriptions place an event more surely than references back ("the meeting").
    weak = ("anaphor", "bare")
    ordered = [r for r in resolved if r[0].mode not in weak] + [r for r in resolved if r[0].mode in weak]
    by_start = sorted(resolved, key=lambda r: r[0].start)
    for m, idx in ordered:
        if m.plural:
            continue  # "following courses in Almaty and Bishkek": other sittings, not this one's place
        ev = events[_owner(m, idx, by_start, flat)]
        sent = next((s for s in sents if s.start <= m.start < s.end), None)
        if sent is None:
            continue
        nxt = next((s for s in starts if s > m.end), sent.end)
        after = flat[m.end : min(sent.end, max(nxt, m.end + 1), m.end + WINDOW)]
        if ev.location is None and not m.headline:
            # A reference back is only trusted for a city said close by ("The meeting, held in Cairo"), not
            # one further on ("The training was the third, following courses in Almaty").
            near = after if m.mode not in weak else after[:WEAK_WINDOW]
            before = flat[max(sent.start, m.start - 80) : m.start]
            loc = location_near(near) or location_near(before)
            # "held in the southern city of X": a town the clause marks as one, though no list knows it.
            town = (
                town_in(m.name)
                or town_in(near)
                or (town_in(before) if loc is None or loc in countries() else None)
            )
            if town and (
                loc is None or loc in countries() or loc not in near or near.find(town) < near.find(loc)
            ):
                loc = town
            if m.mode not in weak or loc in CITIES or (town and loc == town):
                ev.location = loc
        if ev.venue is None:
            v = VENUE.search(after)
            if v:
                ev.venue = clean(v.group(1))
        if ev.start_date is None:
            _date_for(ev, flat, m, sent, after, pub, cut=nxt < sent.end and nxt <= m.end + WINDOW)
    for ev in events:
        if ev.location is None or ev.location in countries():
            forms = [ev.name, *ev.aliases, ev.venue or ""]
            # "the Lakeport Process Working Group", "the Lakeport Talks": a process named after a city meets
            # anywhere; its city places none of its meetings.
            city = next(
                (c.group(1) for f in forms for c in cities_in(f) if not PROCESS_NAMED.match(f, c.end(1))),
                None,
            )
            ev.location = city or ev.location
        if ev.location is None and dl and dl.place and ev is _main(events, resolved):
            ev.location = dl.place  # the dateline places the main event before any later sentence does
        if ev.location is None and ev is _main(events, resolved):
            # "... a conference on X ended today. Delegates gathered in Islamabad ...": the next sentences.
            first = min(m.start for m, t in resolved if events[t] is ev)
            following = [s for s in sents if s.start > first][:2]
            for s in following:
                # Not a city someone names in a quotation ("Young people in Jijiga ...").
                loc = location_near(QUOTED.sub(" ", flat[s.start : s.end]))
                if loc in CITIES:
                    ev.location = loc
                    break
        if ev.location is None and dl and dl.place and _reported_with_main(ev, events, resolved, sents):
            ev.location = dl.place
    main = _main(events, resolved)
    if (
        main is not None
        and main.location in countries()
        and dl
        and dl.place in CITIES
        and dl.place not in countries()
    ):
        # "PORT ELARA - ... a national workshop, the first of its kind in <country>": a country is the main
        # event's scope more often than its place; the dateline's city (when it names one) is where it met,
        # even when the text also writes "held in <country>".
        main.location = dl.place
    # "a side event during the Second Regional Review", "a panel at the Conference": part of another.
    for (x, a), (y, b) in zip(by_start, by_start[1:], strict=False):
        part, whole = events[a], events[b]
        if part is not whole and part.location is None and PART_GAP.fullmatch(flat[x.end : y.start]):
            part.location = whole.location
    for (x, a), (y, b) in zip(by_start, by_start[1:], strict=False):
        if a != b and events[b].location is None and JOINED_GAP.fullmatch(flat, x.end, y.start):
            events[b].location = events[a].location
    for ev in events:
        if (
            ev.location is None
            and main is not None
            and ev is not main
            and (PART_OF_MAIN.match(ev.name) or ev.kind in SUB_EVENTS)
        ):
            # "the closing ceremony", "a side event during the Review", "a round table session at the
            # Conference": held where the event they belong to is.
            ev.location = main.location


def _owner(m: Mention, idx: int, by_start, flat: str) -> int:
    """Whose place and date a clause after `m` gives: in "the panel X of the 12th session of the
    Commission, held on 4 May in Geneva" they belong to the panel, not to the session it is part of."""
    k = next((i for i, r in enumerate(by_start) if r[0] is m), 0)
    while k > 0 and re.fullmatch(
        r"\W*\s+of\s+(?:the\s+)?", flat[by_start[k - 1][0].end : by_start[k][0].start]
    ):
        k -= 1
        idx = by_start[k][1]
    return idx


def _main(events: list[Event], resolved) -> Event | None:
    """The release's main event: the one mentioned first in the body."""
    body = [r for r in resolved if not r[0].headline]
    return events[min(body, key=lambda r: r[0].start)[1]] if body else None


def _reported_with_main(ev: Event, events: list[Event], resolved, sents: list[Span]) -> bool:
    """The dateline places the release's main event (first mentioned) and those named alongside it,
    not every event the release recalls."""
    if not resolved:
        return False
    first = min(resolved, key=lambda r: r[0].start)
    main = events[first[1]]
    if ev is main:
        return True
    sent = next((s for s in sents if s.start <= first[0].start < s.end), None)
    return sent is not None and any(events[t] is ev and sent.start <= m.start < sent.end for m, t in resolved)


def _date_for(ev: Event, flat: str, m: Mention, sent: Span, after: str, pub: date | None, cut: bool) -> None:
    # A date right before the next mention belongs to that event ("the May 4-6, 2012 Global Summit").
    found = [d for d in find_dates(after, pub) if d.iso_start and (not cut or d.end < len(after) - 3)]
    if not found:
        # "from 13 to 15 April 2005 for the European Forum ...": a date just before the name.
        before = flat[max(sent.start, m.start - 40) : m.start]
        found = [d for d in find_dates(before, pub) if d.iso_start and DATE_GAP.fullmatch(before[d.end :])]
    if found:
        ev.start_date = found[0].iso_start
        if found[0].iso_end and found[0].iso_end != found[0].iso_start:
            ev.end_date = found[0].iso_end
