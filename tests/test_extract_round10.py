"""Round 10: speakers' role and organisation (invented releases)."""

import extracting
from kg.model import Extraction

LEAD = "Harbour towns agree on cleaner ferries\n\nPORT ELARA, 3 May 2022 - "


def run(text: str) -> Extraction:
    return extracting.run(text, LEAD)


def aff(ex: Extraction, person: str) -> tuple[str | None, str | None]:
    a = next(a for a in ex.affiliations if a.person == person)
    return a.role, a.organisation


def test_an_acronym_glossed_after_an_organisation_leaves_the_role_after_a_comma():
    ex = run(
        "The forum was co-hosted by the Harbour Towns Clean Shipping Network (H12). Panellists included "
        "Mara Velden, Director for Northern Europe, H12; and Tor Ekblad, a ferry captain. Ms Velden said "
        '"Ports must plug ships into the grid."\n'
    )
    assert aff(ex, "Mara Velden") == ("Director for Northern Europe", "Harbour Towns Clean Shipping Network")


def test_an_acronym_that_heads_the_releases_unit_names_owns_the_title_after_it():
    ex = run(
        "The meeting was organised by the KFWU Safety and Training Unit. KFWU General Secretary Ilse "
        'Marrow opened it. "Every deckhand deserves a mask," said Ms Marrow. The resolutions go to the KFWU '
        "National Executive Board next month.\n"
    )
    role, org = aff(ex, "Ilse Marrow")
    assert role == "General Secretary"
    assert org == "KFWU"


def test_the_body_spoken_for_before_a_lowercase_occupation_is_the_speakers():
    ex = run(
        "The clinic was run in partnership with the Seafarers Legal Aid Project, with funding from the "
        "town council.\n\nSpeaking for the Seafarers Legal Aid Project, lawyer Bettina Olm explained the "
        'rights of crews. "Nobody may be sacked for being ill," she said.\n'
    )
    assert aff(ex, "Bettina Olm") == ("lawyer", "Seafarers Legal Aid Project")


def test_a_lowercase_title_owned_by_the_organisation_before_its_possessive():
    ex = run(
        "The Coastal States Parliament held a hearing on ferry emissions on Tuesday.\n\n"
        "The Parliament's rapporteur on clean shipping, Lene Haugvik MP, presented the draft report and "
        'said: "Ports cannot wait for the next decade."\n'
    )
    assert aff(ex, "Lene Haugvik") == ("rapporteur on clean shipping", "Coastal States Parliament")
