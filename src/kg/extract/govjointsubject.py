"""A country that shares a clause's subject with an organisation acts as its government.

"Lakeland and IOM Sign Agreement on Labour Migration", "Lakeland, OAS and IOM hold a seminar",
"UNHCR and Lakeland opened the workshop": two parties doing one thing are both actors, so the country is its
government (GUIDELINES, countries as actors). Headlines write this most often, in Title Case and the present
tense, where no other actor cue stands next to the country, so the test reads the words around the country:
the other subjects must be organisations written by their acronym, and a verb of a
joint act must follow the whole subject.
"""

from __future__ import annotations

import re

# the verbs of a joint act, in any tense ("Sign", "signs", "signed", "hand over"), written after the subject
JOINT_VERB = re.compile(
    r"(?:sign|discuss|agree|hold|held|launch|open|equip|hand|host|organi[sz]e|join|partner|team|renew|"
    r"strengthen|boost|train|support|fund|donate|deliver|mark|celebrate|commit|pledge|meet|met|call|unveil|"
    r"inaugurate|review|cooperate|step|expand|deepen|help|provide|assist|build|built|convene|"
    r"co-organi[sz]e|co-host)(?:s|d|ed|es)?\b",
    re.I,
)
# another subject: an acronym ("LWA") after "and" or a comma, optionally after "the"
_ORG_AFTER = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?([A-Z]{2,8})\b")
_ORG_BEFORE = re.compile(r"(?:^|[\s,])(?:the\s+)?([A-Z]{2,8})(?:\s*,\s*|\s+and\s+|\s*&\s*)$")


def joint_subject(text: str, start: int, end: int, seg_start: int) -> bool:
    """Whether the country at text[start:end] is one of a joint subject with organisations named by their
    acronym ("Lakeland and IOM Sign ...", "IOM and Lakeland open ...") that a joint act's verb follows."""
    pos, orgs = end, 0
    while True:
        m = _ORG_AFTER.match(text, pos, min(len(text), pos + 40))
        if not m:
            break
        pos, orgs = m.end(), orgs + 1
    if not orgs:
        before = text[max(seg_start, start - 40) : start]
        if not _ORG_BEFORE.search(before) or before.rstrip().endswith(","):
            return False
    # one space, then the verb: "Lakeland and IOM Sign", not "Lakeland and IOM, which ..."
    return text[pos : pos + 1] == " " and JOINT_VERB.match(text, pos + 1) is not None
