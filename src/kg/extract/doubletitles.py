"""Finished roles: two titles run together before a name, and the body a bare office heads.

"Head of Mission Ambassador Jane Doe": the rank that serves as an honorific ("Ambassador") follows the
office, and the office is the role. "Head of Mission" with no organisation heads the release's one mission
("OSCE Mission to Lakeport"), which is an office of its organisation. "Director General of Migration
Management" heads the "Directorate General of Migration Management" when the release names that body.
Kept apart from `affiliation` because these fixes read a finished role, after every cue has had its say.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.orgnames import country_code
from kg.model import Extraction, Span

# "Head of Mission Ambassador", "Chief of Delegation Ambassador": an "of" office, then the rank.
OFFICE_THEN_RANK = re.compile(r"^(?P<office>.+\bof\s+[A-Z][\w-]+)\s+(?:Ambassador|Ambassadress)$")
MISSION_HEAD = re.compile(r"^(?:Deputy\s+)?(?:Head|Chief)\s+of\s+(?P<unit>Mission|Delegation)$")
# "Deputy Director General of Migration Management": the office, its link word and its topic. Ministers are
# left alone (their ministry or government is an annotation choice).
OFFICE_OF_TOPIC = re.compile(
    r"^(?:(?:Deputy|Assistant|Acting|Vice)\s+)*(?P<head>Director[- ]General|Director|Secretary|Commissioner)"
    r"\s+(?P<link>of|for|on)\s+(?P<topic>[A-Z].+)$"
)
OF_COUNTRY = re.compile(
    r" of (?:the )?(?:Republic of |Kingdom of )?(?P<country>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
)
HEAD_BODIES = {
    "Director General": ("Directorate General", "Directorate-General"),
    "Director-General": ("Directorate-General", "Directorate General"),
    "Director": ("Directorate",),
    "Secretary": ("Secretariat",),
    "Commissioner": ("Commission",),
}


def double_titles(ex: Extraction, text: str) -> None:
    """Drop a rank that follows an office in one role; give a bare mission head the release's mission, and
    the head of a topic office ("Director General of X") with no organisation (or only a government) the
    body the release names for that office."""
    for a in ex.affiliations:
        if not a.role:
            continue
        m = OFFICE_THEN_RANK.match(a.role)
        if m:
            a.role = m.group("office")
        head = MISSION_HEAD.match(a.role) if a.organisation is None else None
        if head:
            # "OSCE Mission to Lakeport", "EU Delegation to X": the unit led by its organisation's acronym.
            word = re.compile(rf"^[A-Z][A-Za-z-]{{1,9}}\s+{head.group('unit')}\b")
            owners = [o for o in ex.organisations if any(word.match(f) for f in o.forms)]
            if len(owners) == 1:
                a.organisation = owners[0].name
        if a.organisation is None or a.organisation.startswith("Government of"):
            body = _headed_body(ex, text, a.role, a.span)
            a.organisation = body or a.organisation


def _headed_body(ex: Extraction, text: str, role: str, span: Span) -> str | None:
    """The release's body that an office of a topic heads: "Director General of X" -> "Directorate General
    of X (of Country)", "Commissioner for X" -> "Office of the Commissioner for X"."""
    m = OFFICE_OF_TOPIC.match(role)
    if m is None:
        return None
    tail = f"{m.group('link')} {m.group('topic')}"
    heads = [f"{b} {tail}" for b in HEAD_BODIES[m.group("head")]]
    heads.append(f"Office of the {m.group('head')} {tail}")
    for o in ex.organisations:
        if any(f.startswith(h) for f in o.forms for h in heads):
            return o.name
    # The body may be named only where another component reads it later ("hosted by the Directorate ...").
    # "Directorate General of X of the Republic of Lakeland": the country that closes the name is kept, as the
    # organisation finder keeps it.
    named = next((h for h in heads if h in text), None)
    if named is None:
        return None
    country = OF_COUNTRY.match(text, text.index(named) + len(named))
    if country and country_code(country.group("country")):
        named += country.group(0)
    return ensure_organisation(ex, named, span).name
