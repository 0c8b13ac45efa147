"""Speech vocabulary: the speech verbs, the short "said" forms, and the phrases that introduce a list of
speakers ("speakers included", "chaired by"). Kept apart from `personwords` (words about names) and
`speechverbs` (the patterns built from these) because they are plain vocabulary, often extended.
"""

from __future__ import annotations

import re

# Speech verbs, the short "said" forms, and the phrases that introduce a list of speakers (used by `people`).
VERBS = (
    r"said|says|told|tells|stated|states|noted|notes|stressed|stresses|urged|urges|highlighted|highlights|"
    r"called (?:for|on|upon)|calls (?:for|on)|added|adds|explained|explains|emphasi[sz]ed|emphasi[sz]es|"
    r"warned|"
    r"warns|announced|announces|addressed|addresses|opened|will (?:\w+ ){0,3}open|"
    # "presented certificates to the graduates": handing over things, not a presentation.
    r"presented(?!\s+(?:the\s+)?(?:certificates|awards|prizes|diplomas|medals|gifts|plaques|cheques|keys)\b)|presents|"
    r"delivered|remarked|commented|declared|underlined|underscored|pointed out|pointed to|"
    # "observed the drill": watching, not speaking; "observed that ...", "observed, ..." is speech.
    r"observed(?!\s+(?:the|a|an|how|its|their|his|her|some|several|two|three)\b)|insisted|"
    r"acknowledged|welcomed|praised|affirmed|reaffirmed|reiterated|recalled|concluded|argued|asserted|"
    # "also brought greetings", "conveyed the goodwill message of the Governor": short remarks at an event.
    r"(?:brought|conveyed|extended) (?:[\w'’-]+ ){0,3}?(?:greetings|goodwill messages?)|"
    r"expressed|spoke|speaking|moderated|(?:provided|gave|made) the (?:opening|closing|welcoming)|"
    r"gave (?:a |an |the )?(?:speech|address|presentation|keynote|attention)|"
    r"will (?:\w+ ){0,2}(?:speak|address|deliver|present)|recommended|"
    r"proposed|suggested|appealed|pledged|reported|described|reminded|cautioned|confirmed|outlined|assured|"
    r"chaired|co-chaired|co-moderated|facilitated|"
    r"briefed|informed|shared|summed up|summari[sz]ed|"
    r"echoed|lamented|replied|responded|answered|admitted|conceded|predicted|vowed|hailed|commended|"
    r"walked (?:\w+ ){1,2}through|took (?:participants|delegates|the audience|attendees) through|"
    r"applauded|thanked|encouraged|contended|maintained|revealed|disclosed|advised|cited|questioned|"
    r"made (?:the following|a|an|the) (?:statement|address|presentation|remarks|speech)|"
    # "read out the Minister's message", "read a message"
    r"read (?:out )?(?:a|an|the|his|her|their) (?:[\w'’-]+ ){0,2}?(?:statement|message|speech|address)|"
    # "closed the seminar", "inaugurated the training", "is scheduled to present research on the second day"
    # The event noun may be capitalised as part of a name: "closed the Forum", "closed the Regional Workshop".
    r"(?:closed|inaugurated)(?= (?:the|this) (?:[\w-]+ ){0,3}(?i:meeting|seminar|workshop|session|"
    r"conference|forum|course|training|dialogue|consultation|ceremony|summit|symposium|discussion|debate|event|launch)\b)|"
    r"(?:is|are|was|were) (?:scheduled|due|expected|set) to (?:speak|address|deliver|present|open)"
)
SAY_WORDS = r"said|added|stressed|noted|stated|explained|told|warned|announced|underlined|emphasi[sz]ed"
SAY = r"said|says|added|adds|stated|noted|explained|told|stressed|emphasi[sz]ed|underlined|warned|continued"
TRIGGER = re.compile(
    r"speakers? (?:included|include|includes|were|are|will include|was)|"
    r"(?:panel|session|discussion|debate|programme|line-up) (?:featured|features|will feature)|"
    r"among the (?:speakers|panell?ists|presenters) (?:were|are|was)|heard (?:presentations )?from|"
    r"also (?:speaking|presenting|on the panel)(?: (?:on|at|in|during) [\w -]{1,30}?)? (?:was|were)|"
    r"^\s*(?:Moderators?|Chair(?:person)?|Co-chairs?|Facilitators?|Keynote(?: speakers?| address)?|Speakers?|"
    r"Panell?ists?|Presenters?|Discussants?)\s*:|"
    # "Panellists Jane Doe of X and John Roe of Y discussed ...": the list noun heads the names themselves.
    r"^\s*(?:Panell?ists|Speakers|Presenters|Discussants)\s+(?:(?-i:[A-Z])|$)|"
    r"(?:addressing|speaking (?:at|to|during)|presenting (?:at|to)) (?:the|this) [\w -]{1,40}? "
    r"(?:were|was)\b|"
    r"(?:presentations?|speeches|remarks|statements|addresses|talks|keynotes?) "
    r"(?:were|was|will be) (?:also )?"
    r"(?:given|made|delivered|presented) by|"
    # "The Secretary-General's message was read by his deputy, Ms. X": the reader speaks.
    r"\b(?:message|statement|speech|address|remarks)\b[^.;:\"“”]{0,60}?\b(?:was|were) (?:read|delivered)"
    r"(?: out)?(?: (?:at|during) [\w -]{1,30}?)? by|"
    r"panel(?:l)?ists? (?:included|include|were|are)|"
    # "Speakers also included", "Panellists in the afternoon session included", "Presenters from civil
    # society included": a few words may come between the list noun and its verb.
    # "Trainers include Inspector A of X and Advocate B of Y": those who teach a course present at it.
    r"\b(?:speakers|panell?ists|presenters|discussants|panels?|trainers|facilitators|resource persons|"
    r"lecturers)\b[^.;:\"“”]{1,50}?\b(?:also )?"
    r"(?:included|include|will include|featured|will feature)\b|"
    # "Speakers in the first panel, on the evidence, were A; B": a list of speakers after a few words.
    r"\b(?:speakers|panell?ists|presenters|discussants)\b(?: (?:in|at|on|for|during) [^.;:\"“”]{1,45}?)? "
    r"(?:were|are)\b|"
    # "Session moderators were A and B"; "They were chaired, respectively, by A, B and C".
    r"\b(?:moderators|chairs|co-chairs|facilitators) (?:were|are|included)\b|"
    r"\b(?:chaired|moderated|facilitated),? respectively,? by|"
    # "The Minister was represented by the Deputy Minister, X" lists the stand-in; "The association,
    # represented by its president X, will sit on ..." names a body's delegate, no speaker.
    # "Sessions will be led by trainers from X and by Jane Doe": who teaches a session presents.
    # "Sessions were facilitated by A and by B", "The working groups were facilitated by Dr. C".
    r"\b(?:sessions|trainings?|courses|modules|lectures|classes|working groups|breakout groups)\b"
    r"[^.;:\"“”]{0,20}?\b(?:led|conducted|taught|delivered|facilitated) by|"
    r"keynote (?:address|speech|speaker)|moderated by|co-chaired by|chaired by|\bpresented by|"
    r"represented by (?!its\b|their\b)|"
    r"following speakers|joined on the (?:panel|podium|stage) by|"
    # "A panel on recruitment brought together Mr. A, ...; and Ms. B": the panel's members speak.
    r"\b(?:panel|session|discussion|debate)\b[^.;:\"“”]{0,60}?\bbrought together\b|"
    r"opening remarks|closing remarks|welcoming remarks|will speak|addressed by|opened by|"
    r"(?:during|in) (?:the|his|her|their) presentation|presentations? (?:by|from)|"
    r"(?:speech|address|remarks|statement) (?:by|from)",
    re.I,
)
