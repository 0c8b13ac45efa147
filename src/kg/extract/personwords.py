"""Word lists for person names: titles speakers are introduced with, words that never start or make a name
(speech verbs are in `speechwords`).

Kept apart from `persons.py` (the detection logic) because they are plain vocabulary, often extended.
"""

from __future__ import annotations

import re

from kg.extract.countrywords import DEMONYMS

TITLE_WORDS = frozenset(
    [
        # "Deputy Minister and Chief Negotiator Jane Doe": offices that are never a first name.
        *"Negotiator Mediator Facilitator Prosecutor Auditor Comptroller Magistrate Commandant".split(),
        "Convenor",
        # "the report's principal author, Dr. X", "its lead author, Jane Doe": the author presenting a study.
        "Author",
        "Co-author",
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
        # "the Chargé d'affaires a.i. of the Embassy of X, Jane Doe": a mission's head in lieu of an envoy.
        "Chargé",
        "Rapporteur",
        # "Co-rapporteur Jane Doe (Lakeport Group, LK)": a parliament's report is often written by two.
        "Co-rapporteur",
        "Co-Rapporteur",
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
        # "AIG Jane Doe (Rtd.)", "SSP John Roe": police ranks written as acronyms before the name.
        *"IGP DIG AIG DCP ACP SSP DSP ASP CSP".split(),
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
# The title words as one regex alternation, longest first so "Director-General" wins over "Director".
TITLE_ALTERNATION = "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True))
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
    Vocational Issues Questions Matters Conditions Nutrition Medicine Sanitation Hygiene
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


# Callings a nationality describes without making the person a government's: "a Kenyan lawyer".
PROFESSIONS = frozenset(
    "lawyer lawyers attorney journalist reporter writer author novelist poet artist activist campaigner "
    "student researcher scholar academic economist doctor physician nurse teacher entrepreneur businessman "
    "businesswoman filmmaker photographer musician singer athlete footballer survivor migrant refugee "
    "worker farmer fisherman engineer architect priest pastor imam blogger volunteer".split()
)


# "the Minister Delegate in charge of Lakelanders Living Abroad, Jane Doe": a people named in the plural
# ("Moroccans", "Filipinos") is a portfolio's subject, never part of a person's name.
PEOPLES = frozenset(d + "s" for d in DEMONYMS if not d.endswith(("s", "sh", "ch", "ese")))
