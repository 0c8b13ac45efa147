"""Word lists for person names: titles speakers are introduced with, words that never start or make a name.

Kept apart from `persons.py` (the detection logic) because they are plain vocabulary, often extended.
"""

from __future__ import annotations

import re

TITLE_WORDS = frozenset(
    [
        # "Deputy Minister and Chief Negotiator Jane Doe": offices that are never a first name.
        *"Negotiator Mediator Facilitator Prosecutor Auditor Comptroller Magistrate Commandant".split(),
        "Convenor",
        # "the Leader of Lakeport City Council, Councillor X", "the council's convener for housing"
        "Convener",
        "Leader",
        "Minister",
        "Director",
        "General",
        "Deputy",
        "Secretary",
        "President",
        "Vice",
        "Ambassador",
        "Chief",
        "Head",
        "Commissioner",
        "High",
        "Representative",
        "Coordinator",
        "Co-ordinator",
        "Spokesperson",
        "Spokesman",
        "Spokeswoman",
        "Chair",
        "Chairman",
        "Chairperson",
        "Chairwoman",
        "Executive",
        "Special",
        "Senior",
        "Regional",
        "Country",
        "Assistant",
        "Under-Secretary",
        "Undersecretary",
        "Permanent",
        "Officer",
        "Adviser",
        "Advisor",
        "Counsellor",
        "Councillor",
        "Alderman",
        "Alderwoman",
        "Alderperson",
        "Federal",
        "Member",
        "Manager",
        "Specialist",
        "Expert",
        "Envoy",
        "Rapporteur",
        "Governor",
        "Mayor",
        "Prime",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Judge",
        "Lawyer",
        "Attorney",
        "Journalist",
        "Correspondent",
        "Economist",
        "Statistician",
        "Researcher",
        "Analyst",
        "Consultant",
        "Professor",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Dean",
        "Rector",
        "Consul",
        "Attaché",
        "Chargé",
        "Delegate",
        "Additional",
        "Joint",
        "Acting",
        "Interim",
        "Founder",
        "Administrator",
        "Co-founder",
        "CEO",
        "Programme",
        "Program",
        "Project",
        "Officer-in-Charge",
        "DDG",
        "DG",
        "Lord",
        "Baroness",
        "Senator",
        "Congressman",
        "Congresswoman",
        "MP",
        "MEP",
        "Speaker",
        "Mission",
        "Emeritus",
        "Associate",
        "First",
        "Second",
        "Third",
        "Lieutenant",
        "Colonel",
        "Brigadier",
        "Admiral",
        "Commodore",
        "Major",
        "Captain",
        "Commander",
        "Inspector",
        "Superintendent",
        "Sheikh",
        "Sheikha",
        "Her",
        "His",
        "Excellency",
        "Lecturer",
        "Fellow",
        "Scientist",
        "Chancellor",
        "Vice-Chancellor",
        "Treasurer",
        "Trustee",
        "Ombudsman",
        "Ombudsperson",
        "Registrar",
        "Provost",
        "Epidemiologist",
        "Demographer",
        "Managing",
        "Reporter",
        "Editor",
        "Columnist",
        "Photographer",
        "Operating",
    ]
)
STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "During",
        "After",
        "Before",
        "Other",
        "This",
        "That",
        "These",
        "Those",
        "Its",
        "Their",
        "His",
        "Her",
        "He",
        "She",
        "They",
        "We",
        "It",
        "Last",
        "Next",
        "New",
        "Together",
        "While",
        "When",
        "Although",
        "Despite",
        "Among",
        "According",
        "Section",
        "Branch",
        "Western",
        "Eastern",
        "Northern",
        "Southern",
        "Central",
        "Yesterday",
        "Today",
        "Tomorrow",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Conference",
        "Meeting",
        "Workshop",
        "Forum",
        "Summit",
        "Seminar",
        "Session",
        "Council",
        "Panellists",
        "Panelists",
        "Participants",
        "Delegates",
        "Experts",
        "Speakers",
        "Global",
        "International",
        "National",
        "Regional",
        "European",
        "African",
        "Asian",
        "Human",
        "Rights",
        "Trafficking",
        "Migration",
        "Migrants",
        "Women",
        "Children",
        "Persons",
        "Day",
        "Week",
        "Year",
        "Press",
        "Release",
        "News",
        "Media",
        "Story",
        "Photo",
        "For",
        "Tel",
        "Fax",
        "Email",
        "E-mail",
        "Phone",
        "Mobile",
        "Our",
        "Your",
        "As",
        "Also",
        "Both",
        "All",
        "Some",
        "Many",
        "Most",
        "Such",
        "If",
        "But",
        "And",
        "Or",
        "Of",
        "To",
        "By",
        "From",
        "With",
        "Without",
        # Prepositions that Title Case names of campaigns and honorary titles carry ("Ambassador Against
        # Hunger"): never a word of a person's name.
        "Against",
        "Beyond",
        "Towards",
        "Into",
        "Across",
        "Through",
        "Between",
        "Behind",
        "Around",
        "Within",
        "Under",
        "Over",
        "Further",
        "Please",
        "Contact",
        "Contacts",
        "Information",
        "Secretary-General",
        "Initiative",
        "Campaign",
        "Project",
        "Strategy",
        "Plan",
        "Agenda",
        "Compact",
        "Convention",
        "Declaration",
        "Report",
        "Survey",
        "Award",
        "Prize",
        "Street",
        "Road",
        "Avenue",
        "Government",
        "Ministry",
    ]
)

# Words of country and organisation names that also start capitalised runs ("United Nations Educational").
STOP = STOP | frozenset(
    {"United", "Nations", "States", "Republic", "Kingdom", "Union", "Federation", "NGO", "NGOs", "Emirates"}
)


# Title Case words of portfolios and programmes ("Minister of Disaster Management Jane Doe"): never a name.
TOPIC_WORDS = frozenset(
    """Management Affairs Development Security Labour Labor Education Interior Finance Planning Welfare
    Employment Resources Protection Relations Cooperation Co-operation Services Environment Energy Agriculture
    Transport Defence Defense Immigration Disaster Foreign Social Economic Youth Culture Sports Tourism
    Industry Commerce Fisheries Gender Family Public Overseas Emigration Integration Refugees Citizenship
    Health Legal Policy Policies Statistics Communications Communication Information Infrastructure Planning
    Housing Trafficking Smuggling Governance Partnerships Operations Programmes Solidarity Science Technology
    Research Innovation Training Justice Trade Investment Sport Women Children Rights Local Rural Urban
    Climate Digital Water Natural Mines Minerals Petroleum Forestry Lands Reconstruction Repatriation
    Refugee Returnees Diaspora Expatriates Displacement Humanitarian Relief Rehabilitation
    Vocational Issues Questions Matters Conditions
    Narcotics Drugs Terrorism Counter-Narcotics Counter-Terrorism Counterterrorism Counternarcotics""".split()
)

# Callings written before a name like a title ("Singer Ama Kofi", "Vendor Mama Jane Doe"): the first
# word of a three-word run that is one of these is no part of the name.
# Honorifics that say a person is a woman or a man: pronouns ("he said") and surname forms ("Mr. X")
# are checked against them.
FEMALE_HONORIFICS = frozenset({"Ms", "Mrs", "Miss", "Mme", "Madam", "Dame", "Sheikha"})
MALE_HONORIFICS = frozenset({"Mr", "Sir", "Sheikh"})

LEADING_CALLINGS = frozenset(
    "Singer Musician Artist Actor Actress Comedian Rapper Poet Author Writer Designer Chef Exhibitor Farmer "
    "Trader Vendor Activist Campaigner Volunteer Nurse Midwife Teacher Student Pharmacist Entrepreneur "
    "Fisherman Fisher Athlete Footballer Survivor Pastor Imam Priest Elder Grandmother Grandfather".split()
)

# Speech verbs, the short "said" forms, and the phrases that introduce a list of speakers (used by `people`).
VERBS = (
    r"said|says|told|tells|stated|states|noted|notes|stressed|stresses|urged|urges|highlighted|highlights|"
    r"called (?:for|on|upon)|calls (?:for|on)|added|adds|explained|explains|emphasi[sz]ed|emphasi[sz]es|"
    r"warned|"
    r"warns|announced|announces|addressed|addresses|opened|will (?:\w+ ){0,3}open|presented|presents|"
    r"delivered|remarked|commented|declared|underlined|underscored|pointed out|pointed to|observed|insisted|"
    r"acknowledged|welcomed|praised|affirmed|reaffirmed|reiterated|recalled|concluded|argued|asserted|"
    r"expressed|spoke|speaking|moderated|(?:provided|gave|made) the (?:opening|closing|welcoming)|"
    r"gave (?:a |an |the )?(?:speech|address|presentation|keynote|attention)|"
    r"will (?:\w+ ){0,2}(?:speak|address|deliver|present)|recommended|"
    r"proposed|suggested|appealed|pledged|reported|described|reminded|cautioned|confirmed|outlined|assured|"
    r"chaired|co-chaired|co-moderated|facilitated|"
    r"briefed|informed|shared|summed up|summari[sz]ed|"
    r"echoed|lamented|replied|responded|answered|admitted|conceded|predicted|vowed|hailed|commended|"
    r"applauded|encouraged|contended|maintained|revealed|disclosed|advised|cited|questioned|"
    r"made (?:the following|a|an|the) (?:statement|address|presentation|remarks|speech)|"
    # "read out the Minister's message", "read a message"
    r"read (?:out )?(?:a|an|the|his|her|their) (?:[\w'’-]+ ){0,2}?(?:statement|message|speech|address)|"
    # "closed the seminar", "is scheduled to present research on the second day"
    r"closed(?= (?:the|this) (?:[\w-]+ ){0,3}(?:meeting|seminar|workshop|session|conference|forum|course|"
    r"training|dialogue|consultation|ceremony|summit|symposium|discussion|debate)\b)|"
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
    r"\b(?:speakers|panell?ists|presenters|discussants|panels?)\b[^.;:\"“”]{1,50}?\b(?:also )?"
    r"(?:included|include|will include|featured|will feature)\b|"
    # "Speakers in the first panel, on the evidence, were A; B": a list of speakers after a few words.
    r"\b(?:speakers|panell?ists|presenters|discussants)\b(?: (?:in|at|on|for|during) [^.;:\"“”]{1,45}?)? "
    r"(?:were|are)\b|"
    # "Session moderators were A and B"; "They were chaired, respectively, by A, B and C".
    r"\b(?:moderators|chairs|co-chairs|facilitators) (?:were|are|included)\b|"
    r"\b(?:chaired|moderated|facilitated),? respectively,? by|"
    r"keynote (?:address|speech|speaker)|moderated by|co-chaired by|chaired by|presented by|"
    r"following speakers|joined on the (?:panel|podium|stage) by|"
    # "A panel on recruitment brought together Mr. A, ...; and Ms. B": the panel's members speak.
    r"\b(?:panel|session|discussion|debate)\b[^.;:\"“”]{0,60}?\bbrought together\b|"
    r"opening remarks|closing remarks|welcoming remarks|will speak|addressed by|opened by|"
    r"(?:during|in) (?:the|his|her|their) presentation|presentations? (?:by|from)|"
    r"(?:speech|address|remarks|statement) (?:by|from)",
    re.I,
)


# Callings a nationality describes without making the person a government's: "a Kenyan lawyer".
PROFESSIONS = frozenset(
    "lawyer lawyers attorney journalist reporter writer author novelist poet artist activist campaigner "
    "student researcher scholar academic economist doctor physician nurse teacher entrepreneur businessman "
    "businesswoman filmmaker photographer musician singer athlete footballer survivor migrant refugee "
    "worker farmer fisherman engineer architect priest pastor imam blogger volunteer".split()
)
