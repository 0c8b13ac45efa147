"""The patterns that find an organisation in a slot around a person or a role ("CEO of X", "X's
founder", "X executive director Jane Doe", "X, a Malaysian NGO", "partners included A, B", "told the X
newspaper", "funded by X"), each with the words one of which every match holds (a cheap test before the
search). Kept apart from `orgsplits`, whose `slot_names` reads names with them.
"""

from __future__ import annotations

import re

CAP_RUN = r"[A-Z][\w&\-]*(?:\.(?=\w))?[\w&\-]*(?:\s+(?:(?:of|for|on|against|and|&)\s+)?[A-Z][\w&\-]*){0,5}"
# "Acme Logistics' Chief Executive Officer", "Brightwave's founder and CEO"
OWNER_OF_TITLE = re.compile(
    rf"(?<![\w’'])(?P<org>{CAP_RUN})(?:'s|’s|'|’)\s+(?:[a-z-]+\s+){{0,2}}(?P<title>[\w-]+)"
)
# ", CEO of Bright Futures Ghana," / ", programme lead at TechForGood UK,"
TITLE_OF_NAME = re.compile(
    r"(?:^|[,;(]\s*|\b(?:an?|the|as)\s+)(?:[a-z-]+\s+){0,2}(?:(?:[Cc]o-)?[Ff]ounder|CEO|[Dd]irector|[Pp]resident|"
    r"[Cc]hair(?:man|woman|person)?|[Hh]ead|[Cc]oordinator|[Mm]anager|[Ll]ead|[Ss]pokes(?:person|man|woman)|"
    r"[Oo]fficer|[Rr]esearcher|[Ff]ellow|[Ee]conomist|[Aa]nalyst|[Tt]rustee|[Ss]pecialist|[Pp]artner)"
    rf"\s+(?:of|at|with)\s+(?:the\s+)?(?P<org>{CAP_RUN})"
)
AT_BODY = re.compile(r"\s+at\s+(?:the\s+)?[A-Z]")  # "Director of X at the Y": Y is the body, X a portfolio
CUT_AT_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][a-z]")  # "Right to Development Division": cut mid-name
# Every TITLE_OF_NAME match holds one of these (part of its title word), a cheap test before the search.
TITLE_OF_NAME_WORDS = (
    "ounder", "CEO", "irector", "resident", "hair", "Head", "head", "Lead", "lead", "oordinator", "anager",
    "pokes", "fficer", "esearcher", "ellow", "conomist", "nalyst", "rustee", "pecialist", "artner",
)  # fmt: skip


# "X Africa executive director Jane Doe": a name, a lowercase staff title, a person's name.
NAME_THEN_TITLE = re.compile(
    rf"(?:^|[.,;:(]\s|\b(?:said|says|by|and|with)\s)(?P<org>{CAP_RUN})\s+(?:[a-z-]+\s+){{0,2}}"
    r"(?:founder|co-founder|director|president|chair|chairperson|head|coordinator|manager|lead|spokesperson|"
    r"spokesman|spokeswoman|officer|researcher|economist|analyst|trustee|specialist|reporter|journalist|"
    r"correspondent|editor|columnist)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z]"
)
# Substrings one of which every NAME_THEN_TITLE match holds (its title word): most paragraphs have none,
# and testing for them costs a quarter of the search.
NAME_THEN_TITLE_WORDS = (
    "founder", "director", "president", "chair", "head", "coordinator", "manager", "lead", "spokes",
    "officer", "researcher", "economist", "analyst", "trustee", "specialist", "reporter", "journalist",
    "correspondent", "editor", "columnist",
)  # fmt: skip


# "Jane Doe, CEO, Migrant Help UK, said": a title alone between commas, then the organisation.
TITLE_COMMA_NAME = re.compile(
    r",\s+(?:[A-Z][a-z]+\s+){0,2}(?:CEO|Director|President|Chair(?:man|woman|person)?|Head|Coordinator|"
    r"Manager|Founder|Co-founder|Spokes(?:person|man|woman)|Officer|Adviser|Advisor|Researcher|Lead)"
    rf",\s+(?:the\s+)?(?P<org>{CAP_RUN})\s*(?=[,;)]|\s*$|\s+(?:said|says|told|added|noted)\b)"
)

PERSON_BEFORE = re.compile(
    r"(?:^|[.;:,]\s+|\n)(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,2}$"
)
SPEECH_AFTER = re.compile(
    r",\s+(?:also\s+)?(?:said|says|told|added|noted|presented|stressed|explained|highlighted|urged|welcomed|"
    r"called|spoke|opened|emphasi[sz]ed|warned|announced|argued|pointed|described|outlined|shared)\b"
)

# "Tenaganita, a Malaysian NGO, welcomed ...": a one-word name described as an organisation.
ONE_WORD_KIND = re.compile(
    r"(?:^|[.;:]\s|\b(?:and|by|with|from)\s)(?P<org>[A-Z][\w’'\-]{2,}),\s+(?:a|an)\s+"
    r"(?:(?!(?:of|for|with|to|at|in|the|an?)\s)[\w\-]+\s+){0,3}?"
    r"(?:NGO|non-governmental organi[sz]ation|charity|civil society organi[sz]ation|"
    r"non-profit(?: organi[sz]ation)?|nonprofit(?: organi[sz]ation)?|company|firm|trade union|think tank|"
    r"foundation)(?=\s*[,.;)]|\s+(?:based|that|which|working|founded)\b)"
)
# Every ONE_WORD_KIND match holds one of these (its kind word); a cheap test before the search.
ONE_WORD_KIND_WORDS = (
    "NGO", "non-governmental", "charity", "civil society", "non-profit", "nonprofit", "company", "firm",
    "trade union", "think tank", "foundation",
)  # fmt: skip


# "Partners in the consultation included A, B (ACR) and C", "Signatories include A, B and C"
LISTED_ORGS = re.compile(
    r"\b(?:[Pp]artners|[Ss]ignatories|[Mm]ember organi[sz]ations|[Pp]articipating organi[sz]ations|NGOs|"
    r"[Oo]rgani[sz]ations)\b[^.;:]{0,60}?\b(?:included|include|includes|were|are)\s*:?\s+"
)
LISTED_ORGS_WORDS = ("artners", "ignatories", "rgani", "NGOs")  # one is in every LISTED_ORGS match


# "journalist Jane Doe of Al-Ghad newspaper", "told the Daily Planet newspaper": a media outlet.
MEDIA_OUTLET = re.compile(
    rf"\b(?:of|from|for|at|with|told|to|the|by)\s+(?:the\s+)?(?P<org>{CAP_RUN})\s+(?:daily\s+)?(?:newspaper|daily|"
    r"weekly|magazine|news\s+agency|news\s+website|radio(?:\s+station)?|television|TV|broadcaster)\b"
)


# Plain substrings ("news" also covers "newspaper"): `in` tests are cheaper than an alternation scan.
MEDIA_HINT_WORDS = ("news", "daily", "weekly", "magazine", "radio", "television", "TV", "broadcaster")


BY_ROLE = re.compile(
    r"\b(?:co-?)?(?:sponsored|funded|financed|supported|organi[sz]ed|hosted|convened)\s+(?:jointly\s+)?by\s+"
    r"|\b(?:in\s+(?:partnership|collaboration|cooperation)\s+with)\s+"
)
