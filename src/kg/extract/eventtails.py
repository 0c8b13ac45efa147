"""Where an event's name or the phrase saying what it is about ends.

"International Conference on Water Rights in Arid Regions" runs on through its Title Case "on ..." tail but
stops before " in Geneva"; "a workshop on border data in 2015" is about "border data". Kept apart from
`eventnames`, which decides what kind of mention a head word starts, because these token scans only find
the end of a phrase and read nothing but the word lists in `eventwords`.
"""

from __future__ import annotations

import re

from kg.extract.eventwords import (
    DANGLING,
    HEADLINE_VERBS,
    MONTHS_WEEKDAYS,
    NOT_TOPIC,
    ORDINAL,
    TAIL_CONNECTORS,
    TAIL_START,
    TAIL_STOP,
)
from kg.extract.places import cities_in, countries_in, is_place

# "the Chair of the 54th session of the Commission, Ambassador Jane Doe": a comma before a person's
# honorific or title opens an apposition naming someone, not the next word of a Title Case name.
PERSON_TITLES = frozenset(
    "Ambassador Mr Mrs Ms Miss Dr Prof Professor Sir Dame Madam Mme Senator Councillor Judge Justice "
    "Minister H.E HE Hon Honourable Honorable Excellency".split()
)


def is_cap(tok: str) -> bool:
    return tok[:1].isupper() or (tok[:1].isdigit() and bool(ORDINAL.match(tok)))


def trim_place_tail(text: str, name_start: int, name_end: int) -> int:
    """Cut a name's tail before ' in <place>' so "Conference on X in Geneva" keeps only the name."""
    span = text[name_start:name_end]
    for m in [*cities_in(span), *countries_in(span)]:
        before = span[: m.start()]
        if re.search(r"\s(?:in|at)\s+(?:the\s+)?$", before):
            cut = re.search(r"\s(?:in|at)\s+(?:the\s+)?$", before).start()
            return name_start + cut
    return name_end


def tail(toks: list[re.Match], j: int, text: str) -> int:
    """Index one past the last token of a Title Case tail at toks[j] ("on Water Rights in Arid Regions")."""
    if j >= len(toks) or toks[j].group().lower() not in TAIL_START:
        return j
    k = j + 1
    if k < len(toks) and toks[k].group().lower() == "the":
        k += 1
    if k >= len(toks) or not toks[k].group()[:1].isupper():
        return j
    if toks[k].group().lower() in MONTHS_WEEKDAYS:
        return j  # "the Annual Water Conference in June": when it meets, not its name
    last = k
    k += 1
    while k < len(toks):
        t = toks[k].group()
        if (t.isdigit() and len(t) < 4) or t.lower() in MONTHS_WEEKDAYS - TAIL_CONNECTORS - {"may", "march"}:
            break
        # "... Meeting in New York": the second word of a two-word place is no place of its own
        # ("Orleans"); the whole place is cut off later by trim_place_tail.
        if (
            t[:1].isupper()
            and is_cap(toks[k - 1].group())
            and is_place(t)
            and not (toks[k - 2].group() in ("in", "at") and is_place(f"{toks[k - 1].group()} {t}"))
        ):
            break
        if t in ("May", "March") and toks[k - 1].group() == "in" and not _cap_next(toks, k + 1):
            break  # "... Meeting in Lakeport in May": when it meets, not its name ("in May Hall" goes on)
        if t in ("in", "at") and _place_after(toks, k + 1):
            break  # "... for Rural Water in New Delhi today": the place where it met ends the name
        if is_cap(t) and t.lower() not in HEADLINE_VERBS - TAIL_CONNECTORS:
            last = k
        elif (
            (
                t in ("es", "de", "el", "al", "del", "la", "da", "do")
                and k + 1 < len(toks)
                and toks[k + 1].group()[:1].isupper()
            )
            or t.lower() in TAIL_CONNECTORS
            or t in ("-", "–", "’s", "'s")
            or (
                t == ","
                and k + 1 < len(toks)
                and (is_cap(toks[k + 1].group()) or toks[k + 1].group() == "and")
                and toks[k + 1].group() not in PERSON_TITLES
                and text[toks[k].end() : toks[k + 1].start()] == " "
            )
        ):
            pass
        else:
            break
        k += 1
    return last + 1


def _cap_next(toks: list[re.Match], k: int) -> bool:
    return k < len(toks) and toks[k].group()[:1].isupper()


def _place_after(toks: list[re.Match], k: int) -> bool:
    """A city or country of one or two words starts at toks[k] ("New Delhi", "Geneva")."""
    if k >= len(toks) or not toks[k].group()[:1].isupper():
        return False
    two = k + 1 < len(toks) and is_place(f"{toks[k].group()} {toks[k + 1].group()}")
    return two or is_place(toks[k].group())


# "a workshop on migrants' access to primary health care": nouns whose "to" carries the topic on (elsewhere
# "to" opens a purpose or a verb: "a workshop on data to train officials", "a meeting on water to be held").
TO_NOUNS = frozenset(
    {"access", "approach", "approaches", "barriers", "response", "responses", "right", "rights", "pathways",
     "return", "transition", "adaptation", "referral", "referrals"}
)  # fmt: skip


def topic_tail_end(text: str, toks: list[re.Match], i: int, starts: tuple[str, ...]) -> int:
    """End of a short tail that says what the event at toks[i] is about ("on human trafficking")."""
    e = tok_end = toks[i].end()
    k = i + 1
    if (
        k + 1 < len(toks)
        and toks[k].group().lower() in starts
        # "a side event on Tuesday", "a meeting on 4 May", "on behalf of": when, not what about
        and toks[k + 1].group().lower() not in MONTHS_WEEKDAYS
        and not toks[k + 1].group()[:1].isdigit()
        and not NOT_TOPIC.match(text, toks[k + 1].start())
    ):
        k += 1
        while k < len(toks):
            t = toks[k].group()
            low = t.lower()
            if (not re.match(r"\w", t) and t not in ("-", "–")) or t[:1].isdigit():
                break
            if (low in TAIL_STOP and not (low == "to" and toks[k - 1].group().lower() in TO_NOUNS)) or (
                low in ("on", "in", "at") and k + 1 < len(toks) and is_cap(toks[k + 1].group())
            ):
                break
            e = toks[k].end()
            k += 1
            if k - i > 14:
                break
    # "a donor conference on water in 2015": the tail does not end on a preposition.
    while e > tok_end and (dangling := DANGLING.search(text, tok_end, e)):
        e = dangling.start()
    return e


# "on behalf of", "on the sidelines of", "on the occasion of": not what the event is about.


# "the NGO Migrant Forum Asia", "the Pacific Forum Secretariat": a word after the head that ends an
# organisation's name.
ORG_TAIL = re.compile(
    r" (?:Asia|Africa|Europe|America|International|Worldwide|Global|Foundation|Trust|Network|Secretariat)\b"
)
# "the NGO Fair Budget Africa": a capitalised word right after the head, in running text, carries the
# name on.
NAME_RUNS_ON = re.compile(r" (?!(?:On|Of|For|In|At|And|To|The)\b)[A-Z][a-z]+\b(?!['’])")


def runs_on(text: str, end: int, headline: bool) -> bool:
    """The event word at `end` is not the end of a name but sits inside a longer one (an organisation's,
    "the Harare-based NGO Fair Budget Africa"): an event's name stops at its head word or runs on with
    "of/on ...", a number or a date, never with another bare capitalised word outside a Title Case
    headline (month and day names excepted: "the Forum Monday")."""
    if ORG_TAIL.match(text, end):
        return True
    if headline:
        return False
    m = NAME_RUNS_ON.match(text, end)
    return bool(m) and m.group().strip().lower() not in MONTHS_WEEKDAYS
