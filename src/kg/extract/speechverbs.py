"""The speech-verb patterns that make a name mention a speaker: a verb after the name (across its
appositive) or before it ("..., said X", "according to X"). Shared by the people component and the
surname pass, which reads re-mentions ("Dr. Martini said") with the same verbs."""

from __future__ import annotations

import re

from kg.extract.persons import POSTNOMINALS
from kg.extract.speechwords import SAY, SAY_WORDS, VERBS

POSTNOMINAL = "|".join(sorted(POSTNOMINALS))
# "X cut the ribbon and said ...": common irregular past tenses that open such a first clause.
IRREGULAR_PAST = r"cut|led|gave|took|met|made|held|read|set|went|came|sent|won|lit|laid|began|unveiled|toured"
VERB_AFTER = re.compile(
    rf"^(?:'s|’s|\s+(?:{POSTNOMINAL}))?(?:\s+(?:today|yesterday|tomorrow|this week|on [A-Z]\w+day))?"
    rf"(?:\s*\([^()]{{1,80}}\))?(?:\s+(?:of|from|for)\s+(?:the\s+)?[A-Z][^,.;\"“”]{{1,80}}?)?"
    rf"(?:,[^.;\"“”]{{0,160}}?)?,?\s*(?:who\s+)?(?:(?:\w+ly|also|then|later|further|again|both)\s+)?"
    # "X, who attended, was presented with a copy": a passive verb is done to X, not said by X.
    # The verb is a whole word: "was represented by" holds no "presented".
    rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:{VERBS})\b"
    # "X thanked the EU for its support and said ...": a first clause, then the speech verb.
    # "... signed the agreement and addressed the press": addressing an audience is speaking too.
    rf"|^\s+(?:\w+ed|{IRREGULAR_PAST})\b[^.;\"“”]{{0,120}}?\band\s+(?:{SAY_WORDS}|addressed|spoke\s+to)\b"
)
# "..., said X" / '..." said X' / "according to X" / "opened by X": the verb must follow a quote or comma,
# so "X said Ambassador Y had ..." does not make Y a speaker.
VERB_BEFORE = re.compile(
    # "will be opened on Thursday by X": a day may stand between the verb and "by".
    rf"(?:[,\"”’]\s*(?:{SAY})|\b(?:{VERBS})(?:\s+on\s+[A-Z][a-z]+day)?\s+by)\b,?\s+(?:[^.;\"“”]{{0,90}})$"
    # "according to" is followed by the name and its title only, not by a clause ("According to the
    # survey, half had travelled to Western Europe").
    # "According to the study's lead author, Jane Roe": a lowercase owner's possessive may stand before it.
    rf"|(?i:according to)\s+(?:(?:the|an?|of|for|and|on|to|in|[A-Z][\w'’.\-]*|[a-z][\w-]*['’]s),?\s+){{0,12}}"
    # "According to ABC water specialist John Roe": a lowercase title ending in a person noun, with a
    # comma before the name when the title stands apart ("According to the lead author, Jane Roe").
    rf"(?:(?:[a-z][\w-]+\s+)?[a-z][\w-]*(?:ist|er|or|ant|ent|person|man|woman|head|chief),?\s+)?$"
)
