"""The phrases releases use to make or introduce a call for action, and to say who made it.

Kept apart from the matching code in `recommendations`: list intros ("Recommendations made by
UNHCR include:"), call verbs ("urged", "called on ... to", "stressed the need for"), first-person
and impersonal calls ("We must", "It is essential that"), and the subjects that name no organisation.
"""

from __future__ import annotations

import re

from kg.extract.alternation import literal_alternation

INTRO = re.compile(
    r"\b(?:recommend\w*|calls?\s+(?:for|on)|called\s+(?:for|on)|propos\w*|urg\w+|suggest\w*|appeal\w*|"
    r"should|must|need\s+to|needs\s+to|priorit\w+\s+for\s+action|"
    # "Delegates identified the following priorities:"
    r"(?:the\s+following|these|key|main|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+)?"
    r"(?:priorities|proposals|demands|commitments)|"
    # "presented a list of priorities agreed by partners:"
    r"(?:list|set)\s+of\s+(?:\w+\s+)?(?:priorities|proposals|demands|commitments)\b[^:.]{0,60}(?=:)|"
    # "Among its commitments, countries will:"
    r"(?:its|their)\s+(?:\w+\s+)?commitments\b[^:]{0,60}(?=:)|"
    # "The workshop agreed to:", "MPs committed to:", "Participants agreed on three priorities:"
    r"calling\s+for|(?:agreed|agree|agrees)\s+(?:on|upon|to|that)|(?:agreed|agree|agrees)(?=\s*:)|(?:committed|commit|commits)\s+(?:themselves\s+)?to|"
    r"(?:pledged|pledge|pledges|resolved|resolve|resolves|undertook|undertake|undertakes)\s+to|(?:are|is)\s+(?:urgently\s+)?(?:needed|required|"
    r"necessary|essential)|call(?:ing|s)?\s+(?:up)?on|encourag\w+|invit\w+\s+\w+\s+to|asks?\s+\w+\s+to|"
    # "a resolution asking the Government to:", "conclusions inviting the states of the region to:"
    r"(?:ask(?:s|ed|ing)?|invit(?:es|ed|ing)|request(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){1,7}?to(?=\s*:))\b",
    re.I,
)
# "The agencies:" over items that each open with their own call verb ("called on X to ...", "agreed to ...",
# "recommended that ..."): a run-in list of the subject's calls, whatever the intro says.
# "Participating states:" over "commit to ...", "undertake to ...", "call on ...": the same in the present
# tense of a declaration's text.
ITEM_CALL = re.compile(
    r"(?:agreed|pledged|resolved|committed\s+(?:themselves\s+)?)\s+to\s|called\s+(?:up)?on\s|called\s+for\s|"
    r"(?:recommended|urged|proposed|requested|appealed|encouraged)\s|"
    r"(?:agree|pledge|resolve|commit|undertake)s?\s+to\s|calls?\s+(?:up)?on\s|calls?\s+for\s|"
    # "Request the Agency to develop ...": a declaration's request of a named body
    r"(?:request|invite|urge)s?\s+(?:the\s+|all\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5}\s+to\s"
)
# "The consultation concluded that:" over items that say what "should" be done: each such item is a call
# (an item without a modal is a finding, not a recommendation).
# "Participants adopted five conclusions, the following:" likewise: the modal items are the calls.
THAT_INTRO = re.compile(r"\bthat\s*:\s*$|\bconclusions\b[^:]{0,60}:\s*$")
MODAL_ITEM = re.compile(r"\b(?:should|must|ought\s+to)\b")
CONCLUSIONS_INTRO = re.compile(r"\bconclusions\b[^:]{0,60}:\s*$", re.I)
# "Conclusions include:" over "Member States to designate contact points ...", "training to be organised
# in 2016": the headline infinitive of a decision or call, its subject before "to" and no finite verb
# there ("fees had risen to record levels" is a finding).
TO_ITEM = re.compile(
    r"^\W*(?!(?:[\w’'-]+\s+){0,10}?(?:is|are|was|were|has|have|had|will|would|can|could|did|do|does|"
    # "workers rarely know where to seek help", "firms continued to hire": a finding's verb before "to".
    r"not|where|how|what|when|whether|which|who|know|knows|knew|want|wants|wanted|need|needs|needed|tend|"
    r"tends|tended|continue|continues|continued|began|begin|begins|seem|seems|seemed|appear|appears|"
    r"appeared|fail|fails|failed|able|unable|likely|unlikely|used|due|going|expected|set)\s)"
    r"(?:[\w’'-]+\s+){1,10}?to\s+(?:be\s+)?(?!(?:the|a|an|its|their|his|her|this|these|those|all|some)\b)"
    r"[a-z]{3,}\b"
)
HEADING_INTRO = re.compile(
    r"(?:^(?:Key\s+|Main\s+|Our\s+|The\s+)?(?:recommendations|calls\s+to\s+action|key\s+asks)$|"
    r"recommendations\s+(?:include|are|were)(?:\s+as\s+follows)?$|recommend(?:s|ed)?\s+(?:that|the\s+following)$)",
    re.I,
)
INTRO_BY = re.compile(
    r"\b(?:made|put forward|proposed|issued|adopted)\s+by\s+(?:the\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*)"  # noqa: E501
)
INTRO_SUBJ = re.compile(
    r"^(?:the\s+)?(?P<org>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*?)(?:’s|'s)?\s+(?:recommend|propos|call|urge|appeal)",
    re.I,
)
DOC_NOUNS = r"report|study|survey|paper|review|assessment|analysis|evaluation|strategy"
DOC_SUBJECT = re.compile(rf"^\W*The\s+(?:new\s+|latest\s+|annual\s+|final\s+)?({DOC_NOUNS})\b")
AUTHORED_BY = re.compile(
    rf"\b(?P<noun>{DOC_NOUNS})\b[^.]{{0,40}}?\b(?:released|published|issued|launched|produced|prepared|"
    r"compiled|presented|commissioned)\s+(?:today\s+|yesterday\s+|on\s+\w+\s+)?by\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*)*)",
    re.I,
)
AUTHORED_OWN = re.compile(
    rf"\b(?P<org>[A-Z]{{2,8}})(?:’s|'s)?\s+(?:new\s+|latest\s+|annual\s+|flagship\s+)?(?P<noun>{DOC_NOUNS})\b",
    re.I,
)
# "The Lakeport Water Agency (LWA) today presented its Annual Report on ...": the body that presents its
# own document, named in the clause before the verb.
AUTHORED_ITS = re.compile(
    r"(?P<org>[^.;]{3,90}?)\s+(?:today\s+|yesterday\s+|on\s+\w+\s+)?(?:released|published|issued|launched|"
    r"presented|produced|unveiled)\s+(?:its|their)\s+(?:[\w’'-]+\s+){0,4}?"
    rf"(?P<noun>{DOC_NOUNS})\b",
    re.I,
)
ROLE_PHRASE = re.compile(
    r"\b(?:organi[sz]ed|hosted|sponsored|funded|convened|supported|co-organi[sz]ed|co-hosted)\s+by\s+[^,]*"
)
INTRO_FOR = re.compile(
    r"\bfor\s+(?P<to>(?:the\s+)?[a-z][\w\s-]{2,60}?)(?:\s+for\s+[\w\s-]+?)?\s+(?:are|include|is)\s*:?\s*$"
)

VERBS = (
    # "ended the meeting with a call to remove X": the noun's "to" (only after a call noun, see CALL_NOUN).
    # "IOM will urge governments to ...": the base form after a modal, like "will call on".
    r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bshall\s))urge\s+(?=[\w\s-]{2,60}?\s+to\s+[a-z])|"
    r"(?:urged|urges|urging|called\s+for|calls\s+for|call\s+for|call\s+to(?=\s+[a-z]+\s)|called\s+(?:up)?on|calls\s+(?:up)?on|"
    r"calling\s+(?:for|on|upon)|proposed\s+(?=(?:the|a|an|creating|establishing|setting)\s)|"
    r"call\s+(?:up)?on|appealed\s+(?:to|for)|appeals\s+(?:to|for)|advocated\s+for|advocates\s+for|"
    # "IOM is appealing for USD 20 million to ...": the progressive appeal, after a form of "be" (an
    # adjective "appealing for tourists" has none); "is appealing to donors for US$ 5 million": the
    # addressee between the verb and its "for".
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bnow\s))appealing\s+"
    r"(?:to\s+(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,2}(?:donors|governments|partners|community)\s+)?for|"
    # "who asked not to be named": a source's wish for anonymity, not a call; "asked her what had happened
    # to her", "asked the women how ...": a question (a wh-word after the person asked), not a call.
    r"(?:encouraged|encourages|asked|asks)\s+(?!not\s+to\s+be\b)"
    r"(?!(?:[a-z-]+\s+){0,2}(?:what|whether|how|why|where|when|which|if)\s)"
    r"(?=(?:the\s+|all\s+)?[a-z][a-z\s-]{2,40}?\s+to\s)|"
    # "asked UNHCR and the ECOWAS Secretariat to set up ...": bodies named by their acronyms are asked to act.
    # (case-sensitive: PROSE ignores case, and "asked us to" or "asked not to be named" make no such call)
    r"(?:encouraged|encourages|asked|asks)\s+(?=(?-i:(?:the\s+)?[A-Z]{2,}[\w-]*(?:\s+(?:and|of|the|[A-Z][\w-]*)){0,6}"
    r"\s+to\s+[a-z]))|"
    # "asked national authorities for additional resources": a request of public bodies or donors for a means
    r"(?:asked|asks|appealed\s+to)\s+(?=(?:the\s+|all\s+)?(?:[a-z-]+\s+){0,2}(?:authorities|governments?|donors|"
    r"ministries|ministry|states|partners|community|parliament|municipalities|employers)\s+for\s+(?!the\s+first\b))|"
    r"recommended|recommends|recommend|proposed\s+(?:that|to)|"
    # "closed with recommendations for A, for B and for C": the noun's list of calls ("for" repeated: a
    # lone "recommendations for governments" names whom they address).
    r"(?:(?<=with\s)|(?<=made\s)|(?<=issued\s)|(?<=adopted\s))recommendations\s+for(?=\s[^.;]{3,120}?,\s+(?:and\s+)?for\s)|"
    # "asked that the clinic be open at night": a request in a that-clause (subjunctive).
    # "asked that municipal staff be included": a bare plural subject before its subjunctive "be".
    # "asked that his name not be used": a source's wish for anonymity, not a call.
    r"(?:asked|asks|requested|requests|demanded|demands)\s+that\s+(?!(?:his|her|their|my|our)\s+(?:names?|identit))"
    r"(?=(?:the|all|a|an|each|every)\s|(?:[a-z-]+\s+){1,3}(?:be|should|must)\s)|"
    # "presented a proposal for a common database": the proposal's content is the call.
    r"(?:presented|made|put\s+forward|submitted|tabled)\s+(?:a\s+|the\s+)?proposals?\s+(?:for|to)|"
    r"(?:stressed|stresses|highlighted|highlights|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|"
    r"reiterated|identified|pointed\s+to|noted|recognized|recognised|agreed\s+(?:on|upon))\s+(?:the\s+|a\s+)?"
    r"(?:urgent\s+|pressing\s+|critical\s+|clear\s+)?(?:need|importance|critical\s+role|key\s+role|vital\s+role|necessity))"
)
PROSE = re.compile(rf"\b(?P<verb>{VERBS})\b", re.I)
# The stems every verb of PROSE, THAT_CALL, PROPOSED and INLINE_LIST starts with, after a word boundary:
# a cheap test (a trie) that rules those patterns out for most sentences.
CALL_STEMS = (
    "urg call propos appeal advocat encourag ask recommend stress highlight emphasi underlin underscor "
    "reiterat identif point not recogni insist argu suggest agree conclud request demand"
).split()
CALL_WORD = re.compile(r"\b" + literal_alternation(CALL_STEMS), re.I)
# Before a call verb, these make it a participle used as an adjective ("the recommended dose", "as called
# for in the plan"), not a call.
NOT_A_CALL_BEFORE = re.compile(r"(?:^|\s)(?:the|as|a|an|its|their)\s+$", re.I)
# "We are asked to listen", "participants were asked to rate the course": a passive "asked" gives a task.
PASSIVE_BEFORE = re.compile(r"(?:^|\s)(?:is|are|was|were|be|been|being)\s+$", re.I)
# "closed with a call for cleaner fuels", "renewed its call for ...": the noun "call" still makes a call.
CALL_NOUN = re.compile(
    r"\b(?:with|issued|made|renewed|repeated|reiterated|echoed|launched|joined|ended|closed)\s+"
    r"(?:a|an|the|its|their)\s+(?:urgent\s+|strong\s+|renewed\s+|joint\s+)?$",
    re.I,
)
PROPOSED = re.compile(r"\bproposed\s+(?:measures|actions|steps|solutions)\b", re.I)
NEED = re.compile(
    # At a sentence's start, after a quote mark, or after a dateline's dash ("GENEVA, 1 May – ").
    r"(?:^|[\"“]\s*|(?<=\d)\s+[–—-]\s+)(?:There\s+is\s+(?:an?\s+)?(?:urgent\s+|clear\s+|great\s+)?need\s+(?:to|for)|"
    r"We\s+(?:need|must|should)\s+|"
    r"We\s+(?:also\s+|again\s+|now\s+|therefore\s+)?(?:are\s+)?(?:ask(?:ing)?|urg(?:e|ing)|"
    r"call(?:ing)?\s+(?:on|upon)|appeal(?:ing)?\s+to)\s+(?:\w+\s+){1,6}?to\s+|"
    # '"I urge every government here to ...": a speaker's own first-person call, like "We urge".
    r"I\s+(?:also\s+|again\s+|now\s+|therefore\s+)?(?:ask|urge|call\s+(?:on|upon)|appeal\s+to)\s+"
    r"(?:[\w-]+\s+){1,6}?to\s+|"
    # '"If we want children in school, we have to pay parents ...": a call under its own condition.
    r"If\s+we\s+(?:want|wish|are|hope)\b[^,;.]{3,80},\s+(?:then\s+)?we\s+(?:must|have\s+to|need\s+to|should)\s+|"
    r"It\s+is\s+(?:essential|crucial|vital|imperative|important|necessary|urgent|critical|"
    r"in\s+our\s+(?:best\s+)?interest)\s+(?:that\s+|to\s+(?!(?:note|remember|recall|mention|say|stress|"
    r"highlight|recognise|recognize|acknowledge)\b))|"
    # '"Countries should open more regular pathways," said ...': an actor told what to do.
    r"(?:All\s+)?(?:Countries|Governments|States|Member\s+States|Donors|Employers|Authorities|Parliaments|"
    r"Policymakers|Policy-makers|All\s+parties|The\s+international\s+community|Everyone|Each\s+country)"
    # "Governments of Latin America and the Caribbean must ...": the actor may be qualified by a region.
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:and|of)\s+(?:the\s+)?)?[A-Z][\w-]*){0,5})?\s+"
    r"(?:should|must|need\s+to|have\s+to|ought\s+to)\s+)",
)
# "concluded with a set of recommendations, including the establishment of ...": the calls follow.
INLINE_LIST = re.compile(
    r"\brecommendations?\s*,?\s*(?:including|such\s+as|(?:that\s+|which\s+)?include[ds]?)\s+"
    r"(?=the\s+|a\s+|an\s+|[a-z]+ing\b)"
)
# "This will require, <a short aside>, X": after a call, the next sentence's requirements are calls too.
REQUIRE = re.compile(
    r"^This\s+(?:will|would)\s+(?:often\s+|also\s+)?require\s*(?:,\s*(?:[\w'-]+\s+){0,5}[\w'-]+\s*,)?\s*",
    re.I,
)
# "stressed that employers must ...": a reported call in a that-clause with a modal of obligation.
THAT_CALL = re.compile(
    r"\b(?:stressed|stresses|emphasi[sz]ed|emphasi[sz]es|insisted|insists|underlined|underscored|argued|"
    r"argues|recommended|recommends|proposed|proposes|suggested|suggests|concluded|"
    # "Participants agreed that governments should ...": a body's agreed conclusion, not one person's assent.
    # "Speakers agreed that ...", "Panellists agreed that ...": the panel of an event agrees likewise.
    r"(?:[Pp]articipants|[Dd]elegates|[Mm]embers|[Mm]inisters|[Ee]xperts|[Tt]hey|[Ss]peakers|[Pp]anell?ists|"
    r"[Ss]takeholders)\s+(?:also\s+)?agreed)\s+that\s+"
    # "stressed that unions needed to sign ...": the reported "need to", shifted into the past; "argued that
    # small firms needed simpler rules": a reported need for something is a call for it ("in need" is not).
    r"(?=[^.;:]*?(?:\b(?:must|should|ought\s+to)\b|(?<!\bin\s)\b(?:needs?|needed)\b))",
    re.I,
)
# Coordinated calls made with one verb: "called for A, and for B"; "urged X to A, to B and to C".
# "recommended that A, and that Member States B": a that-clause may open with a capitalised subject.
COORD = re.compile(
    r"(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
    r"(?:(?P<for>for)\s+(?=[a-z])|(?P<to>to)\s+(?!(?:the|a|an|their|its|his|her|this|these|those|all|some|"
    r"other|such|each|every|them|him|it|us)\b)(?=[a-z])|(?P<that>that)\s+(?=[A-Za-z]))"
)
NEXT_CALL = re.compile(rf",?\s+and\s+(?={VERBS}\b)", re.I)
# "stressed that returns must be voluntary and warned that X": the second speech verb starts a statement.
AND_SPEECH = re.compile(
    r",?\s+and\s+(?:also\s+)?(?:warned|added|noted|said|explained|announced|reminded|acknowledged|"
    r"pointed\s+out|observed|reported)\s+(?:that\b|[a-z]+\s+that\b)"
)
SAID = re.compile(
    r"[,\"”]+\s*(?:(?:he|she|they|the|[A-Z][\w.-]*|\w+)\s+){0,3}(?:said|says|added|adds|stated|noted|explained)\b.*$"
    r"|[\"”]\s*$",
    re.S,
)
ACRONYM_IN = re.compile(r"\b[A-Z]{2,8}\b")
NOT_ACRONYMS = {
    "US", "USA", "HIV", "AIDS", "COVID", "GDP", "NGO", "NGOS", "CEO", "TV", "SDG", "SDGS", "IDP", "IDPS",
    "PM", "AM", "ID", "II", "III", "IV", "VI", "OK", "ICT", "LGBT", "LGBTI", "PRESS", "RELEASE", "NEWS",
    "MP", "MPS", "MEP", "MEPS",
}  # fmt: skip
NO_ORG_SUBJECTS = re.compile(
    r"\b(?:experts?|delegates?|participants?|speakers?|panellists?|panelists?|ministers?|officials?|countries|states)\b",
    re.I,
)


INLINE_BULLET = re.compile(
    r"^[ \t]*(?:[•·▪◦●○■□‣⁃–\-*]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4}|[IVX]{1,4})[.)])[ \t]+(?P<item>.*)$"
)

# A sentence-initial adverbial phrase before the subject (after a dateline's dash, if any).
LEAD_ADVERBIAL = re.compile(
    r"(?:^\W*|\s[–—-]\s+)(?:At|With|In|During|On|Following|After|Before|Under|Through|Thanks\s+to|"
    r"Together\s+with|Alongside|Ahead\s+of|Amid|Despite|Speaking|Addressing|"
    # "To stop transmission, WHO recommends:": a fronted purpose clause, then the subject.
    r"To(?=\s+[a-z]))\b[^,\"“]*,\s*"
)

# "ratify the Convention, 2006 (No. 186), which the Union helped to draft": a number in brackets closes
# the convention's name, and what follows its comma is a remark on it, not part of the call.
_BRACKETED_NUMBER = re.compile(r"\((?:No|Nos|Art|para|Para)\.\s*\d[\d.,/-]*\),")


def close_at_bracketed_number(call: str) -> str:
    """The call up to a bracketed convention number followed by a comma, else the call as it is."""
    if "(" not in call:
        return call
    m = _BRACKETED_NUMBER.search(call)
    return call[: m.end() - 1] if m else call
