"""The patterns that find a quote and its attribution signals (speech verbs after or before it,
reported speech, lead-in clauses, unnamed speakers); kept apart from `quotes`, which applies them, because
they are the part most often tuned.
"""

from __future__ import annotations

import re

from kg.extract.persons import HONORIFIC, PARTICLE

QUOTE = re.compile(r"[\"“]([^\"“”]{3,2000}?)[\"”]")
VERB = (
    r"said|says|told|stated|noted|stressed|urged|highlighted|added|explained|emphasi[sz]ed|warned|announced|"
    r"remarked|commented|declared|underlined|continued|concluded|insisted|observed|asked|recalled|argued|"
    r"reminded|cautioned|pointed out|acknowledged|affirmed"
)
AFTER = re.compile(
    rf"^\s*,?\s*(?:(?P<pron>[Hh]e|[Ss]he|[Tt]hey)\s+(?:{VERB})|"
    # '"...," the Director of the Trust, Ana Roe, said': the title's appositive may hold the name.
    rf"(?P<title>the\s+(?:[\w'’-]+\s+){{0,5}}?[A-Z][\w'’-]+)(?:,(?P<tapp>(?:{HONORIFIC}\s|[^\"“”.;,]){{1,60}}),)?\s+(?:{VERB})|"
    rf"(?P<title2>the\s+(?:[\w'’-]+\s+){{0,9}}?[A-Z][\w'’-]+),(?P<tapp2>(?:{HONORIFIC}\s|[^\"“”.;,]){{1,60}}),\s+(?:{VERB})|"
    rf"according\s+to\s+(?P<acc>(?:{HONORIFIC}\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)|"
    # '"...," Minister of Disaster Management Jane Doe told reporters': a title may lead the name.
    # '"...," Vice Minister of Labour and Welfare Ms. Jane Doe told', '"...," UNHCR's Representative in
    # Elaria, Jane Doe, said': the title may run long, hold "in"/"to", and end in an honorific.
    # '"...," van Dijk said': a surname re-mention may open with its lower-case particle.
    rf"(?P<who>(?:{HONORIFIC}\s+)?(?:{PARTICLE}\s+){{0,2}}(?:[A-Z][\w'’-]+\s+(?:(?:of|for|and|the|in|to)\s+)*){{0,9}}"
    rf"(?:{HONORIFIC}\s+(?:[A-Z][\w'’-]+\s+){{0,3}})?[A-Z][\w'’-]+)"
    # '"...," Jane Doe, director of the Network, said': an appositive between name and verb; after a title
    # ('"...," the Agency's Director, Mr. Jon Roe, said') it holds the name, honorific and all.
    rf"(?:,(?P<app>(?:{HONORIFIC}\s|[^\"“”.;]){{1,120}}?),)?\s+(?:{VERB})|(?:{VERB})\b)"
)
BEFORE = re.compile(
    rf"\b(?:{VERB})(?:\s+that)?\s*(?:,|:)?\s*$|\b(?:statement|remarks|message)\s*:\s*$"
    # "described the project as “...”", "called the plan “...”"
    r"|\b(?:described|called|termed|characteri[sz]ed|welcomed|hailed)\s+(?:[\w'’-]+\s+){0,6}?(?:as\s+)?$"
    # "thanked the Board for its “patient and flexible” partnership": the words praised are quoted.
    r"|\b(?:thanked|praised|commended|lauded)\s+(?:[\w'’-]+\s+){1,6}?for\s+(?:its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,2}$"
    # 'a centre which he said was “full every night”': the verb of a relative clause, then a copula.
    rf"|\b(?:he|she|they)\s+(?:{VERB})\s+(?:was|were|is|are|had\s+been|would\s+be|remained)\s*$",
    re.I,
)
WORDS_OF = re.compile(
    r"^\s+(?:(?:The|These|Those)\s+words\s+(?:were|are|came)\s+(?:those\s+)?(?:of|from)|"
    r"(?:Those|These)\s+were\s+the\s+words\s+of|"
    # '"..." / That was Jane Doe, President of the Union, who ...': the name itself must follow.
    rf"That\s+was(?=\s+(?:{HONORIFIC}\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)|"
    r"(?:It\s+was\s+)?[Ww]ith\s+(?:these|those)\s+words,?\s+(?:that\s+)?)\s*(?:the\s+)?"
)
# A dash after the closing quote mark, then the speaker's name: the quote is signed.
DASH_AFTER = re.compile(r"[ \t]*[–—][ \t]*")
HONORIFIC_ONLY = re.compile(rf"(?:{HONORIFIC}\s+)*")
SENT_END = re.compile(r"[.!?][\"”’]?\s+")
# Reported speech that carries a quoted fragment may also be a call, an admission or praise: "She called on
# donors to act “so that ...”", "He admitted that “...”", "X praised the volunteers as “...”".
REPORT_VERB = VERB + r"|called\s+(?:on|upon|for)|appealed|admitted|conceded|praised|hailed"
REPORTED = re.compile(
    rf"\s*(?:(?P<pron>He|She|They)|(?P<who>(?:{HONORIFIC}\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+))"
    rf"\s+(?:(?:also|further|\w+ly)\s+)?(?:{REPORT_VERB})\b"
)
REPORTED_IN = re.compile(
    rf"(?P<who>(?:{HONORIFIC}\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+),?\s+(?:(?:also|further|\w+ly)\s+)?"
    rf"(?:{REPORT_VERB})\b"
)

TITLE_REPORTED = re.compile(
    rf"\s*(?P<title>[Tt]he\s+(?:[A-Z][\w'’-]+\s+){{0,4}}[A-Z][\w'’-]+)\s+(?:(?:also|further|\w+ly)\s+)?"
    rf"(?:{VERB}|urged|called|appealed|described)\b"
)
# An opening participle clause before the sentence's subject ("Speaking ahead of the meeting, ").
LEAD_CLAUSE = re.compile(
    # "Delivering the keynote address on behalf of the Minister, ", "In his closing remarks, ": any participle
    # or a speech's own setting.
    r"\s*(?:[A-Z][a-z]{3,}ing|In\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:remarks|address|speech|statement|"
    r"message))\b[^,;\"“”]{0,80},"
)
SAID_IN = re.compile(rf"(?<![\w'’-])(?:{VERB})\b")
VERB_THAT = re.compile(rf"\b(?:{VERB})\s+(?:[\w'’-]+\s+){{0,3}}that\s*$")
CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")
VERB_NAME = re.compile(
    rf"\s*,?\s*(?:{VERB})\s+((?:{HONORIFIC}\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+)(?=[\s,.;]|$)"
)
PRONOUN_ASIDE = re.compile(rf",\s*(?:he|she|they)\s+(?:{VERB}),")
ACCORDING_IN = re.compile(
    rf"(?:^|\s)[Aa]ccording\s+to\s+(?P<who>(?:{HONORIFIC}\s+)?(?:[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+),"
)
RESUME = re.compile(rf"\s*,?\s*[^\"“”]{{0,80}}?\b(?:{VERB})\b[^\"“”]{{0,140}},\s*")
# '"These figures," said Jane Doe, "show a crisis"': a quote broken by its attribution resumes in lower case.
BROKEN = re.compile(rf"{RESUME.pattern}[\"“][a-z]")
# A sentence whose subject is an unnamed person ("A 28-year-old mother from X ...", "One eligibility officer
# described ..."): a pronoun or lead-in after it refers to that person, not to the last named speaker.
ANONYMOUS = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n\s*)(?:A|An|One)\s+(?:[\w'’-]+,?\s+){0,5}?"
    r"(?:[a-z][\w-]*(?:er|or|ist|ian|ant|ent)|mother|father|woman|man|girl|boy|child|survivor|victim|refugee|"
    r"migrant|resident|member|official|person|parent|daughter|son|widow|youth|teenager|participant)\b(?![-’'])"
)
UNTIL_STOP = re.compile(r"[^.;\"“”]{0,120}")
SPACES = re.compile(r"\s+")  # precompiled: applied to every name and sentence
NAME_IN_APP = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+\s*$")
UNNAMED_SAID = re.compile(rf"[\"”]?\s*,?\s*(?:{VERB})\s+(?:a|an|one|another)\s")
PRONOUN_SAID = re.compile(rf"^\s*,?\s*(?:he|she|they)\s+(?:{VERB})", re.I)
