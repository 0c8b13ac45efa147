"""Finding event mentions: proper names, quoted titles, described events and references back.

Press releases name events in a few recurring ways, and each is a rule here:
- a Title Case name ending in an event word, with an optional "of/on ..." tail
  ("International Conference on Water Rights in Arid Regions",
  "3rd Expert Group Meeting", "41st Session of the WMO Assembly");
- an ordinal session of a body ("the 12th session of the Commission on ...");
- a quoted title tied to an event word ('a seminar titled "X"', 'the panel "X"');
- an indefinite description ("a three-day pan-African conference on ...");
- references back ("the conference", "the three-day forum"), resolved later.
Working on a flattened copy of the text (newlines as spaces) keeps offsets intact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.eventnounmods import noun_modifier
from kg.extract.eventtails import is_cap, tail, topic_tail_end, trim_place_tail
from kg.extract.eventtokens import (
    TOKEN,
    _cap_word,
    _head_at,
    _is_acronym,
    _is_ordinal,
    _line_breaks,
    _not_a_gathering,
    _title_word,
)
from kg.extract.eventwith import with_tail_end
from kg.extract.eventwords import (
    ADJECTIVE,
    DETERMINERS_NEW,
    DETERMINERS_OLD,
    HEAD_FORMS,
    HEAD_RX,
    HEADLINE_VERBS,
    KILL_MODIFIERS,
    LEFT_CONNECTORS,
    MODIFIERS,
    MONTHS_WEEKDAYS,
    NAME_CONNECTORS,
    NAMED_ONLY,
    NO_DESCRIBED,
    NOT_TOPIC,
    ORG_NAMES,
)

SPACES = re.compile(r"\s+")  # precompiled: applied to every name and sentence
NUMBERED = re.compile(r"\d{1,2}(?:\.\d{1,2})?")  # "1.2" in "Roundtable 1.2 on X"


@dataclass
class Mention:
    """One place where the text refers to an event."""

    start: int
    end: int
    kind: str  # head word: conference, meeting ...
    name: str  # the form seen, whitespace collapsed
    mode: str  # "named", "described" (new, indefinite), "bare" (indefinite, too vague), "anaphor"
    headline: bool = False
    possessor: str | None = None  # "WHO" in "WHO's landmark ... Summit"
    modifier_orgs: tuple[str, ...] = ()  # "IOM" in "an IOM training workshop"
    title: bool = False  # a quoted title
    plural: bool = False  # "the meetings": refers back, never introduces an event
    topic: str | None = None  # "border data" in "the seminar on border data" (references back only)


def clean(text: str) -> str:
    return " ".join(text.split())  # SPACES.sub(" ", text).strip(): str and re agree on whitespace


def find_mentions(
    text: str, start: int, end: int, headline: bool = False, orig: str | None = None
) -> list[Mention]:
    """Event mentions in text[start:end] (absolute offsets; `text` is the flattened release text, `orig`
    the same text with its newlines, used to keep names from running across short lines)."""
    if not HEAD_RX.search(text, start, end):
        return []
    toks = list(TOKEN.finditer(text, start, end))
    if orig is not None:
        breaks = _line_breaks(orig, toks)
        cut = [i for i, b in enumerate(breaks) if b]
        if cut:
            out: list[Mention] = []
            bounds = [0, *cut, len(toks)]
            for a, b in zip(bounds, bounds[1:], strict=False):
                if a < b:
                    out.extend(find_mentions(text, toks[a].start(), toks[b - 1].end(), headline))
            return out
    out: list[Mention] = []
    for i in [i for i, tok in enumerate(toks) if tok.group().lower() in HEAD_FORMS]:
        tok = toks[i]
        if out and tok.start() < out[-1].end:
            continue  # inside the tail of a name just found ("Consultation of the Abu Dhabi Dialogue")
        kind = _head_at(toks, i)
        if kind is None:
            continue
        word = tok.group()
        if word[0].isupper():
            m = _named(text, toks, i, kind, headline)
        else:
            m = _ordinal_session(text, toks, i, kind, headline) or _described(text, toks, i, kind, headline)
        if m is not None:
            out.append(m)
    return out


LAUNCH_EVENT = re.compile(
    r"(?:\s+event)?,?\s+(?:(?:was|is|will\s+be)\s+)?(?:jointly\s+)?(?:held|organi[sz]ed|hosted|sponsored|"
    r"co-organi[sz]ed|co-hosted|convened|funded|supported|took\s+place)\b"
)
HELD_NAMED = frozenset({"review", "congress", "convention"})
YEAR_AFTER = re.compile(r" (?:19|20)\d\d\b(?![-/.]\d)")
HELD_AFTER = re.compile(
    r",?\s+(?:(?:which|that)\s+was\s+)?(?:held|convened|organi[sz]ed)\s+(?:in|on|at|from)\s|,?\s+took\s+place\b"
)


# "the Asia-Pacific People's Forum", "the Women's Summit": a group's possessive is part of the name, no
# organiser's.
GROUP_POSSESSIVES = frozenset(
    {"people", "women", "children", "men", "youth", "workers", "migrants", "citizens"}
)


def _named(text: str, toks: list[re.Match], i: int, kind: str, headline: bool) -> Mention | None:
    j = i - 1
    first = i
    possessor = None
    while j >= 0:
        t = toks[j].group()
        low = t.lower()
        if low.endswith(("'s", "’s")) and t[0].isupper() and low[:-2] not in GROUP_POSSESSIVES:
            possessor = t[:-2]
            break
        if low in HEADLINE_VERBS or low in MONTHS_WEEKDAYS or low in ("the", "a", "an", "this", "that"):
            break
        if is_cap(t) or _is_ordinal(t) or low == "annual":
            first = j
        elif low in LEFT_CONNECTORS and j > 0 and is_cap(toks[j - 1].group()) and low != "and":
            pass
        elif low == "and" and j > 0 and _title_word(toks[j - 1].group()):
            pass  # "the X Health and Safety Conference": a name's own "and" (not "UNDP and ...")
        else:
            # "WHO's landmark Oslo ... Summit": the possessor may sit before a modifier or two.
            for k in (j - 1, j - 2):
                if (
                    low in MODIFIERS
                    and k >= 0
                    and toks[k].group().endswith(("'s", "’s"))
                    and toks[k].group()[0].isupper()
                ):
                    possessor = toks[k].group()[:-2]
                    break
                if k >= 0 and toks[k].group().lower() not in MODIFIERS:
                    break
            break
        j -= 1
    last = tail(toks, i + 1, text) - 1
    has_left = first < i and not (first == i - 1 and toks[i - 1].group().lower() == "round")
    if (
        kind in NAMED_ONLY
        and not any(_is_ordinal(toks[k].group()) for k in range(first, i))
        # "the X Mid-Term Review held in Lakeport": a sitting, not a body (a council or assembly that
        # "held" something stays a body).
        and not (kind in HELD_NAMED and first < i and HELD_AFTER.match(text, toks[i].end()))
        # "the Lakeside Regional Review of the Compact, held in ...", "met for the Pacific Regional
        # Review of the Platform": a regional review is a meeting of the region's governments.
        and not (kind == "review" and first < i and toks[i - 1].group() == "Regional")
        # "the Harbour Congress 2015": a year after the name makes it one sitting, an event.
        and not (first < i and YEAR_AFTER.match(text, toks[i].end()))
    ):
        return None
    s, e = toks[first].start(), toks[last].end()
    # "Roundtable 1.2 on the cost of recruitment", "Panel 3 on data": a numbered part named by its topic.
    if (
        first == i == last
        and i + 2 < len(toks)
        and NUMBERED.fullmatch(toks[i + 1].group())
        and toks[i + 2].group() == "on"
        and (e2 := topic_tail_end(text, toks, i + 1, ("on",))) > toks[i + 1].end()
    ):
        return Mention(s, e2, kind, clean(text[s:e2]), "named", headline)
    if last > i:
        e = trim_place_tail(text, s, e)
    elif has_left and text.startswith((" 19", " 20"), e):
        year = YEAR_AFTER.match(text, e)
        e = year.end() if year else e  # "the Harbour Congress 2015": the edition's year is in its name
    if not has_left and last == i:
        return Mention(s, e, kind, clean(text[s:e]), "anaphor", headline)
    name = clean(text[s:e])
    org = ORG_NAMES.search(name)
    # "the Human Rights Council" is a body; "the 15th Session of the Human Rights Council" is an event.
    if org and org.start() <= len(clean(text[s : toks[i].start()])) + 1:
        return None
    return Mention(s, e, kind, name, "named", headline, possessor=possessor)


def _ordinal_session(text: str, toks: list[re.Match], i: int, kind: str, headline: bool) -> Mention | None:
    """ "the 12th session of the Commission on ...": a numbered sitting of a named body."""
    if i == 0 or not _is_ordinal(toks[i - 1].group()) or kind not in ("session", "meeting", "conference"):
        return None
    first = i - 1
    last = tail(toks, i + 1, text) - 1
    if last == i or toks[i + 1].group().lower() != "of":
        return None
    s, e = toks[first].start(), toks[last].end()
    e = trim_place_tail(text, s, e)
    return Mention(s, e, kind, clean(text[s:e]), "named", headline)


def _owner_phrase(toks: list[re.Match], j: int) -> str:
    """The Title Case name that ends in the possessive token toks[j] ("Human Rights Council's")."""
    words = [toks[j].group()[:-2]]
    k = j - 1
    while k >= 0 and (_cap_word(toks[k].group()) or toks[k].group() in ("of", "for", "on", "and", "the")):
        words.insert(0, toks[k].group())
        k -= 1
    while words and words[0].lower() in ("of", "for", "on", "and", "the"):
        words.pop(0)
    return " ".join(words)


def _described(text: str, toks: list[re.Match], i: int, kind: str, headline: bool) -> Mention | None:
    if _not_a_gathering(toks, i, kind):
        return None
    j = i - 1
    first = i
    orgs: list[str] = []
    cap_start: int | None = None  # first token of a Title Case name before the head word
    inner = False  # that name has a connector inside ("X of the Y Awards ceremony")
    possessor = None
    while j >= 0:
        t = toks[j].group()
        low = t.lower()
        if (
            t == ")"
            and j == i - 1
            and j >= 3
            and toks[j - 2].group() == "("
            and _is_acronym(toks[j - 1].group())
            and _cap_word(toks[j - 3].group())
        ):
            # "a five-day Camp Management (CM) training": the subject's acronym before the head word.
            j -= 3
            continue
        if low in NAME_CONNECTORS and cap_start == j + 1:
            # "of", "on the" inside a Title Case name: keep going when a capitalised word sits just before.
            k = j - 1
            if low == "the" and k >= 0 and toks[k].group().lower() in ("of", "on", "for"):
                k -= 1
            if (
                k >= 0
                and (low != "the" or k < j - 1)
                and _cap_word(toks[k].group())
                and not toks[k].group().endswith(("'s", "’s"))
            ):
                first = cap_start = k
                inner = True
                j = k - 1
                continue
        if low in DETERMINERS_NEW or low in DETERMINERS_OLD:
            break
        if low == "press" and j == i - 1 and kind in ("conference", "briefing"):
            # "a press briefing in Nairobi": an event held by whoever briefs (GUIDELINES: a conference).
            first = j
            j -= 1
            continue
        if low in KILL_MODIFIERS:
            return None
        if low.endswith(("'s", "’s")):
            break
        if "-" in t or low in MODIFIERS or ADJECTIVE.search(low) or _cap_word(t) or _is_ordinal(t):
            if _is_acronym(t):
                orgs.append(t)
            first = j
            if _cap_word(t) and (cap_start is None or cap_start == j + 1):
                cap_start = j
        elif noun_modifier(toks, j):
            # "a technical cooperation workshop": an unlisted subject noun inside an introduced phrase.
            first = j
        else:
            break
        j -= 1
    det = toks[j].group().lower() if j >= 0 else ""
    if det.endswith(("'s", "’s")) and toks[j].group()[:1].isupper():
        # "IOM's regional workshop", "the Trust's annual ... ceremony": a definite reference whose
        # possessor is the organiser.
        possessor = toks[j].group()[:-2]
        det = "the"
        owner = _owner_phrase(toks, j)
        if (
            kind in ("session", "meeting", "conference", "summit", "congress", "assembly")
            and _is_ordinal(toks[first].group())
            and first < i
            and len(owner.split()) >= 2
            and not headline
        ):
            # "the Human Rights Council's 35th session": the 35th session of the Human Rights Council.
            s, e = toks[first].start(), toks[i].end()
            name = f"{clean(text[s:e])} of the {owner}"
            return Mention(toks[j].start(), e, kind, name, "named", headline)
    if inner and cap_start is not None and not headline:
        cap_words = [x.group() for x in toks[cap_start:i] if _cap_word(x.group())]
        if len(cap_words) >= 3:
            s, e = toks[cap_start].start(), toks[i].end()
            return Mention(s, e, kind, clean(text[s:e]), "named", headline, possessor=possessor)
    if kind == "panel" and i + 1 < len(toks) and toks[i + 1].group().lower() in ("discussion", "discussions"):
        i += 1  # "a panel discussion on X": the compound is the head; its topic follows "discussion"
    if toks[i].group().lower().endswith("s") and toks[i].group().lower() != kind:
        return Mention(
            toks[i].start(), toks[i].end(), kind, toks[i].group(), "anaphor", headline, plural=True
        )
    pre = toks[j - 1].group().lower() if j >= 1 else ""
    s = toks[first].start()
    e = tok_end = toks[i].end()
    if kind == "launch" and first == i and det in ("a", "an", "the") and LAUNCH_EVENT.match(text, e):
        # "at a launch held at the Serena Hotel", "The launch, sponsored by X," after "was launched today"
        # with no event named since: the launch as an event of its own.
        since = text.rfind("launched", max(0, s - 2000), s)
        if det != "the" or (since >= 0 and not HEAD_RX.search(text, since, s)):
            return Mention(s, e, kind, "launch", "described", headline)
    if det in DETERMINERS_OLD or det in ("", "'s"):
        if det in DETERMINERS_OLD and not (
            kind == "event" and i + 1 < len(toks) and toks[i + 1].group() == "of"
        ):
            # "the annual meeting of the OSCE Ministerial Council": keep a Title Case "of" tail.
            if first < i and i + 1 < len(toks) and toks[i + 1].group().lower() == "of":
                e = toks[tail(toks, i + 1, text) - 1].end()
            m = Mention(s, e, kind, clean(text[s:e]), "anaphor", headline, possessor=possessor)
            # "The seminar on border data was hosted by ...": what it is about tells whether it is new.
            topic_end = topic_tail_end(text, toks, i, ("on", "about", "addressing", "regarding"))
            if topic_end > e and toks[i + 2].group()[:1].islower():
                topic = clean(text[toks[i + 2].start() : topic_end])
                m.topic = None if NOT_TOPIC.match(topic) else topic
            return m
        return None
    if det not in DETERMINERS_NEW or pre in ("as", "is", "was", "be", "been", "such"):
        return None
    e = topic_tail_end(text, toks, i, ("on", "about", "addressing", "regarding", "for", "of"))
    # "a regional dialogue on labour migration": a dialogue with a modifier and a topic is a meeting;
    # "a dialogue with donors" is not.
    # "a hybrid launch event": the word "event" says the launch is one (a bare "a launch" may be a product's).
    if e == tok_end and (w := with_tail_end(toks, i, kind)) is not None:
        e = w  # "a meeting with humanitarian partners": named by whom it is held with
    if (
        kind in NO_DESCRIBED
        and not (kind in ("dialogue", "hearing") and first < i and e > tok_end)
        and not (kind == "launch" and toks[i].group().lower() == "event")
    ):
        return None
    name = clean(text[s:e])
    if first == i and e == tok_end:
        return Mention(s, e, kind, name, "bare", headline)
    return Mention(s, e, kind, name, "described", headline, modifier_orgs=tuple(orgs))
