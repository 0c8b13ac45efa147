"""A campaign the text runs as an event: "A national vaccination campaign began today ... The campaign,
which runs until Friday, is organised by X together with Y."

"Campaign" is no event head word (most campaigns a release names are background), and a campaign so far
only became an event when it was launched under a quoted name. A body that introduces a campaign with an
indefinite description and then says who organises, runs or funds it ("The campaign is run by ...")
reports that campaign as an event all the same (GUIDELINES: campaigns-as-events): the description, without
its article, names it, and the organiser sentence refers back to it.
"""

from __future__ import annotations

import re

from kg.extract.eventnames import Mention
from kg.model import Event, Span

# "The campaign, which runs from 3 to 8 April, is organised by", "The national campaign will be run with":
# the campaign as subject of a role verb with its agent.
CAMPAIGN_ROLE = re.compile(
    r"\W*The\s+(?:[a-z-]+\s+){0,2}(?P<word>campaign)(?:,\s+which\s[^,]{1,80},)?\s+"
    r"(?:is|was|will\s+be|has\s+been|had\s+been)\s+(?:also\s+|jointly\s+|being\s+)?(?:co-)?"
    r"(?:organi[sz]ed|run|hosted|led|conducted|carried\s+out|implemented|funded|financed|supported|sponsored)"
    r"\s+(?:by|with|together)\b"
)
# "launched LAKE SAFE, a national campaign", "launched Water First, a two-year campaign": a campaign
# launched under a name in capitals or Title Case, not in quotes (quoted names are `eventtitles`' work).
LAUNCHED_NAME = re.compile(
    r"\blaunch(?:ed|es|ing)?\s+(?P<name>[A-Z0-9][\w’'!-]*(?:\s+[A-Z0-9][\w’'!-]*){0,6}),\s+"
    r"an?\s+(?P<desc>(?:[a-z][a-z-]*\s+){0,5}campaign)\b"
)
# "An oral cholera vaccination campaign", "a nationwide information campaign": lowercase modifiers only.
DESCRIBED = re.compile(r"\b[Aa]n?\s+(?P<name>(?:[a-z][a-z-]*\s+){1,5}campaign)\b")


def launched_campaign(
    flat: str, sents: list[Span], headlines: list[tuple[int, int]]
) -> tuple[Mention, int] | None:
    """ "A and B today launched LAKE SAFE, a national campaign against ...": the launch of a campaign named
    without quotes is an event named by the campaign's name (as a quoted one is). The name's mention, to
    be read with the other mentions (so that "the launch ceremony" later refers back to it)."""
    if "campaign" not in flat:
        return None
    for si, sent in enumerate(sents):
        if any(a <= sent.start < b for a, b in headlines):
            continue
        m = LAUNCHED_NAME.search(flat, sent.start, sent.end)
        if m is None or m.group("name").split()[0] in ("The", "A", "An"):
            continue
        name = " ".join(m.group("name").split())
        return Mention(m.start("name"), m.end("name"), "launch", name, "named"), si
    return None


def campaign_event(
    flat: str,
    sents: list[Span],
    headlines: list[tuple[int, int]],
    events: list[Event],
    resolved: list[tuple[Mention, int]],
) -> None:
    """Add the described campaign that a later sentence gives an organiser or funder, when the text has
    no launch event already (a launched campaign is that launch)."""
    if any(ev.kind == "launch" for ev in events) or "campaign" not in flat:
        return
    body = [s for s in sents if not any(a <= s.start < b for a, b in headlines)]
    for si, sent in enumerate(body):
        role = CAMPAIGN_ROLE.match(flat, sent.start, sent.end)
        if role is None:
            continue
        intro = None
        for prev in body[:si]:
            intro = DESCRIBED.search(flat, prev.start, prev.end)
            if intro is not None:
                break
        if intro is None:
            return
        name = " ".join(intro.group("name").split())
        events.append(Event(name=name, named=False, kind="launch"))
        idx = len(events) - 1
        a, b = intro.start("name"), intro.end("name")
        resolved.append((Mention(a, b, "launch", name, "described"), idx))
        w = role.start("word")
        resolved.append((Mention(w, role.end("word"), "launch", "campaign", "anaphor"), idx))
        return
