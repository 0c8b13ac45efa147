"""The phrases that announce an event's sponsors and organisers, and cheap tests that skip them.

Kept apart from `eventroles` (which decides what a match means) so the patterns can be
read, tested and tuned on their own: each clause pattern comes with a pre-test on the
lowercased sentence that is a necessary condition for it to match, and
`active_matches` / `clause_matches` return exactly the matches the full patterns
would find, only faster (tests/test_extract_eventroles_prefilters.py holds them to that).
"""

from __future__ import annotations

import re

_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
SPONSOR_VERBS = r"(?:co-?)?(?:sponsored|funded|financed|supported|underwritten|made\s+possible)"
# "The course was run by X"; "co-chaired by the Commission and the Government of X" (an event's co-chairs
# named as bodies; a person chairing a session is no organiser, and is no organisation either).
ORGANISER_VERBS = r"(?:co-)?(?:organi[sz]ed|hosted|convened|conducted|facilitated|delivered|held|chaired)|run"
# The look-aheads of first letters after "\b" (BY, WITH, PARTNER, ACTIVE_CORE) change no match; they let most
# positions fail at once.
BY = re.compile(
    rf"\b(?=[cfsumohdr])(?P<verb>{SPONSOR_VERBS}|{ORGANISER_VERBS})\s+"
    rf"(?:(?:jointly|generously|financially|partly|partially|fully|entirely|mainly|largely|primarily|kindly|"
    # "convened in Panama City by X": a place of one or two words between the participle and its agent.
    rf"also|principally|in\s+part|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+)?"
    # "hosted on 7 July 2021 by X": the date between the participle and its agent.
    # "held on 23 and 24 June 2020 by X": a span of days too.
    rf"(?:on\s+(?:\d{{1,2}}(?:\s*(?:and|to|-|–)\s*\d{{1,2}})?\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})"
    rf"(?:,?\s+\d{{4}})?,?\s+)?"
    # "co-hosted today by A, B and C": a time adverb between the participle and its agent.
    rf"(?:(?:today|yesterday|tomorrow|(?:this|last|next)\s+week|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    rf",?\s+)?by\s+",
    re.I,
)
WITH = re.compile(
    # "with technical assistance from A and financial support from B": the second noun after "and" too.
    r"\b(?=[wturba])(?:with|through|thanks\s+to|under|received|receives|receiving|benefit(?:t?ed|s|ing)\s+from|"
    r"(?<=[\w)]\s)and(?=\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:support|funding|financing|assistance)\s+from\s))\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<verb>support|funding|funds|financing|sponsorship|assistance|backing|contributions?|grants?|donations?)\s+"
    r"(?:of|from)\s+",
    re.I,
)
# "made possible by a grant from X", "funded by a contribution of X": the funder follows the noun.
ACTIVE = re.compile(
    r"\b(?:(?:will|would|shall|to|is|are|was|were|has|have|had|be|been|going)\s+){0,3}(?:(?:today|yesterday|tomorrow|jointly|also|now|recently|(?:this|next|last)\s+week)\s+){0,2}"
    r"(?P<verb>(?:co-)?(?:host|hosts|hosted|hosting|organi[sz]e|organi[sz]es|organi[sz]ed|organi[sz]ing|convene|convenes|"
    r"convened|convening|hold|holds|held|holding|conduct|conducts|conducted|conducting|facilitate|facilitates|"
    r"facilitated|facilitating|brought\s+together|brings\s+together|bringing\s+together|gathered|gathers|"
    # "IOM and the Ministry this week concluded a training course": who opens or closes it holds it.
    r"opened|concluded)|"
    r"(?:co-?)?(?:sponsor|sponsors|sponsored|sponsoring|fund|funds|funded|funding|finance|finances|"
    r"financed|financing)|supported|supports|"
    # "The Trust provided financial support for the summit"
    r"(?:provided|provides|gave|gives|offered|offers)\s+(?:financial\s+|generous\s+|additional\s+)?"
    r"(?:support|funding|financing|sponsorship)\s+(?:for|to))\s+"
    r"(?!by\b)",
    re.I,
)
COMPOUND = re.compile(
    r"(?P<org>(?:[A-Z][\w’'.]*\s+){0,4}[A-Z][\w’'.]*)[-\s](?P<verb>funded|sponsored|financed|supported|organi[sz]ed|hosted)\s+",
)
PROJECT_LINK = re.compile(
    r"\b(?:part\s+of|culmination\s+of|phase\s+of|framework\s+of|under|within|for|through|activit(?:y|ies)\s+of|"
    r"component\s+of|organi[sz]ed\s+by|implemented\s+by|funded\s+(?:through|under))\s+"
    r"(?:the|its|a|an|their|[A-Z][\w.-]*(?:’s|'s))\s+[^.]{0,80}?"
    r"\b(?:project|programme|program)\b",
    re.I,
)
PROJECT_FUNDED = re.compile(
    r"\b(?:project|programme|program)\b[^.;]{0,40}?\b(?P<verb>(?:funded|financed|sponsored|supported))\s+by\s+",
    re.I,
)
ANTECEDENT = re.compile(
    r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*\s*(?:\([A-Z]+\))?$"
)
RELATIVE_END = re.compile(r",\s*(?:which|who)\s+(?:has\s+|have\s+|had\s+|will\s+|also\s+)*$")
# "The Government, with IOM support, hosted ...": the supporter named before the noun.
WITH_ORG_SUPPORT = re.compile(
    r",?\s*with\s+(?:the\s+)?(?P<org>(?:[A-Z][\w’'&.-]*\s+){1,5}?)(?:financial\s+|technical\s+|generous\s+)?"
    r"(?:support|funding|assistance|backing),?"
)
WITH_PHRASE = re.compile(
    r",?\s*with\s+(?:the\s+)?(?:financial\s+|generous\s+)?(?:support|funding|assistance)\s+(?:of|from)\s+[^,]*,?"
)
CLAUSE_CUT = re.compile(
    r"\b(?:that|when|while|whereas|because|after|since|where|said|says|recalled|noted|announced|explained|"
    r"added|stated|confirmed)\s+"
)
ATTITUDE = re.compile(
    r"\s+(?:(?:is|was|are|were|would\s+be|will\s+be)\s+(?:ready|willing|prepared|due|set|scheduled|expected|"
    r"keen|glad|pleased|proud|honou?red|delighted)|offered|offers|agreed|agrees|decided|decides|plans?|planned|"
    r"intends?|intended|hopes?|hoped|wants?|wanted|promised|pledged|volunteered|"
    # "The EU provided funding for the workshop"
    r"(?:provided|provides|gave|gives|contributed|contributes)(?:\s+(?:generous|additional|financial))?)\s*$"
)
# "Chile will assume the Pro Tempore Presidency and host the meeting": the chair's office taken on first.
CHAIR_AND = re.compile(
    r"\s+(?:(?:will|would|shall|is\s+to|also)\s+)?(?:assumes?|assumed|takes?\s+over|took\s+over|takes?\s+up|"
    r"took\s+up)\s+the\s+(?:[\w-]+\s+){0,3}?(?:chair|chairmanship|chairpersonship|chairship|presidency)"
    r"(?:\s+of\s+the\s+[\w\s-]{1,60}?)?\s+and\s*$",
    re.I,
)
LAUNCHED = re.compile(
    r"\s(?:(?:today|yesterday|jointly|officially|formally|also|recently)\s+)?launched\s+(?:the|a|an|its|their|[\"“]|[A-Z])"
)
# A noun right before "funded by" that is not the event: the participle is its own.
_OTHER_NOUN = (
    r"(?:report|study|survey|research|project|programme|program|initiative|plan|campaign|declaration|"
    r"resolution|statement|publication|book|film|centre|center|facility|scheme|shelter|shelters|services|"
    r"activities|hotline|clinic|school|schools|system|tool|toolkit|guide|manual|website|app|paper|brief)s?"
)
OTHER_HEAD = re.compile(
    rf"\b{_OTHER_NOUN}\s+(?:(?:also|jointly|generously|partly|fully|largely|mainly)\s+)?$",
    re.I,
)
# "The meeting followed an earlier assessment mission to X supported by Y": an earlier event's own backer
# ("the first such training, held by Y" and "X, the first meeting of its kind convened by Y" are the event
# itself, in apposition).
EARLIER_EVENT = re.compile(
    r"\b(?:earlier|previous|prior|past|preceding|first(?!\s+such\b)(?!\s+(?:[\w-]+\s+){1,2}of\s+its\s+kind\b))"
    r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mission|meeting|conference|workshop|visit|session|training|round|edition|seminar|forum)s?\b"
    r"[^.;,()]{0,40}?\s+(?:(?:also|jointly|generously|partly|fully|largely|mainly)\s+)?$",
    re.I,
)
# "the research paper, written by A and B and financed by X": the funding participle is the second of the
# paper's own participles.
OTHER_AUTHORED = re.compile(
    rf"\b{_OTHER_NOUN},?\s+(?:written|prepared|produced|authored|compiled|drafted|conducted|carried\s+out)\s+"
    r"by\s+[^;]{1,120}?\s+and\s+(?:(?:also|partly|fully)\s+)?$",
    re.I,
)
# The subject and main verb of a sentence whose event is organised "in cooperation with" partners.
MAIN_ACT = re.compile(
    r"(?P<subj>[^.;\"“”]{2,160}?)\s+(?:(?:today|yesterday|also|jointly|formally|officially)\s+)?"
    r"(?:launched|opened|held|hosted|presented|released|unveiled|organi[sz]ed|convened|staged)\b"
)
# "The forum was held in partnership with X": a co-organiser.
PARTNER = re.compile(
    r"\b(?=[rhocdiaun])(?:(?:run|held|organi[sz]ed|hosted|convened|conducted|delivered|implemented|carried\s+out)\s+"
    r"(?:jointly\s+)?(?P<verb>in\s+(?:partnership|collaboration|cooperation|co-operation|association)|together|"
    r"jointly)\s+with|"
    # "held at the invitation of the Government of Kenya": the host; "at the initiative of X": its convener
    r"(?P<host>(?:at|on)\s+the\s+(?:invitation|initiative)|under\s+the\s+(?:auspices|patronage|aegis)|"
    # "held in Lakeport under the chairmanship of the Republic of X": the chairing country holds the meeting
    r"under\s+the\s+(?:(?:rotating|current|pro\s+tempore)\s+)?(?:co-)?(?:chairmanship|chairpersonship|"
    r"chairship|presidency)|"
    # "The workshop, an initiative of the Danish Refugee Council, opened"
    r"(?:(?<=,\s)|(?<=\bwas\s)|(?<=\bis\s))an?\s+(?:joint\s+)?initiative)\s+of|"
    # "The forum is co-hosted with the Ministry": the prefix says the host shares the event with X.
    r"(?P<cohost>co-(?:hosted|organi[sz]ed|convened)|"
    # "held under the auspices of A and organized with IOM": organised with a body is organised by it too
    # ("organised with support from X" names a sponsor).
    r"organi[sz]ed(?=\s+with\s+(?!(?:the\s+)?(?:support|funding|financial|assistance|help|contributions?|"
    r"participation|backing)\b)(?:the\s+)?[A-Z]))\s+(?:jointly\s+)?with)\s+",
    re.I,
)
# "UNEP co-hosted the workshop with AIT and the City": partners after an active organiser's object.
WITH_PARTNERS = re.compile(
    r"\s*(?:\([^()]{1,60}\))?,?"
    # "co-hosted a side event, "A Title in Quotes", together with X": the event's title in apposition.
    r"(?:\s*[\"“][^\"“”]{1,120}[\"”],?)?"
    # "convened the summit in Kisumu today, in partnership with X": a place or time may come between.
    r"(?:\s+(?:in|at|on)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s+(?:today|yesterday))?,)?"
    # "organised the dialogue together with X and Y"
    r"\s+(?:jointly\s+|together\s+|in\s+(?:partnership|collaboration|cooperation|co-operation)\s+)?"
    r"with\s+(?=(?:the\s+)?[A-Z])"
)
WITH_SUPPORT_WORD = re.compile(
    r"(?:the\s+)?(?:[\w’'&.-]+\s+){0,6}?(?:support|funding|assistance|backing|help|participation)\b"
)
ORGANISER_VERB = re.compile(
    r"organi|host|conven|hold|held|conduct|facilitat|deliver|partner|together|joint|collab|operat|associat|gather|"
    r"^run$|chair|^opened$|^concluded$|"
    r"invitation|initiative|auspices|patronage|aegis"
)
CAMPAIGN_SUBJECT = re.compile(
    r"\W*The\s+(?:[a-z-]+\s+){0,2}(?:campaign|initiative)(?:,\s+which\s[^,]{1,80},)?\s+(?:is|was|will|has|had|are)\b"
)
PRONOUN_SUBJECT = re.compile(
    r"\W*(?:(?:It|They|Both)\s+(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+"
    # "It was generously supported by X": the adverbs BY allows between the participle's auxiliary and it.
    r"(?:(?:also|jointly|partly|partially|generously|kindly|financially|fully|largely|mainly|primarily)\s+)?(?:co-)?(?:sponsor|fund|financ|support|organi[sz]|host|conven|made\s+possible)|"
    # "It received financial support from X", "The event benefited from funding by Y"
    r"(?:It|They)\s+(?:also\s+)?(?:received|receives|benefit(?:t?ed|s)\s+from|(?:was|were)\s+made\s+possible|"
    # "It is part of the X project, financed by Y": the event's project names its funder (GUIDELINES)
    r"(?:is|was|are|were|forms?|formed)\s+(?:also\s+)?part\s+of"
    r"(?=\s+(?:the|a|an|its|their)\s+[^.;]{0,60}?\b(?:project|programme|program|initiative)\b)|"
    # "It was held under a project on X funded by Y": the same, the project named after how it was held
    r"(?:was|were|is|are)\s+(?:held|organi[sz]ed|conducted|run|implemented)\s+(?:under|within|as\s+part\s+of)"
    r"(?=\s+(?:the|a|an|its|their)\s+[^.;]{0,60}?\b(?:project|programme|program|initiative)\b)|"
    # "It was held with financial support from X", "It took place with the generous support of X"
    r"(?:(?:was|were|is|are|will\s+be)\s+(?:being\s+)?(?:held|organi[sz]ed|convened|run)|"
    r"took\s+place|takes\s+place|will\s+take\s+place)\s+with"
    r"(?=\s+(?:\w+\s+){0,2}(?:support|funding)))\b|"
    r"(?i:financial\s+|additional\s+|further\s+|extra\s+|generous\s+|technical\s+)?"
    r"(?i:support|funding|financing|sponsorship)\s+"
    r"(?:(?:for\s+(?:the|this)\s+\w+\s+)?(?:was|were|is|has\s+been|will\s+be)\s+(?:provided|given|offered|"
    # "Additional support came thanks to a grant from X"
    r"granted|made\s+available)|(?:for\s+(?:the|this)\s+\w+\s+)?(?:came|comes)\s+(?:from|thanks\s+to|through|via)))"
)
# "Financial support was provided by X", "with funding provided by X": a sponsor.
PROVIDED = re.compile(
    r"\b(?P<verb>support|funding|financing|sponsorship|assistance)\b[^.;]{0,90}?\b(?:(?:provided|given|offered|"
    r"granted|made\s+available)\s+by|came\s+from|comes\s+from|was\s+from)\s+",
    re.I,
)
# "with financial support from GTZ, on behalf of the German Federal Ministry ...": the principal funds too.
ON_BEHALF = re.compile(r"(?<=[\w)]),?\s+(?:acting\s+)?on\s+behalf\s+of\s+(?=(?:the\s+)?[A-Z])")
# "a grant from the European Union under the Caribbean Trade Programme": the vehicle is no part of the name.
# "under its Thematic Programme on River Safety": the vehicle's complement goes with it.
UNDER_VEHICLE = re.compile(
    r"(?<=[\w)])\s+under\s+(?:the\s+|its\s+|a\s+)?[A-Z][^.;,()]*?"
    r"\b(?:Programme|Program|Project|Fund|Facility|Initiative|Framework|Instrument|programme|program|project)\b"
    r"(?:\s+(?:on|for|of|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|the|in|for|on|&)\s+)?[A-Z][\w’'-]*)*)?"
)
PROJECT_WORDS = re.compile(r"project|programme|program")
# "hosted by the Government of X through its Ministry of Y": the possessive goes with "through", so the
# body after it reads as the next item of the list; "through its Regional Office for X" names the host's
# own office, an alias of the host (GUIDELINES: offices), not a second organiser.
THROUGH = re.compile(
    r"(?<=[\w)])\s+(?:acting\s+)?through\s+(?:its\s+|their\s+)?(?=(?:the\s+)?[A-Z])"
    r"(?!(?:the\s+)?(?:(?:Regional|Sub-[Rr]egional|Subregional|Country|Field|Liaison)\s+Office|Office\s+in)\b)"
)
# "funded by the Union through its Directorate-General for Aid (DGA)": the funder's own body funds too.
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A date between a subject and its verb: ", on Wednesday, 9th December 2020,", " on 3 May", " last Friday".
WHEN_END = re.compile(
    r",?\s+(?:on|last|this|earlier\s+this|on\s+the\s+morning\s+of)\s+"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b,?\s*)?"
    rf"(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?"
    r",?\s*$"
)
# "the summit, which the Lake Fishers Network organised": an actor named inside a relative clause.
REL_ACTOR = re.compile(
    r",?\s+(?:which|that)\s+(?P<org>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?"
    r"[A-Z][\w’'&.-]*){0,8})\s+(?:had\s+|has\s+|have\s+)?(?:jointly\s+|also\s+)?"
    r"(?P<verb>(?:co-)?(?:organi[sz]ed|hosted|convened|sponsored|funded|financed))\b|"
    # "the Senior Officials' Meeting, which Chile will host in November": a future host holds it too.
    r",?\s+(?:which|that)\s+(?P<org2>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?"
    r"[A-Z][\w’'&.-]*){0,8})\s+(?:will|is\s+to|is\s+going\s+to|has\s+offered\s+to|had\s+offered\s+to)\s+"
    r"(?:jointly\s+|also\s+)?(?P<verb2>(?:co-)?(?:organi[sz]e|host|convene))\b"
)
# "through its Trust Fund for Africa": the funder's money, not a body of its own that sponsors.
FUNDING_VEHICLE = re.compile(
    r"\b(?:Fund|Facility|Programme|Program|Initiative|Instrument|Window|Budget|Project)\b"
)
# "financed by the Government of Italy through the Italian Development Cooperation": a funder's national
# agency, named by the country's adjective, funds too (the caller checks the adjective).
# "through its development agency, the X Agency (XA)": the agency named in apposition after its description.
THROUGH_OWN = re.compile(
    r"(?<=[\w)]),?\s+(?:acting\s+)?through\s+"
    r"(?:(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?P<desc>agency|arm|office|ministry|department),?\s+(?:the\s+)?"
    # "through the Bureau of X (BX)", "through Lakeland Aid Agency": the caller keeps only known bodies.
    r"|(?:its|their|the)\s+|(?=[A-Z][\w-]+\s+[A-Z]))(?=[A-Z])"
)
# "Sponsors of the forum included X, Y and Z", "The organisers of the forum, X and Y, said": the list follows
# the event mention (after a verb of being, or as an appositive).
NAMED_AS = re.compile(
    r"\b(?P<verb>(?:co-)?(?:sponsors|funders|donors|organi[sz]ers|hosts|conveners|convenors))\s+(?:of|for)\s+"
    r"(?:the|this|these)\s+",
    re.I,
)
FUNDED_FROM = re.compile(
    r"\b(?:funded|financed|paid\s+for)\s+(?:from|through|under|out\s+of)\s+(?:the\s+|a\s+)?"
    r"(?P<org>[A-Z][\w&.-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w&.-]*){0,6})(?:’s|'s)?\s+"
    r"(?:[a-z-]+\s+){0,3}(?:fund|initiative|programme|program|budget|facility|grant|window)\b"
)
TEAMED = re.compile(
    r"\s(?:partnered|teamed\s+up|joined\s+forces|worked\s+together|collaborated|cooperated|co-operated)\s+"
    r"(?P<with>with\s+)[^.;]{1,160}?(?P<to>\s+to\s+(?:jointly\s+)?(?:hold|organi[sz]e|host|convene|run|deliver|"
    r"conduct|stage|launch)\s+(?:the|a|an|their|its)\s+)"
)
NAMED_AS_LIST = re.compile(r"[^,;:.()]{0,100}?(?:,|\s(?:included|include|includes|were|are|was|is)\b:?)\s*")

# The ACTIVE verbs that name an organiser only when the subject is a body ("the Minister opened" is a speech).
OPEN_CLOSE = ("opened", "concluded")
ACTIVE_HINT = re.compile(
    r"host|organi[sz]|conven|hold|held|conduct|facilitat|together|gather|sponsor|fund|financ|support|opened|concluded"
)
COMPOUND_HINT = re.compile(r"[-\s](?:funded|sponsored|financed|supported|organi[sz]ed|hosted)\s")

# Cheap pre-tests on the lowercased sentence: each names words one of the clause patterns cannot match
# without (a necessary condition, so skipping a pattern whose test fails changes nothing). Under re.I,
# "İ", "ı" and "ſ" match ASCII letters their lowercase forms are not: a sentence with one runs every pattern.
FOLD_ODD = re.compile("[\u0130\u0131\u017f]")
_BY_VERBS = (
    "sponsor",
    "fund",
    "financ",
    "support",
    "underwrit",
    "made",
    "organi",
    "host",
    "conven",
    "conduct",
    "facilitat",
    "deliver",
    "held",
    "run",
    "chaired",
)
_WITH_NOUNS = (
    "support",
    "funding",
    "sponsorship",
    "assistance",
    "backing",
    "contribution",
    "grant",
    "donation",
    "funds",
    "financing",
)
_PROVIDED_NOUNS = ("support", "funding", "financing", "sponsorship", "assistance")
_PARTNER_WORDS = (
    "partnership",
    "collaboration",
    "cooperation",
    "co-operation",
    "association",
    "together",
    "jointly",
    "invitation",
    "initiative",
    "auspices",
    "patronage",
    "aegis",
    "chairmanship",
    "chairpersonship",
    "chairship",
    "presidency",
    "co-host",
    "co-organi",
    "co-conven",
)
_NAMED_AS_WORDS = (
    "sponsors",
    "funders",
    "donors",
    "organisers",
    "organizers",
    "hosts",
    "conveners",
    "convenors",
)
# The verb of an ACTIVE match with nothing before it: every ACTIVE match ends with one, starting at a word
# boundary at most 36 characters (three auxiliaries and two adverbs, "today jointly convened", single-spaced)
# after the match's start, so a search from 40 characters before it finds the match.
ACTIVE_CORE = re.compile(
    ACTIVE.pattern.replace(
        r"\b(?:(?:will|would|shall|to|is|are|was|were|has|have|had|be|been|going)\s+){0,3}(?:(?:today|yesterday|tomorrow|jointly|also|now|recently|(?:this|next|last)\s+week)\s+){0,2}",
        r"\b(?=[bcfghops])",
        1,
    ),
    re.I,
)
assert ACTIVE_CORE.pattern != ACTIVE.pattern
_ACTIVE_LEAD = 40
UPPER_OR_NL = re.compile(r"[A-Z\n]")
_MULTI_SPACE = re.compile(r"\s\s")


def active_matches(text: str) -> list[re.Match]:
    """ACTIVE.finditer(text), searching only near the verbs ACTIVE_CORE finds (the same matches:
    one that started further back would have more than four words or a run of spaces before its verb)."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        core = ACTIVE_CORE.search(text, pos)
        if core is None:
            break
        lead = max(pos, core.start() - _ACTIVE_LEAD)
        if lead > pos and _MULTI_SPACE.search(text, lead, core.start()):
            lead = pos  # long whitespace: the auxiliaries may reach further back
        m = ACTIVE.search(text, lead)
        if m is None:
            break
        out.append(m)
        pos = m.end() if m.end() > m.start() else m.end() + 1
    return out


def clause_matches(text: str, low: str, odd: bool) -> list[re.Match]:
    """The matches of BY, WITH, PROVIDED and PARTNER in turn, skipping a pattern whose pre-test fails."""
    return [
        *(BY.finditer(text) if odd or ("by" in low and _BY_HINT.search(low)) else ()),
        *(WITH.finditer(text) if odd or _WITH_HINT.search(low) else ()),
        *(PROVIDED.finditer(text) if odd or _PROVIDED_HINT.search(low) else ()),
        *(PARTNER.finditer(text) if odd or _PARTNER_HINT.search(low) else ()),
    ]


def _words(words: tuple[str, ...]) -> re.Pattern:
    """A search for any of `words` as a substring (one regex call beats a loop of `in` tests)."""
    return re.compile("|".join(re.escape(w) for w in words))


_BY_HINT = _words(_BY_VERBS)
_WITH_HINT = _words(_WITH_NOUNS)
_PROVIDED_HINT = _words(_PROVIDED_NOUNS)
_PARTNER_HINT = _words(_PARTNER_WORDS)
NAMED_AS_HINT = _words(_NAMED_AS_WORDS)
PROJECT_HINT = _words(("project", "program"))
