"""Mentions that look like a speaking person but are not one: world regions, plural demonyms, the person
on whose behalf someone else speaks, "the late" X, and a place named after "said ... in".

Kept apart from `people.py` (the speech cues) so each check can be read, tested and extended on its own;
every one of them only ever removes a speaker, never adds one.
"""

from __future__ import annotations

import re

from kg.extract.affilfixes import portfolio_words
from kg.extract.orgnames import country_code
from kg.extract.persons import HONORIFIC, Mention
from kg.extract.speechwords import TRIGGER
from kg.extract.titlekind import body_after_kind
from kg.model import Extraction

# Capitalised two-word regions that the name pattern takes for a person ("leaders from Asia, Africa and
# Latin America shared lessons").
REGIONS = frozenset(
    f"{a} {b}"
    for a in (
        "Latin Central East West North South Northern Southern Eastern Western Southeast South-East "
        "Sub-Saharan Middle"
    ).split()
    for b in ("America", "Asia", "Africa", "Europe", "East")
)
# Words that open two-word place names ("North Darfur", "Upper Nile"), never a person's given name.
PLACE_LEADS = frozenset("North South East West Upper Lower Northern Southern Eastern Western".split())
# "speaking on behalf of Minister Jane Doe, said": the name is the object of "on behalf of" (no comma
# between), so she is not the one speaking. "On behalf of the Minister, Jane Doe said" keeps its comma.
# The title may hold its portfolio's lowercase joining words: "on behalf of Minister of Water and Rural
# Roads Jane Doe".
BEHALF_OBJECT = re.compile(r"\bon behalf of\s+(?:the\s+)?(?:(?:[A-Z][\w.\-'’]*|of|for|and|the)\s+){0,10}$")
# "The network thanked Ms Jane Doe of the X Office and all the women who shared their stories": the one
# thanked is the verb's object; a later speech verb belongs to another subject.
THANKED = re.compile(rf"\b(?:thanked|thanks|thanking)\s+(?:{HONORIFIC}\s+)*$")
# "She recalled that the late Prof. Jane Doe had warned ...": the dead are recalled, they do not speak.
# "dedicated to the late Colonel Jane Doe, who first proposed ...": a rank or office may stand between.
LATE = re.compile(rf"\b(?:the\s+)?late\s+(?:{HONORIFIC}\s+)?$|\bthe\s+late\s+(?:[A-Z][a-z]+\.?\s+){{1,2}}$")
# "..., said member companies were ready to open clinics in Samut Sakhon": a name after a preposition
# ending reported speech is a place, not the speaker the verb introduces.
# "..., said the Government was committed to the privatization of Metro Manila's water": after "of/to/
# with" inside the reported clause, a name is its object, not the speaker.
PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|across|throughout|around|of|(?<![Aa]ccording )to|with)\s+$")
# "Jane Doe, a village secretary from Lakeport, said": a name closing the comma appositive of the name
# before it, after "in/from/at", is that person's place (or employer), not a second speaker.
# "A statement by the Commissioner, Jane Doe, was delivered on her behalf by John Roe": the author of a
# message someone else reads out does not speak herself.
READ_FOR = re.compile(
    r"^[^.;\"“”]{0,120}?\b(?:was|were|is|will be)\s+(?:delivered|read|presented)(?:\s+out)?"
    r"(?:\s+on\s+(?:his|her|their)\s+behalf)?\s+by\b"
)
PLACE_IN_APPOSITIVE = re.compile(r"^\s*,[^.;\"“”]{1,120}?\b(?:in|from|at|near)\s+$")
# "Jane Doe, who chairs the association Union des Femmes, described ...": the object of the who-clause is
# no second speaker either.
# The object's first words may have been read apart from the rest ("Union des | Femmes Rurales").
WHO_OBJECT = re.compile(
    r"^\s*,\s*who\s+(?:also\s+)?[a-z]+s\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,3}"
    r"(?:[A-Z][\w'’-]*\s+(?:[a-z]{1,3}\s+)?){0,3}$"
)


# "the Pro Tempore Presidency", "the Lakeland Water Ministers' Meeting", "The Lakeport Observer": an office, a
# plural title or a newspaper's name ends the words, never a person's surname.
BODY_TAILS = (" Club", " League", " Choir", " Presidency", " Ministers", " Observer", " Gazette", " Herald")
# "in charge of Lakelanders Living Abroad, Jane Doe": a portfolio's people, not a person.
PORTFOLIO_TAILS = (" Abroad", " Overseas")
# "Universiti Kebangsaan Malaysia", "Universidad de Lakeport": a university's name in another language.
BODY_LEADS = frozenset("Universiti Universidad Universidade Université Università Universität".split())
# "Cyclone Ada made landfall ...", "after Hurricane Lorna": a storm is named like a person.
STORM_LEADS = frozenset("Cyclone Cyclones Hurricane Hurricanes Typhoon Typhoons Storm Tropical Super".split())


def not_a_person(name: str) -> bool:
    """A world region or compass-named place, a plural demonym ("South Africans", "Filipinos"), or a body
    "based" somewhere ("Lakeport-based Acme Builders": no person's name opens with where it is based)."""
    if name in REGIONS or name.split(" ", 1)[0].endswith("-based"):
        return True
    if name.split(" ", 1)[0] in STORM_LEADS:
        return True  # "Cyclone Ada": a storm's name, not a person's
    if name.endswith(BODY_TAILS) or name.endswith(PORTFOLIO_TAILS) or name.split(" ", 1)[0] in BODY_LEADS:
        return True  # "the Harbour Readers Club": a club's name, though its words look like a person's
    first, _, rest = name.partition(" ")
    if first in PLACE_LEADS and rest and " " not in rest:
        return True  # "East Varnia", "Lower Tessin": a compass or Upper/Lower word opens a place's name
    return name.endswith("s") and bool(country_code(name[:-1]))


# "Jane Doe, who spoke on behalf of the Agency's Director, Ms. Ann Roe, said": after a lowercase
# "spoke on behalf of" inside a clause, the name in apposition is the one spoken for. A sentence opening
# "Speaking on behalf of the Minister, Jane Doe said" keeps its speaker (capital S, no match).
BEHALF_APPOSITIVE = re.compile(
    rf"\b(?:spoke|speaks|speaking)\s+on\s+behalf\s+of\s+[^,.;\"“”]{{1,80}},\s*(?:{HONORIFIC}\s+)*$"
)


# "A working group chaired by Prof. Jo Roe will draft ...": chairing a standing body is no speaking turn
# (a session or panel "chaired by" someone still is). A prize's jury is such a body too, however it is
# written: "The jury was chaired by Dr. X", "A jury of seven editors, chaired by Prof. X, selected ...".
BODY_CHAIRED = re.compile(
    r"\b(?:working group|committee|task ?force|board|commission|council|network|steering group),?\s+"
    rf"(?:chaired|headed|led)\s+by\s+(?:{HONORIFIC}\s+)*$"
    r"|\b(?:jury|judging panel|panel of judges)\b[^.;:\"“”]{0,60}?\b(?:was\s+|is\s+|will\s+be\s+)?"
    rf"(?:chaired|headed|led|presided(?:\s+over)?)\s+by\s+(?:{HONORIFIC}\s+)*$",
    re.I,
)


def behalf_object(before: str) -> bool:
    """The text before the name ends in "on behalf of [Title]" with no comma, in "the late", or in "a
    committee chaired by"."""
    return bool(
        BEHALF_OBJECT.search(before)
        or LATE.search(before)
        or ("thank" in before and THANKED.search(before))
        or BEHALF_APPOSITIVE.search(before)
        or (" by" in before and BODY_CHAIRED.search(before))
    )


def after_place_preposition(before: str) -> bool:
    """The text before the name ends in a place preposition ("in", "at", "near")."""
    return bool(PLACE_PREPOSITION.search(before))


def place_in_appositive(gap: str) -> bool:
    """The text between two names is the first one's appositive, ending in "in/from/at/near", or in a
    body's kind noun ("coordinator at the cooperative "), or its who-clause ending in the verb's object
    ("who chairs the association "). A gap that introduces speakers (", and heard from ") is no appositive:
    the panel "moderated by A, and heard from B" hears B."""
    if "from" in gap and TRIGGER.search(gap):
        return False
    return bool(PLACE_IN_APPOSITIVE.match(gap) or WHO_OBJECT.match(gap) or body_after_kind(gap))


def read_for_author(after: str) -> bool:
    """The name authored a message that the text says was delivered or read by someone else."""
    return bool(READ_FOR.match(after.replace("\n", " ")))


# "A ward councillor from Lakeport, who asked not to be named, told the meeting": the sentence's subject is
# an unnamed person, and the name after "from/in/of/at" is where they come from, not who speaks.
UNNAMED_SUBJECT = re.compile(
    r"^\s*(?:A|An|One|Another)\s+(?:[a-z][\w'’-]*,?\s+){1,5}?(?:from|in|of|at|with)\s+(?:the\s+)?$"
)
# '"...," said a 23-year-old woman from Lakeport who did not want to be named': the same unnamed subject
# after the speech verb that follows a quote.
UNNAMED_AFTER_VERB = re.compile(
    r"[,\"”]\s*(?:said|says|told|added|explained|recalled|asked)\s+(?:a|an|one|another)\s+"
    r"(?:[a-z0-9][\w'’-]*,?\s+){1,5}?(?:from|in|of|at|with)\s+(?:the\s+)?$"
)


def unnamed_subject_place(before: str) -> bool:
    """The name follows "A <lowercase words> from/in/of" opening its sentence, or after a quote's verb."""
    return bool(UNNAMED_SUBJECT.match(before) or (" a" in before and UNNAMED_AFTER_VERB.search(before)))


def governed_no_org(ex: Extraction, text: str, m: Mention) -> bool:
    """A name after "director of" that is still no organisation: a portfolio ("director of Public
    Health"), no person's name either (a region, "Lakeport-based ..."), or the part of a known name cut at an
    abbreviation's full stop ("manager at Acme S.A." read as "Acme S")."""
    if portfolio_words(m.name) or not_a_person(m.name):
        return True
    cut = m.name.rstrip(".") + "."
    at_stop = text[m.end : m.end + 1] == "." or m.name.endswith(".")
    return at_stop and any(o.name.startswith(cut) and len(o.name) > len(cut) for o in ex.organisations)


def other_agent(lead: str, at: int) -> bool:
    """The text from a "<verb> by" (at `at` in the text before the name) holds a second "by" that names
    another agent ("delivered by IOM with trainers seconded by the Acme Guard")."""
    return lead.count(" by ", at) >= 2


# "X, whose provincial office had shared its experience": the verb after an unclosed "whose" clause is
# the clause's own subject's (the office's), not X's. "X, whom she thanked for ...": X is the object.
WHOSE_CLAUSE = re.compile(r",\s*(?:whose|whom)\s+[^,]*$")


def whose_subject(lead: str) -> bool:
    """True when the text before a speech verb ends inside an open "whose ..." clause."""
    return ("whose" in lead or "whom" in lead) and WHOSE_CLAUSE.search(lead) is not None


def glossed_name_tail(text: str, start: int, end: int) -> bool:
    """ "the Church of Central Lakeland Presbyterian (CCLP)": words glossed by an acronym that ends in their
    initials close an organisation's name, never a person's."""
    if text[end : end + 2] != " (":
        return False
    close = text.find(")", end + 2, end + 14)
    acr = text[end + 2 : close] if close > 0 else ""
    if not (2 < len(acr) <= 10 and acr.isupper() and acr.isalpha()):
        return False
    initials = "".join(w[0] for w in text[start:end].split())
    return acr.endswith(initials.upper()) and len(acr) > len(initials)
