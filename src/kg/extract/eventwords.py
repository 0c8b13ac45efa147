"""Word lists for finding event mentions: event head words, the modifiers and determiners around them,
and the words that end a name or a topic. Kept apart from the matching code in `eventnames`.
"""

from __future__ import annotations

import re

from kg.extract.alternation import literal_alternation

HEADS = {
    "conference", "meeting", "workshop", "seminar", "forum", "summit", "dialogue", "roundtable",
    "training", "ceremony", "launch", "briefing", "consultation", "session", "symposium", "panel",
    "event", "reception", "webinar", "retreat", "congress", "council", "assembly", "review", "table",
    "colloquium", "convention", "gathering", "hearing", "course", "fair", "expo", "mission", "conclave",
    "visit", "tour",
}  # fmt: skip
# "a trade mission", "the X Investment Mission": a mission is an event only as a trip of this kind
# (an organisation's mission is its office or its purpose).
MISSION_KINDS = {"trade", "business", "matchmaking", "investment", "export", "buying", "sales", "commercial"}
# "a study visit organised by X", "an exchange visit": a visit or tour is an event only as a trip made to
# learn (a minister's visit or a guided tour is an occasion, not an event of its own).
VISIT_KINDS = {"study", "exchange", "familiarization", "familiarisation"}
HEAD_FORMS = HEADS | {h + "s" for h in HEADS} | {"talks"}
# As a trie: the same matches as the plain alternation (the forms are ASCII letters only, so at one position
# at most one form ends at a word boundary), and far faster as the guard of every sentence's event search.
HEAD_RX = re.compile(r"\b" + literal_alternation(HEAD_FORMS) + r"\b", re.I)
# Words that are events only as part of a proper name with an ordinal ("41st Assembly").
NAMED_ONLY = {"council", "assembly", "review", "congress", "convention"}
# Words that are events only inside a proper name or a quoted title; as plain nouns they mean other things.
NO_DESCRIBED = NAMED_ONLY | {"launch", "dialogue", "hearing", "gathering", "fair", "expo", "mission"}
# Lowercase adjectives by their endings ("national tripartite workshop", "two-week training course").
ADJECTIVE = re.compile(r"(?:al|ic|ive|ary|ory|ite|ian|ean|ese|ish|wide|level|long)$")
# A head followed by one of these is a modifier of another thing ("conference centre").
NOT_AFTER = {
    "programme", "programmes", "program", "programs", "project", "projects", "centre", "center", "room",
    "hall", "series", "participants", "organizers", "organisers", "secretariat", "statement", "declaration",
    "report", "outcome", "outcomes", "president", "chair", "chairman", "venue", "materials", "manual",
    "module", "modules", "facility", "facilities", "agenda", "theme", "website", "document", "documents",
    "package", "kit", "delegates", "attendees", "proceedings", "paper", "papers", "schedule", "call",
    "calls", "centres", "centers", "curriculum", "needs", "sessions", "table", "tables", "organizer",
    "organiser", "bureau", "body", "member", "members", "host", "hosts", "season", "date", "dates",
    "hotel", "street", "road", "avenue", "plaza", "tower", "towers", "park", "square",
    # "a community consultation toolkit", "workshop guidelines": a thing made for or from the event.
    "toolkit", "toolkits", "tool", "tools", "guide", "guides", "guidelines", "handbook", "mechanism",
    "mechanisms", "platform", "platforms", "notes", "summary", "minutes", "recommendations",
}  # fmt: skip
DETERMINERS_NEW = {"a", "an", "another"}
DETERMINERS_OLD = {"the", "this", "that", "its", "their", "his", "her", "our", "these", "those"}
MODIFIERS = {
    "regional", "international", "national", "annual", "special", "ministerial", "technical", "expert",
    "experts", "training", "consultative", "interactive", "public", "joint", "side", "round", "global",
    "inaugural", "closing", "opening", "lunch", "donor", "diplomatic", "subregional", "bilateral",
    "trilateral", "multilateral", "informal", "virtual", "online", "high", "level", "intergovernmental",
    "parliamentary", "plenary", "preparatory", "awareness", "capacity", "building", "thematic", "working",
    "steering", "committee", "validation", "planning", "coordination", "networking", "information",
    "orientation", "induction", "leadership", "strategic", "landmark", "milestone", "final", "two",
    "three", "four", "five", "hybrid", "breakfast", "dinner", "policy", "historic", "unprecedented",
    "stakeholder", "stakeholders", "consultation", "review", "emergency", "extraordinary", "ordinary",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "european", "african", "asian", "arab", "pacific", "ministers", "partners", "partner", "donors",
    "senior", "officials", "heads", "sectoral", "cross", "border", "multi", "country", "city",
    "youth", "media", "research", "academic", "scientific", "commemorative", "award", "signing",
    "launch", "welcome", "pledging", "table", "follow", "up", "brainstorming", "civil", "society",
    "community", "group", "task", "force", "focus", "government", "governmental",
    # "A comparable course held in Bishkek in 2005", "a similar conference held in Sana'a": another event
    "similar", "comparable", "trade", "business", "matchmaking", "investment", "study", "exchange",
    # "a graduation ceremony", "a handover ceremony": the occasion a ceremony marks
    "graduation", "handover", "inauguration", "certification",
    # "an inception workshop", "a dissemination seminar": the stage of a project the meeting marks
    "inception", "dissemination", "sensitization", "sensitisation", "stocktaking", "debriefing",
    "evaluation", "assessment",
}  # fmt: skip
KILL_MODIFIERS = {"press", "news", "video", "telephone", "conference", "board", "staff", "internal"}
ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
    "seventieth", "eightieth", "ninetieth", "hundredth",
}  # fmt: skip
ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)?$", re.I)
# "fifty-fifth", "Twenty-First"
COMPOUND_ORDINAL = re.compile(
    r"^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$",
    re.I,
)
LEFT_CONNECTORS = {"of", "and", "&", "for", "on", "–", "-"}
TAIL_CONNECTORS = {
    "of",
    "on",
    "for",
    "in",
    "the",
    "and",
    "against",
    "to",
    "with",
    "&",
    "a",
    "between",
    "among",
}
TAIL_START = {"of", "on", "for", "against", "in"}
# Title Case headline verbs, so "UNEP Hosts Oslo Conference" does not become one name.
HEADLINE_VERBS = {
    "hosts", "holds", "opens", "leads", "calls", "launches", "convenes", "organizes", "organises",
    "welcomes", "attends", "concludes", "begins", "sets", "wraps", "closes", "ends", "starts", "kicks",
    "addresses", "joins", "up", "marks", "examines", "discusses", "focuses", "urges", "gathers", "meet",
    "meets", "gather", "celebrates", "hold", "host", "open", "close", "launch", "set", "to", "at", "in", "for", "from", "with", "by", "as", "during", "after", "before",  # noqa: E501
}  # fmt: skip
MONTHS_WEEKDAYS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "tomorrow", "last", "next", "this", "on", "during", "at", "in",
}  # fmt: skip
# Well-known bodies whose names end in an event word: they are organisations, not events.
ORG_NAMES = re.compile(
    r"(?:Conference on Trade and Development|Conference on Disarmament|Hague Conference|Council of Europe|"
    r"Security Council|Human Rights Council|Economic and Social Council|General Assembly|Economic Forum|"
    r"Islands Forum|Conference of Catholic Bishops|Nordic Council|Arctic Council|European Council|"
    r"Executive Council|Legislative Council|National Assembly|Parliamentary Assembly|Constituent Assembly)$"
)

EVENT_TYPES = {
    "side": "side event",
    "launch": "launch",
    "signing": "ceremony",
    "award": "ceremony",
    "awards": "ceremony",
    "commemorative": "ceremony",
    "networking": "reception",
    "fundraising": "reception",
}
DANGLING = re.compile(r"\s+(?:in|on|at|of|for|and|or|to|the|a|an|with|from|by|between|among|during)$")
NAME_CONNECTORS = {"of", "on", "the", "for", "and", "&"}

NOT_TOPIC = re.compile(
    # "joined the visit on its final day": a time of the event, like "on the first day", is no topic.
    r"(?:behalf|(?:the|its|their)\s+(?:occasion|sidelines|margins|eve|basis|ground|way|day|morning|evening|afternoon|"
    r"first|second|last|final|opening|closing)|time|track|schedule|record|site|location|day\b)"
)
TAIL_STOP = {
    "organized", "organised", "hosted", "held", "sponsored", "funded", "supported", "convened", "which",
    "that", "who", "to", "will", "is", "was", "are", "were", "from", "begins", "began", "opens", "opened",
    "co-organized", "co-organised", "co-hosted", "co-sponsored", "financed", "with", "by", "has", "have",
    "starting", "taking", "running", "since", "under", "said", "told", "today", "yesterday", "tomorrow",
    "this", "last", "next", "earlier", "later", "recently", "here", "brought", "brings", "bring", "early",
    "soon", "shortly",
    "gathered", "gathers", "drew", "draws", "attracted", "attracts", "focused", "focuses", "aimed", "aims",
    "ended", "ends", "concluded", "concludes", "closed", "closes", "started", "starts", "took", "takes",
    "featured", "features",
    "included", "includes", "discussed", "discusses", "examined", "examines", "explored", "explores",
    "addressed", "addresses", "heard", "hears", "adopted", "adopts", "agreed", "agrees", "produced",
    "resulted", "offered", "offers", "provided", "provides", "saw", "sees", "marked", "marks", "came",
    "comes", "where", "when", "during", "after", "before", "while", "planned", "scheduled", "expected",
    "due", "set", "received", "receives", "welcomed",
    "welcomes", "helped", "helps", "allowed", "allows", "gave", "gives",
    "showed", "shows", "called", "calls", "urged", "urges", "recommended", "recommends", "highlighted",
    "highlights", "stressed", "stresses", "emphasised", "emphasized", "noted", "notes", "reviewed",
    "reviews", "assessed", "considered", "identified", "launched", "launches", "presented", "presents",
    "enabled", "enables", "sought", "seeks", "built", "builds", "involved", "involves", "covered", "covers",
    "trained", "trains", "equipped", "reached", "reaches", "followed", "follows", "continued", "continues",
}  # fmt: skip
