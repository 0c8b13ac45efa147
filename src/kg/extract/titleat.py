"""A title whose "of" names a subject, then "at" the employer: "Director of Free Trade at the Acme
Commission", "Director of Consular Affairs at Elaria's Ministry of Foreign Affairs".

The suffix rule in `titlesplit` takes the first "of X" for the organisation when X is a registered name;
but a subject with no body word (no Department, Office, Unit ...) is the portfolio of the title, and the
body after "at" is where the speaker works. Kept apart so the shape can be tested on its own.
"""

from __future__ import annotations

import re

BODY_WORDS = frozenset(
    "Department Directorate Division Office Agency Authority Bureau Ministry Commission Council Institute "
    "Secretariat Service Administration Inspectorate Centre Center Unit Committee Section Branch Programme "
    "Program Project Fund Bank University School College Foundation Association Organization Organisation "
    "Network Forum Mission Delegation Embassy Group Team Desk Cell Board Court Police".split()
)
TOPIC_AT = re.compile(
    r"^(?P<title>.+?\s+(?:of|for)\s+(?P<topic>[A-Z][\w'’\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’\-]*){0,4}))"
    r"\s+at\s+(?:the\s+)?(?P<org>[A-Z].*)$"
)


def topic_title_at(phrase: str) -> tuple[str, str] | None:
    """(title with its subject, employer surface) for "<Title> of <Subject> at <Employer>", else None."""
    m = TOPIC_AT.match(phrase)
    if m is None or BODY_WORDS & set(m.group("topic").split()):
        return None
    return m.group("title"), m.group("org")


def body_first(org: str) -> bool:
    """True when the employer after "at" opens with a body word and holds no clause ("Ministry of X")."""
    words = org.split()
    return len(words) <= 12 and words[0] in BODY_WORDS and not any(w in CLAUSE_WORDS for w in words)


CLAUSE_WORDS = frozenset("who which that where when said says told since until because".split())


# "First Secretary at the" before a body's name that itself reads as a title ("Lakeland High Commission").
TITLE_AT_LEAD = re.compile(r"(?:^|\s)((?:[A-Z][\w-]*\s+){1,4})at\s+(?:the\s+)?$")


def title_at_lead(whole: str, body: str) -> str | None:
    """The title before "at the <body>" when the title phrase read backwards stopped at "at"."""
    if not body or not whole.endswith(body):
        return None
    m = TITLE_AT_LEAD.search(whole[: len(whole) - len(body)])
    return m.group(1).strip() if m else None
