"""Capitalised names with no organisation head word that can still be an organisation's, where the text puts
them where an organisation stands: "CEO of Bright Futures Ghana", "programme lead at TechForGood UK",
"Refugee Women Connect Director".

Kept apart from `orglists` (which splits lists of names) because the same test serves title splits, speaker
affiliations and organisation refinements, with the department, unit and name-mark word lists it reads.
`orglists` imports this module, so `proper_name_org` imports what it needs from `orglists` when called.
"""

from __future__ import annotations

import re

from kg.extract.places import is_place

_RX6 = re.compile(r"^(?:the|The)\s+")
_RX15 = re.compile(r"[a-z][A-Z]")


# Words of a department or portfolio, not of a name ("Director of Programmes", "Professor of Economics").
DEPT_WORDS = frozenset(
    """Programmes Programs Operations Policy Research Advocacy Communications Studies Economics Law
    Medicine Sociology History Finance Administration Strategy Partnerships Fundraising Outreach
    Engagement Marketing Sales Product Products Technology Engineering Science Sciences Mathematics
    Politics Philosophy Psychology Anthropology Geography Nursing Surgery Public Private International
    Global National Regional Affairs Department Division Section Unit Branch Bureau Office Team Service
    Services Directorate Board Staff Protection Mission Missions Country Field Office Programme Program
    Project Projects Data Analysis Monitoring Evaluation Learning Human Resources People Culture Finance
    Legal Compliance Risk Audit Education Health Migration Labour Labor Development Emergency
    Emergencies Response Humanitarian Asylum Integration Refugee Refugees Rights Gender Equality
    Inclusion Diversity Communications Media Press Information External Relations Cooperation Policy
    Planning Statistics Economic Social Trafficking Smuggling Crime Justice District Provincial Province
    County Municipal City State Federal Local Senior Chief General Deputy Trustees Directors Governors
    Management Executive Advisory Steering Committee""".split()
)


UNIT_HEADS = frozenset(
    "Department Division Section Unit Branch Bureau Office Team Service Services Directorate Board Staff "
    "Committee Trustees Directors Governors Management Steering Advisory Executive".split()
)


def proper_name_org(name: str, marked_only: bool = True) -> bool:
    """A capitalised name with no organisation head word that can still be an organisation's, when the text
    puts it where an organisation stands ("CEO of Bright Futures Ghana", "programme lead at TechForGood UK",
    "Refugee Women Connect Director"): capitalised words and connectors, at least one word that is no
    department or topic word, no title, place, country or demonym; not a bare two-word person's name
    unless `marked_only` is False (the slot alone says it is no person's: "X Europe executive director
    Jane Doe")."""
    from kg.extract.orglistitem import CONNECT, ORG_WORDS
    from kg.extract.orgnames import country_code
    from kg.extract.personwords import STOP, TITLE_WORDS, TOPIC_WORDS

    name = _RX6.sub("", name.strip(" ,.;:"))
    words = name.split()
    if not words or len(words) > 7 or not words[0][:1].isupper() or is_place(name) or country_code(name):
        return False
    if any(not (w[:1].isupper() or w[:1].isdigit() or w in CONNECT) for w in words):
        return False
    if words[-1] in CONNECT:
        return False
    plain = [w for w in words if w not in CONNECT]
    if any(w in TITLE_WORDS or w.rstrip(".") in ("Mr", "Mrs", "Ms", "Dr", "Prof") for w in plain):
        return False
    own = [
        w
        for w in plain
        if w not in DEPT_WORDS
        and w not in TOPIC_WORDS
        and w not in STOP
        and not is_place(w)
        and not country_code(w)
    ]
    if not own or plain[0] in UNIT_HEADS:
        return False  # "Board of Trustees", "Department of Migration Policy": a unit, found by its head
    if ORG_WORDS.search(name) or (not marked_only and len(plain) >= 2):
        return True
    marked = any(
        _RX15.search(w) or (w.isupper() and len(w) >= 2) or w in STOP or w in TOPIC_WORDS for w in plain
    )
    # "Bright Futures Ghana" (a place in it), "TechForGood UK" (inner capital, acronym), "Refugee Women
    # Connect" (topic words), "Acme Logistics" (a company word): marks of a name that is no person's.
    return marked or any(is_place(w) or country_code(w) or w in NAME_MARKS for w in plain)


# Words that mark a capitalised name as an organisation's though they are no head word.
NAME_MARKS = frozenset(
    """Analytics Software Networks Robotics Biotech Technologies Technology Tech Logistics Solutions
    Systems Holdings Consulting Consultants Labs Lab Pharma Industries Enterprises Ventures Capital
    Media Partners Collective Connect Hub Works Studio Studios Group Africa Asia Europe America Americas
    Pacific Caribbean Arab Latin Nordic Balkan Sahel Gulf Mediterranean Watch Action Aid Relief Futures
    Bridges Voices Links Collaborative Coalition Movement Project Without Borders Net Online Digital
    Energy Motors Airlines Airways Telecom Mobile Foods Farms Insurance Finance Financial Investments
    Securities Bank Trust Alliance Initiative""".split()
)


# "... at WHO/EMRO", "... of the Lakeport Institute", "... at Ruritania's Ministry of X": an organisation
# named right after a title's slot.
NEXT_OWNER = re.compile(r"\s+(?:at|of|within)\s+(?:the\s+)?(?:[A-Z]{2,}\b|[A-Z][\w-]+(?:['’]s)?\s+[A-Z])")


def portfolio_of_next(chunk: str, end: int, name: str) -> bool:
    """ "Director of Coastal Fisheries and Aquaculture at the X Institute": a headless name in a title's
    slot that an organisation follows is that organisation's portfolio, not an organisation of its own (a
    name with a head word, "Director of the Lakeport Centre at Y", is a named unit and stays)."""
    from kg.extract.orgheadwords import HEADS

    words = name.split()
    return bool(words) and not any(w in HEADS for w in words) and bool(NEXT_OWNER.match(chunk, end))
