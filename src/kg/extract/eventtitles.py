"""Quoted event titles: 'a seminar titled "Water for All"', 'the panel "X"', 'attend "X", which'.

A quotation is an event's title only when the text ties it to an event: an event word right
before or after it, a naming verb ("titled", "entitled"), or attendance ("attend ...", "which
is taking place"). Speech quotes and report titles are left alone; a campaign title only counts when the
text says the campaign was launched (its launch is the event).
"""

from __future__ import annotations

import re

from kg.extract.eventnames import Mention, clean
from kg.extract.eventwords import HEADS

QUOTE_CHAR = re.compile(r"[\"“]")
QUOTE = re.compile(r"[\"“]([^\"“”]{3,200}?)[\"”]")
# 'Among the side events, "X", organized by Y', 'Among the side events, Y convened "X"': the sentence opens
# by naming the kind of gathering its quoted titles are.
AMONG_KIND = re.compile(
    r"\s*Among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(side events|roundtables|round tables|panels|workshops)\s*,"
    r"[^.;:\"“”]{0,100}$",
    re.I,
)
# 'held under the theme "X"', 'under the overall theme: "X"': an event already named, given a motto.
UNDER_THEME = re.compile(r"\bunder\s+the\s+(?:[\w-]+\s+)?theme\s*[:,]?\s*(?:of\s+)?$", re.I)
TITLE_CUE = re.compile(r"(?:titled|entitled|called|named|themed|theme|the theme of)\s*[:,]?\s*$", re.I)
ATTEND_CUE = re.compile(r"(?:attend|attended|attending|participate in|participated in|join|joined)\s*$", re.I)
TAKING_PLACE = re.compile(
    r"^\s*,?\s*(?:which|that)\s+(?:is|was|will be)\s+(?:taking place|held|take place)", re.I
)
NOT_EVENT_BEFORE_QUOTE = re.compile(
    r"(?:project|programme|program|campaign|report|publication|book|film|study|exhibition|initiative|"
    r"strategy|plan|policy|guide|manual|handbook|toolkit|survey|website|app|video)\s*,?\s*$",
    re.I,
)

# 'X launched "Safe Roads", a national information campaign', 'launched the "Safe Roads" campaign': a
# campaign launched under a quoted name is an event of the release (its launch).
LAUNCHED = re.compile(r"\blaunch(?:ed|es|ing)?(?:\s+(?:the|a|an|its|their))?\s*$", re.I)
# 'launched "Safe Roads" (Roads of Life), a national campaign': a bracketed translation may come first.
CAMPAIGN_AFTER = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s*(?:,\s+an?\s+(?:[\w’'-]+\s+){0,4})?campaigns?\b", re.I
)

# 'launched the national information campaign "Safe Roads"': the campaign word before its quoted name.
LAUNCHED_CAMPAIGN = re.compile(
    r"\blaunch(?:ed|es|ing)?\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}campaign\s*,?\s*$", re.I
)

HELD_AFTER = re.compile(
    r",\s+(?:(?:which|that)\s+(?:was|is)\s+)?(?:held|organi[sz]ed|hosted|convened|co-hosted|co-organi[sz]ed)\b"
)
PANEL_COMMA = re.compile(
    r"(?:^|\W)(side event|round table|roundtable|" + "|".join(sorted(HEADS - {"table"})) + r"),\s*$", re.I
)
# 'a side event to the 20th session of the Council, "Open Borders", co-organized by X': the event word, then
# the gathering it belongs to, then its title in commas.
PANEL_TO_COMMA = re.compile(
    r"(?:^|\W)(side event|round table|roundtable|panel|workshop|seminar|briefing)\s+"
    r"(?:to|at|on the margins of|in the margins of|during)\s+(?:the\s+)?[^,;\"“”()]{3,70},\s*$",
    re.I,
)


def find_titles(text: str, start: int, end: int, headline: bool = False) -> list[tuple[Mention, bool]]:
    """Quoted titles of events; the flag says whether a preceding noun phrase ("a two-hour panel ... was
    entitled") names the same event and should become an alias rather than an event of its own."""
    out: list[tuple[Mention, bool]] = []
    if not QUOTE_CHAR.search(text, start, end):
        return out
    for m in QUOTE.finditer(text, start, end):
        title = clean(m.group(1)).rstrip(",.;: ")
        if not title[:1].isupper() or len(title.split()) > 25 or len(title) < 5:
            continue
        if m.group(1).rstrip()[-1:] in ".!?,":
            continue
        before = text[max(start, m.start() - 60) : m.start()]
        if UNDER_THEME.search(before):
            continue  # 'the Summit ran ... under the theme "X"': what the event is about, not its name
        after = text[m.end() : min(end, m.end() + 40)]
        head_before = re.search(
            r"(?:^|\W)(side event|round table|roundtable|" + "|".join(HEADS - {"table"}) + r")\s*$",
            before,
            re.I,
        )
        head_after = re.match(
            r"\s*(side event|seminar|conference|workshop|forum|summit|meeting|symposium|dialogue|"
            r"round table|roundtable|panel|webinar|event|session|consultation|briefing)\b",
            after,
            re.I,
        )
        to_comma = False
        topic_cue = False
        if head_before is None and (on := HEAD_ON.search(before)) is not None:
            # 'a two-day seminar on "The Diaspora and Development"', 'held hearings on "X"': the quoted
            # topic right after the event word and "on" is the event's title, the description its alias.
            head_before, topic_cue = on, True
        if head_before is None and before.endswith(", ") and HELD_AFTER.match(after):
            # 'at a high-level panel, "Cities, Banks", held during the Meetings': a title in commas after
            # an event word, then a participle that describes the event (a speech quote has none)
            # 'a side event to the 20th session of the Council, "X"': the side event's own word stands apart
            # from its title and names it (an alias); the session the title follows is another event.
            head_before = PANEL_TO_COMMA.search(text, max(start, m.start() - 110), m.start())
            to_comma = head_before is not None
            head_before = head_before or PANEL_COMMA.search(before)
        apposed = False
        if after.startswith(",") and "," in before and APPOSED_SUBJECT.search(before):
            # 'The panel, "Closed Doors", was hosted by X': the sentence's subject, titled in apposition.
            head_before, apposed = APPOSED_SUBJECT.search(before), True
        if LAUNCHED.search(before) and CAMPAIGN_AFTER.match(text, m.end(), min(end, m.end() + 110)):
            kind = "launch"  # 'launched "Safe Roads", a national campaign': the campaign-as-event
        elif LAUNCHED_CAMPAIGN.search(text, max(start, m.start() - 90), m.start()):
            kind, apposed = "launch", True  # the campaign word before the name is an alias of the launch
        elif NOT_EVENT_BEFORE_QUOTE.search(before):
            continue
        elif head_before and not TITLE_CUE.search(before):
            kind = head_before.group(1).lower()
        elif head_after:
            kind = head_after.group(1).lower()
        elif apposed_kind := APPOSED_KIND_AFTER.match(text, m.end(), min(end, m.end() + 80)):
            kind = apposed_kind.group(1).lower()  # '"Open Doors", a two-day conference organised by X'

        elif TITLE_CUE.search(before) or ATTEND_CUE.search(before) or TAKING_PLACE.match(after):
            kind = "event"
        elif among := AMONG_KIND.match(text, start, m.start()):
            kind = among.group(1).lower().rstrip("s")  # 'Among the side events, "X", organized by Y'
        else:
            continue
        mention = Mention(
            m.start(1),
            m.start(1) + len(m.group(1).rstrip(",.;: ")),
            kind,
            title,
            "named",
            headline,
            title=True,
        )
        out.append((mention, apposed or to_comma or topic_cue or bool(TITLE_CUE.search(before))))
    return out


# 'a seminar on "X"', 'hearings on "X"': an event word (or its plural) and "on" or "about" before the quote.
HEAD_ON = re.compile(
    r"(?:^|\W)(side event|round table|roundtable|"
    + "|".join(sorted(HEADS - {"table"}, key=len, reverse=True))
    + r")s?\s+(?:on|about)\s*$",
    re.I,
)


# 'The panel, ', 'The closing session, ' (before the quote mark): a definite event subject at a sentence
# start, then a comma.
APPOSED_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+|\n)The\s+(?:[\w-]+\s+){0,2}?(side event|round table|roundtable|"
    + "|".join(sorted(HEADS - {"table"}))
    + r"),\s*$",
    re.I,
)


# '"Open Doors", a two-day conference organised by X': a described event in apposition after the quoted
# title names what the title is (the description is the event's alias). Not '"...", a forum delegate said'.
APPOSED_KIND_AFTER = re.compile(
    r"\s*,\s+an?\s+(?:[\w’'-]+\s+){0,4}?(side event|round table|roundtable|"
    + "|".join(sorted(HEADS - {"table"}, key=len, reverse=True))
    + r")\b(?!\s+(?:participants?|delegates?|speakers?|attendees?|organi[sz]ers?|members?)\b)",
    re.I,
)

# A described event right after its quoted title and an article: '"Open Doors", a two-day conference'.
APPOSED_GAP = re.compile(r"[\"”]?\s*,\s+(?:an?\s+)?$")


_TOPIC_WORDS = frozenset({"on", "of", "for", "and", "to", "against", "in", "at", "&"})


def kind_before_title(m: Mention, title: Mention) -> bool:
    """'The Regional High-Level Conference "Ending X"': a capitalised kind of event with no topic of its
    own, right before a quoted title, is the titled event's designation (an alias), not a second event."""
    words = m.name.split()
    return (
        m.mode == "named"
        and 0 <= title.start - m.end <= 3
        and len(words) <= 5
        and not any(w in _TOPIC_WORDS or w[:1].isdigit() for w in words)
    )
