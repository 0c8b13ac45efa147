"""Capitalised pairs in a contact block that are no press contact: a photo credit ("Photo: ... UNICEF
Jordan/Jane Doe"), a street split over two lines ("Congress House, Great Russell\\nStreet"), a city or a
region ("Addis Ababa, Ethiopia", "Asia Pacific zone", "..., Maritimes Region", "Maritime Forces Atlantic"),
a page's "Share Facebook Twitter" row or "Related Stories" heading, a building ("Palais X"), a foreign
press office ("Oficina de Prensa").

Kept apart from `contacts.py` (which reads names, organisations, phones and e-mails) so each exclusion can
be read and tested on its own; every one only ever removes a contact.
"""

from __future__ import annotations

import re

from kg.extract.nametails import AREA_HEADS
from kg.extract.persons import TITLE_WORDS
from kg.extract.places import is_place

CREDIT_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:Photo|Photograph|Picture|Image|Credit|Copyright|©)\b[^\n]*$", re.I
)
ADDRESS_NEXT = re.compile(
    r"[ \t]*\n?[ \t]*(?:Street|Road|Avenue|Lane|Square|Place|Boulevard|Drive|Court|House|Building)\b"
)  # "Great Russell\nStreet": the street's name is split from its kind
GEO_WORDS = frozenset(
    "Asia Africa Europe America Americas Pacific Atlantic Arctic Caribbean Mediterranean Oceania".split()
)

# "Share   Facebook   Twitter   LinkedIn": a page's sharing row under the contact block.
SHARE_WORDS = frozenset(
    "Share Facebook Twitter LinkedIn Linkedin WhatsApp Whatsapp Email E-mail Print Tweet Instagram YouTube "
    "Youtube Pinterest Reddit Telegram".split()
)

# "Related Stories", "Latest News": a page's section heading under the contact block.
SECTION_HEADS = frozenset("Stories Story News Articles Links Posts Releases Content Topics Items".split())
SECTION_LEADS = frozenset("Related Latest More Recent Other Similar Top Further".split())
# "Related Content", "Topic", "Region / Country" on a line of its own: the page's links and tags follow,
# not contacts.
SECTION_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:"
    + "|".join(sorted(SECTION_LEADS))
    + r")\s+(?:"
    + "|".join(sorted(SECTION_HEADS))
    + r")|Topics?|Tags|Categories|Region\s*/\s*Country)[ \t]*\n"
)
# "Palais Lumière", "Hotel Ambassador": a building in the office's address, not a person.
BUILDING_LEADS = frozenset("Palais Palazzo Palacio Maison Hotel Hôtel".split())
# "Lakeview Mansion", "Riverside Tower": a building's kind after its name, in an office's postal address.
BUILDING_TAILS = frozenset("Mansion Mansions Tower Towers Complex Arcade".split())

# "Oficina de Prensa LWA", "Prensa ARL", "Service de presse": a French, Spanish or Portuguese press office
# named where a contact's name would stand is an office, not a person.
OFFICE_WORDS = frozenset(
    "Oficina Prensa Presse Imprensa Assessoria Gabinete Servicio Serviço Comunicación Comunicação "
    "Comunicaciones Dirección Direção Departamento Département".split()
)


def not_a_contact(block: str, start: int, end: int) -> bool:
    """Whether the run block[start:end] is a credit, an address or a place rather than a contact's name."""
    run = block[start:end]
    words = run.split()
    if any(w in OFFICE_WORDS for w in words):
        return True
    if words[0] in SHARE_WORDS and words[-1] in SHARE_WORDS:
        return True
    if (words[0] in SECTION_LEADS and words[-1] in SECTION_HEADS) or words[0] in BUILDING_LEADS:
        return True
    if is_place(run) or words[-1] in AREA_HEADS or any(w in GEO_WORDS for w in words):
        return True
    if ADDRESS_NEXT.fullmatch(" " + words[-1]) or words[-1] in BUILDING_TAILS:
        return True  # "Quay House, Great Anchor Street", "Lakeview Mansion, Main Road": a building
    if CREDIT_LINE.search(block, 0, start) or SECTION_LINE.search(block, 0, start):
        return True  # a credit line, or a page section ("Related Content") the run stands under
    return ADDRESS_NEXT.match(block, end) is not None


# "Jane Doe\nCommunications Officer, Lakeport Fishers Union": between a contact's name and a capitalised run
# only a new line and a title ending in a comma: the run is her organisation, not a second contact.
TITLE_LINE_GAP = re.compile(r"[ \t]*\n[ \t]*([A-Z][^\n,@:]{2,60}),[ \t]*")


def title_line_org(gap: str) -> bool:
    """`gap` (the text between a contact's name and the next capitalised run) is a title line's lead."""
    m = TITLE_LINE_GAP.fullmatch(gap)
    return m is not None and any(w in TITLE_WORDS for w in m.group(1).split())
