"""The patterns `affiliation` reads a speaker's title and organisation with (appositives, "one of",
"speaking for", "-based", possessive owners, where a title phrase ends), compiled once; kept apart
because they are many and the function that applies them is long.
"""

from __future__ import annotations

import re

from kg.extract.affilcontext import KINDS
from kg.extract.affilcues import RANK

# Patterns of `affiliation`, compiled once.
_RX2 = re.compile(r"^\s*\(([^()]{1,160})\)")
_RX3 = re.compile(r"\s+and$")
_RX7 = re.compile(r",[^,;]*$")
_RX8 = re.compile(r"^(?:'s|’s)?\s*,\s*(?=\S)(?!(?:and|or|who|which|but|as|in|on|at|during)\b)(.+?)\s*,?\s*$")
_RX9 = re.compile(r"^\s+(of|from|for)\s+(.+?)\s*,?\s*$")
_RX10 = re.compile(r"^(?:the)\s+")
_RX12 = re.compile(r"\(([A-Z][A-Za-z]{1,10})\)")
_RX13 = re.compile(r"\s+[a-z][\w\s-]*$")
_RX14 = re.compile(
    r"(?:\s*\bthe\s+Hon(?:ourable|orable)?\.?|\s*(?:Mr|Mrs|Ms|Miss|Mme|Dr|Prof|Professor|Assoc|Associate|H\.\s?E|HE|Rt|Hon|Sir|Dame|Ato|Sheikha?|Ratu|Datuk|Dato|"
    r"Alhaji|Hajia|Mama|Mzee|Shri|Smt)\.?|\s*(?<!\w)(?:Lic|Licda|Dra|Sra|Srta|Sr|Excmo|Excma|Ing|Arq|Eng|Engr|Md|Mohd|Ma)\.)+\s*$"
)
# The words a _RX14 match can end on ("." for "Dr." and "Lic.", "E" for "H.E"): a string whose text ends on
# none of them (before trailing space) holds no match, and is returned without the scan (a necessary
# condition).
_RX14_ENDS = (
    ".", "Mr", "Mrs", "Ms", "Miss", "Mme", "Dr", "Prof", "Professor", "Assoc", "Associate", "E", "HE", "Hon",
    "Sir", "Dame", "Ato", "Sheikh", "Sheikha", "Ratu", "Datuk", "Dato", "Alhaji", "Hajia", "Mama", "Mzee",
    "Shri", "Smt", "Rt",
)  # fmt: skip


def _drop_honorifics(s: str) -> str:
    """_RX14.sub("", s): trailing honorifics removed."""
    return _RX14.sub("", s) if s.rstrip().endswith(_RX14_ENDS) else s


# "The Mayor of X, Councillor Jane Doe": an honorific office after the title's comma ("The Chief Judge of
# X, Hon. Justice Jane Doe": a judge's style).
_RX15 = re.compile(
    rf"(?<=\S),\s*(?:Ambassador|(?:Hon\.?\s+|(?:The\s+)?Honou?rable\s+)?Justice|(?:His\s+|Her\s+)?Excellency|H\.\s?E\.?|Councill?or|Senator|{RANK})\s*$"
)
_RX16 = re.compile(r"(?:\band|\bas well as|&)\s*$")
_RX17 = re.compile(r"^(?:and|or)\s+")
_RX19 = re.compile(r"^(?:a|an|the|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+")
_RX20 = re.compile(r"^(?:Yesterday|Today|Tomorrow|Earlier|Later|Meanwhile|Separately|Also|Then)\s+")
_RX22 = re.compile(r"(?:[,;]|\band)\s*$")
_RX23 = re.compile(r"\s+(?:and|who|which|as well as|in|at)\s+|,")
_RX28 = re.compile(r"\s*(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Sheikha?)\.?$")
_RX29 = re.compile(r"^(?:a|an|the)\s+")
_RX32 = re.compile(r"^(?:from|of|at|for)\s+(?:the\s+)?")
_RX33 = re.compile(r"\s+(?:at|of|within)\s+(?:the\s+)?")
_RX34 = re.compile(r",\s*|\s+and\s+(?=[a-z])(?!the\s+[A-Z])")
_RX35 = re.compile(r"^(.+?(?=(?:'s|’s)\s)|[A-Z][A-Z0-9&]{1,9}(?=\s+[a-z]))")  # "X's unit", "ACRONYM unit"

PAREN_END = re.compile(r"\s*\([^()]{1,60}\)(?=,?\s*$)")
ONE_OF = re.compile(
    r"^(\s*,\s*)one of (?:the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s+(?=(?:from|of|at|with)\s)"
)
SPEAKING_FOR = re.compile(
    r"(?:Speaking|Reporting|Responding)\s+(?:for|on behalf of)\s+(?:the\s+)?([^,]{2,80}),\s*"
)
BASED_LEAD = re.compile(r"^(?:the\s+)?[A-Z][\w’']*(?:\s[A-Z][\w’']*)?-based\s+(?=[A-Z])")
BASED_IN = re.compile(r"(?<=\s)[A-Z][\w’']*-based\s+(?=[A-Z])")
POSS_OWNER_LEAD = re.compile(r"^([A-Z][^,;'’]{1,80}?)(?:'s|’s)\s+[A-Z]")
COLON_QUOTE = re.compile(r":\s*[\"“]")
# ")" too: "A (Attorney General of X) and Commissioner B": the title before B starts after A's bracket.
SPLIT_BEFORE = re.compile(
    r"[,;:()]|\b(?:said|says|told|added|stated|include[sd]?|included|by|as well as|including|that|"
    r"remarks|address|during|according\s+to)\b|\bwith\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
# ", the" opens a new noun phrase: "on behalf of the Commissioner for X, the Head of Division for A, B and C".
SPLIT_NO_COMMA = re.compile(
    r"[;:()]|,(?=\s+(?-i:the)\s)|"
    r"\b(?:said|says|told|added|stated|include[sd]?|included|by|as well as|including|that|"
    r"remarks|address|during|according\s+to)\b|\bwith\b(?!\s+(?-i:[A-Z]))",
    re.I,
)
CUT_AFTER = re.compile(
    r"\s+(?:who|which|said|says|told|stated|noted|stressed|urged|highlighted|called|added|explained|emphasi[sz]ed|"
    r"warned|announced|addressed|opened|closed|presented|delivered|expressed|underscored|underlined|welcomed|"
    r"reiterated|recalled|launched|gave|spoke|made|will|would|has|had|is|was|in (?:his|her) |"
    r"described|reported|argued|pointed|observed|insisted|acknowledged|praised|affirmed|reaffirmed|"
    r"concluded|asserted|remarked|commented|declared|recommended|proposed|suggested|appealed|pledged|"
    r"reminded|cautioned|confirmed|outlined|assured|briefed|informed|shared|thanked|told|moderated|"
    r"chaired|co-chaired|facilitated|discussed|debated|agreed|replied|responded|also|then|later|and\s+by)\b.*$"
    r"|[.;].*$",
    re.S,
)
WHO_HEADS = re.compile(
    r"^\s*(?:,\s*\d{1,3})?\s*,\s*who\s+(?:also\s+|currently\s+|now\s+)?(heads|leads|led|directs|chairs|runs|manages|coordinates|"
    r"represents|represented|spoke\s+on\s+behalf\s+of|works\s+(?:for|at|with)|worked\s+(?:for|at|with)|serves\s+(?:on|with|at))\s+"
    r"(?:the\s+)?([^,.;]+)"
)
WHO_IS = re.compile(
    r"^\s*,\s*who\s+(?:(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|currently\s+|now\s+)?"
    r"(?:(?:recently|newly|just)\s+)?(?:(?:appointed|named|elected)\s+(?:as\s+)?)?|"
    r"(?:serves|served|works|worked|acts)\s+as\s+)(?:the\s+|an?\s+)?(?=[A-Za-z])"
)
# "ministry's head of reproductive health": a lowercase title the kind noun owns is read whole.
# Lowercase only: "The Trust's Chief Executive", "the African Union's Commissioner" name their owner.
KIND_POSS = re.compile(rf"^(?:[A-Z][\w-]+\s+){{0,2}}(?:{KINDS})(?:'s|’s)\s+([\w-]+)")
# "who heads/leads/runs X" describes a job, not a title the text gives: no role (the annotators leave
# it empty in most releases). "who directs/chairs X" still yields the office noun.
HEAD_NOUN = {"directs": "director", "chairs": "chair"}
LOWER_COMPLEMENT = re.compile(
    r"(?<![\w-])((?:[A-Z][\w\-]*\s+){0,4}[A-Z][\w\-]*)\s+(?:on|for)\s+(?:[a-z][\w\-]*\s*){1,6}$"
)
A_ORG_NOUN = re.compile(
    r"^(?:an?|the)\s+(\S+(?:\s+[A-Z]\S*){0,3})\s+([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})$"
)
# "Representative in Kenya": a place; "Trafficking in Human Beings": a gerund's object stays in the title.
# '"...," recalled the Executive Secretary of X, Colonel Y': the quote and its verb lead into the title.
QUOTE_VERB_LEAD = re.compile(r"^[\"”’']?\s*(?:[a-z]+ed|said|says|told|adds)\s+(?:the\s+)?")
PLACE_TAIL = re.compile(r"(?<!ing)\s+in [A-Z][a-z]+(?: [A-Z][a-z]+)?$")
# "A, Head of X at Y, Ms. B of the Z": B's own "of <Body>" right after her name.
OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z]")
# "IOM Emergency Coordinator in eastern Elaria, Jane Doe": emergency releases place an officer in a region
# of a country; the lowercase compass word would end the title phrase read backwards from the name.
COMPASS_IN = re.compile(
    r"\bin\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+(?=[A-Z][a-z])"
)


def without_compass(before: str) -> str:
    """The text before a name with "in eastern X" read as "in X"."""
    return COMPASS_IN.sub("in ", before) if ("ern " in before or "central " in before) else before
