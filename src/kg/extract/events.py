"""Events: the conferences, meetings and workshops a release reports on, merged across mentions.

Mentions come from `eventnames` (names, quoted titles, descriptions, references
back). Here they become `Event`s: names that are forms of one another ("41st
Assembly", "41st Session of the WMO Assembly") are merged, a headline only
confirms or lengthens an event of the body, references back ("the two-day
meeting") attach to the event they point at, and each event gets a place and
dates from the clause that mentions it. Roles (sponsors, organisers) follow in
`eventroles`, which needs the mention positions computed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import eventhosts, eventroles
from kg.extract.eventacronyms import acronym_mentions
from kg.extract.eventadopters import drop_adopters
from kg.extract.eventaffil import acting_body, member_of_body
from kg.extract.eventapposition import ordinal_apposition
from kg.extract.eventbackground import past_background
from kg.extract.eventcampaigns import campaign_event, launched_campaign
from kg.extract.eventdecks import deck_lines
from kg.extract.eventgeneric import compared_kind
from kg.extract.eventheadlines import headline_lines
from kg.extract.eventintro import appositive_name, titled_intro
from kg.extract.eventlaunches import passive_launch
from kg.extract.eventnames import Mention, clean, find_mentions
from kg.extract.eventplaces import QUOTED, place_and_date
from kg.extract.eventprocesses import standing_process
from kg.extract.eventrefs import has_modifier, introduced, only_references, resolve_reference
from kg.extract.eventsame import STOP, name_bare_event, other_sitting, predicate_of, same_event
from kg.extract.eventsame import related as _related
from kg.extract.eventsittings import drop_numbered_sitting_body, drop_sitting_body, known_body_sitting
from kg.extract.eventtails import runs_on
from kg.extract.eventtitles import APPOSED_GAP, find_titles, kind_before_title
from kg.extract.nlp import sentences
from kg.extract.organisations import ensure_organisation
from kg.extract.registry import component
from kg.model import Document, Event, Extraction, Span


@dataclass
class EventMentions:
    """What the role finder needs: each mention with the event it was resolved to, and the sentences."""

    mentions: list[tuple[Mention, int]] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    flat: str = ""


def _event_forms(ev: Event) -> list[str]:
    return [ev.name, *ev.aliases]


def _add_alias(ev: Event, form: str) -> None:
    if all(form.lower() != f.lower() for f in _event_forms(ev)):
        ev.aliases.append(form)


def _collect(doc: Document, flat: str) -> tuple[list[Span], list[tuple[Mention, int, bool]]]:
    """All mentions, sorted, each with its sentence index and whether a quoted title claims it as alias."""
    sents = sentences(doc)
    headline_ranges = [(s.start, s.end) for s in doc.of_kind("headline")] + headline_lines(doc)
    headline_ranges += deck_lines(doc)
    found: list[tuple[Mention, int, bool]] = []
    for si, sent in enumerate(sents):
        if past_background(doc, flat, sent.start, sent.end):
            continue  # "About the network: In 2004 it held a conference in X": history, not this release
        titles = find_titles(flat, sent.start, sent.end)
        plain = find_mentions(flat, sent.start, sent.end, False, doc.text)
        for m in [*plain, *(t for t, _ in titles)]:
            # "JCC TRADE MISSION TO PANAMA SIGNS ...": a line in capitals is a headline wherever it stands.
            m.headline = (
                m.headline
                or (" " in m.name and m.name.isupper())
                or any(a <= m.start < b for a, b in headline_ranges)
            )
        _topic(flat, sent, plain)
        plain = [m for m in plain if not any(t.start <= m.start < t.end for t, _ in titles)]
        claimed: set[int] = set()
        for t, cue in titles:
            for k, m in enumerate(plain):
                if m.mode == "named" and not kind_before_title(m, t):
                    continue
                gap_before = t.start - m.end
                gap_after = m.start - t.end
                if 0 <= gap_before <= 3 or 0 <= gap_after <= 3 or (cue and m.end <= t.start):
                    claimed.add(k)
                elif (
                    m.mode != "named" and 0 <= gap_after <= 8 and APPOSED_GAP.fullmatch(flat, t.end, m.start)
                ):
                    claimed.add(k)  # '"Open Doors", a two-day conference': the description is an alias
            found.append((t, si, False))
        for k, m in enumerate(plain):
            found.append((m, si, k in claimed))
    found.sort(key=lambda x: x[0].start)
    return sents, found


PURPOSE = re.compile(
    r"\bto\s+(?:facilitate|discuss|hold|foster|promote|encourage|examine|explore|review|debate)\s+"
    r"(?:an?\s+|the\s+)?(?:(?:dialogue|discussion|debate|exchange|conversation)\s+)?(?:on|about)\s+"
    r"(?P<topic>[a-z][\w\s-]{3,120}?)(?=[,.;:(]|\s+(?:and|to|in order|which|that|while|with)\b|$)"
)


def _topic(flat: str, sent: Span, plain: list[Mention]) -> None:
    """ "hosted a side event ... to facilitate a dialogue on X": a vague event gets its topic as name."""
    for m in plain:
        if m.mode == "bare" or (m.mode == "described" and len(m.name) < 12):
            p = PURPOSE.search(flat, m.end, sent.end)
            if p and len(p.group("topic").split()) <= 12:
                m.name = f"{m.name} on {clean(p.group('topic'))}"
                m.mode = "described"


def _merge_target(events: list[Event], name: str) -> int | None:
    for i, ev in enumerate(events):
        forms = _event_forms(ev)
        if any(same_event(f, name) for f in forms) and not other_sitting(forms, name):
            return i
    return None


def build_events(doc: Document, ex: Extraction) -> EventMentions:
    flat = doc.text.replace("\n", " ")
    sents, found = _collect(doc, flat)
    headlines = [(s.start, s.end) for s in doc.of_kind("headline")] + headline_lines(doc) + deck_lines(doc)
    if (launched := launched_campaign(flat, sents, headlines)) is not None:
        found = sorted(
            [*found, (*launched, False)], key=lambda x: x[0].start
        )  # "launched LAKE SAFE, a campaign"
    events: list[Event] = []
    named_flags: list[bool] = []
    resolved: list[tuple[Mention, int]] = []
    pending: list[tuple[Mention, int, bool]] = []  # (mention, sentence index, claimed by a title)
    title_of_sentence: dict[int, int] = {}
    intro_sentence: dict[int, int] = {}  # described event -> sentence that introduced it
    quoted = _quoted_spans(flat) if '"' in flat or "“" in flat else []
    for m, si, claimed in found:
        if m.headline:
            continue
        if claimed:
            pending.append((m, si, True))
            target = title_of_sentence.get(si)
            if target is not None and events[target].kind == "event":
                events[target].kind = m.kind
            continue
        if m.mode == "named":
            # A body the organisations component knows by this very name ("Pacific Islands Forum", "the
            # International Conference on the Great Lakes Region (ICGLR)") is not an event, even with a
            # topic (no gold event of the tuning data is also a gold organisation); a number ("12th
            # Council") makes a sitting of it an event.
            if ex.organisation(m.name) is not None and not re.search(r"\d", m.name):
                if not known_body_sitting(flat, m.name, m.start, m.end):
                    continue
                drop_sitting_body(ex, m.name, m.start, m.end)  # "the X Forum, which opens in Y on Z"
            if (member_of_body(flat, m.start, ex) or acting_body(flat, m.start, m.end)) and not re.search(
                r"\d", m.name
            ):
                ensure_organisation(ex, m.name, Span(m.start, m.end))  # "Mr. X of the Y Forum in Asia"
                continue
            if _inside_org(m, ex, flat) or ORG_LEAD.match(m.name) or runs_on(flat, m.end, m.headline):
                continue  # "the NGO Migrant Forum Asia": part of an organisation's name
            if m.kind == "dialogue" and standing_process(flat, m.start, m.end):
                continue  # "the X Dialogue (Y Process)", 'the project "Support to the X Dialogue"
            drop_numbered_sitting_body(ex, m.name, m.start, m.end)
            target = _merge_target(events, m.name)
            if target is None:
                target = introduced(m, si, events, intro_sentence, flat, sents[si].start)
                if target is None:
                    target = titled_intro(m, si, events, intro_sentence, flat, sents[si].start)
                if target is None:
                    target = appositive_name(m, si, events, resolved, intro_sentence, flat)
                if target is not None:
                    ev = events[target]
                    old_name, ev.name, ev.named = ev.name, m.name, True
                    _add_alias(ev, old_name)
            if target is None:
                events.append(Event(name=m.name, named=True, kind=m.kind))
                named_flags.append(True)
                target = len(events) - 1
            else:
                _add_alias(events[target], m.name)
                if not events[target].named:
                    events[target].named = True
                    events[target].name, m_name = m.name, events[target].name
                    _add_alias(events[target], m_name)
            resolved.append((m, target))
            if m.title:
                title_of_sentence[si] = target
        elif m.mode == "described":
            subject = predicate_of(m, si, resolved, sents, flat)
            if subject is None:
                subject = ordinal_apposition(m, resolved, flat)
            if subject is not None:
                resolved.append((m, subject))  # "The Roundtable ... was the first meeting of its kind"
                continue
            target = next(
                (
                    i
                    for i, ev in enumerate(events)
                    if any(f.lower() == m.name.lower() for f in _event_forms(ev))
                ),
                None,
            )
            if target is None and _definite_bare(m, flat):
                # "... launched "Safe Roads". The launch, held at ...": the kind word alone, definite,
                # points back at the event of its kind already reported.
                target = next((t for x, t in reversed(resolved) if events[t].kind == m.kind), None)
            if target is None:
                if _in_quote(m, quoted):
                    continue  # "every arrest becomes a political event": speech, not a reported event
                if compared_kind(flat, sents[si].start, m.start):
                    continue  # "replaces a half-day briefing with a three-day course": no event held
                events.append(Event(name=m.name, named=False, kind=m.kind))
                target = len(events) - 1
                intro_sentence[target] = si
            resolved.append((m, target))
        elif (apposed := ordinal_apposition(m, resolved, flat)) is not None:
            resolved.append((m, apposed))  # "a round table on X, the first meeting of its kind"
        else:
            pending.append((m, si, False))
    # Headlines only confirm (and may lengthen) events of the body.
    for m, _si, _c in found:
        if m.headline and m.mode in ("named", "described"):
            target = _merge_target(events, m.name)
            if target is None and m.mode == "named" and not m.title:
                # "UNHCR Convenes Global Consultations on Resettlement" over "a three-day consultation on
                # resettlement": the headline's form is another name of the one body event of its kind
                # (a headline's Title Case does not make the event named).
                same_kind = [i for i, ev in enumerate(events) if _related(ev.kind, m.kind)]
                first_body = min(resolved, key=lambda r: r[0].start)[1] if resolved else None
                if same_kind == [first_body] and not events[same_kind[0]].named:
                    target = same_kind[0]
            if target is not None:
                ev = events[target]
                _add_alias(ev, m.name)
                if m.mode == "named" and ev.named and m.name.lower().startswith(ev.name.lower()):
                    ev.aliases = [a for a in ev.aliases if a != m.name]
                    _add_alias(ev, ev.name)
                    ev.name = m.name
                resolved.append((m, target))
    orphans: list[tuple[Mention, bool]] = []  # references back with nothing to point at; with a role cue
    for m, si, claimed in pending:
        subject = None if claimed else predicate_of(m, si, resolved, sents, flat)
        if subject is not None:
            resolved.append((m, subject))
            continue
        target = title_of_sentence.get(si) if claimed else None
        if target is not None and events[target].kind == "event":
            events[target].kind = m.kind  # 'a seminar titled "X"': X is a seminar
        name = re.sub(r"^(?:The|the|This|this|Its|its|Their|their)\s+", "", m.name)
        if target is None and m.topic and not m.plural and not _topic_known(m.topic, events):
            # "The seminar on border data was hosted by ...": a topic no event has is a new event.
            events.append(Event(name=f"{name} on {m.topic}", named=False, kind=m.kind))
            resolved.append((m, len(events) - 1))
            continue
        if target is None:
            target = resolve_reference(m, resolved, events)
        if target is None:
            target = next((i for i, ev in enumerate(events) if ev.name.lower() == name.lower()), None)
        if (
            target is None
            and not m.plural
            and (m.mode == "bare" or len(m.name.split()) > 2 or has_modifier(m))
            # "A session led by X presented ...": a bare session within the event already reported.
            and not (m.mode == "bare" and m.kind == "session" and events)
        ):
            # An event the text reports without introducing it ("The launch ceremony, held at ...").
            events.append(Event(name=name, named=False, kind=m.kind))
            resolved.append((m, len(events) - 1))
            continue
        if target is None:
            if not m.plural and m.kind not in ("event", "gathering", "session", "mission", "visit"):
                orphans.append((m, ROLE_CUE.search(flat, sents[si].start, sents[si].end) is not None))
            continue
        alias_form = m.mode in ("anaphor", "described") or (claimed and m.mode == "named")
        if alias_form and len(m.name.split()) > 1:
            _add_alias(events[target], re.sub(r"^(?:The|the)\s+", "", m.name))
            name_bare_event(events[target], name)
        resolved.append((m, target))
    if not events and orphans:
        if orphans[0][0].kind == "launch" and passive_launch(flat):
            orphans[0] = (orphans[0][0], True)  # "... launched today by A and B. Opening the launch, ..."
        only_references(orphans, found, events, resolved)
    acronym_mentions(flat, ex, events, resolved)  # "The 9th LFW was organised by X"
    campaign_event(flat, sents, headlines, events, resolved)  # "The campaign is organised by X"
    resolved.sort(key=lambda x: x[0].start)
    for m, idx in resolved:
        events[idx].spans.append(Span(m.start, m.end))
    place_and_date(doc, flat, sents, events, resolved)
    ex.events.extend(events)
    return EventMentions([(m, i) for m, i in resolved], sents, flat)


def _definite_bare(m: Mention, flat: str) -> bool:
    """ "The launch, held ...": a described mention that is its kind word alone after "the"."""
    return m.name.lower() == m.kind and flat[max(0, m.start - 4) : m.start].lower() == "the "


def _quoted_spans(flat: str) -> list[tuple[int, int]]:
    return [(q.start(), q.end()) for q in QUOTED.finditer(flat) if len(q.group().split()) > 5]


ROLE_CUE = re.compile(r"organi[sz]|host|conven|sponsor|fund|financ|support|made\s+possible")
# "the Lakeport-based NGO X Forum": a place-based lead too.
ORG_LEAD = re.compile(r"(?:[\w-]+-based\s+)?(?:NGO|Non-Governmental|Nongovernmental|Charity)\b")


def _inside_org(m: Mention, ex: Extraction, flat: str) -> bool:
    """The mention lies inside a longer form of a known organisation written at the same place."""
    window = flat[max(0, m.start - 60) : m.end + 60]
    offset = max(0, m.start - 60)
    for org in ex.organisations:
        for form in org.forms:
            if len(form) <= len(m.name) or m.name.split()[-1] not in form:
                continue
            at = window.find(form)
            while at >= 0:
                a, b = offset + at, offset + at + len(form)
                if a <= m.start < b and m.end <= b + 1 and (a < m.start or b > m.end):
                    return True
                at = window.find(form, at + 1)
    return False


def _topic_known(topic: str, events: list[Event]) -> bool:
    words = [w for w in re.findall(r"[a-z][\w-]{3,}", topic.lower()) if w not in STOP]
    text = " ".join(f.lower() for ev in events for f in _event_forms(ev))
    return not words or any(w[:5] in text for w in words)


def _in_quote(m: Mention, quoted: list[tuple[int, int]]) -> bool:
    """Inside direct speech (longer than a title): "every arrest becomes a political event"."""
    return any(a < m.start < b for a, b in quoted)


@component("events")
def find_events(doc: Document, ex: Extraction) -> None:
    mentions = build_events(doc, ex)
    kept = drop_adopters(ex, mentions.mentions, mentions.flat)  # "adopted by the X Conference": a body
    if kept is not None:
        mentions.mentions = kept
    if ex.events:
        eventroles.find_roles(doc, ex, mentions)
        eventhosts.find_hosts(ex, mentions)
