"""Round 11: speakers, their role and organisation (invented releases)."""

import extracting
from kg.model import Extraction

LEAD = "Harbour towns agree on cleaner ferries\n\nPORT ELARA, 3 May 2022 - "


def run(text: str) -> Extraction:
    return extracting.run(text, LEAD)


def speakers(ex: Extraction) -> set[str]:
    return {s.person for s in ex.speeches}


def aff(ex: Extraction, person: str) -> tuple[str | None, str | None]:
    a = next((a for a in ex.affiliations if a.person == person), None)
    return (a.role, a.organisation) if a else (None, None)


def test_the_tail_of_a_longer_capitalised_name_is_no_speaker():
    ex = run(
        'The Secretary, Dr Ilse Varga, noted that the Alpine Grid Exchange (AGE) expected a deficit '
        'until 2030. "We must plan now," she said.\n'
    )
    assert speakers(ex) == {"Ilse Varga"}


def test_a_name_glued_after_a_capitalised_word_is_a_longer_names_tail():
    ex = run(
        "Other speakers included Ana Ruiz, a pilot, and Tuya Bat, who heads the Kestrel Migrant Workers' "
        "Support Centre, a small NGO.\n"
    )
    assert speakers(ex) == {"Ana Ruiz", "Tuya Bat"}


def test_a_place_in_capitals_or_written_out_is_no_speaker():
    ex = run("The review, held in Santo Domingo, said São Paulo had the best data, said Dr. Ana Mirek.\n")
    assert "Santo Domingo" not in speakers(ex)
    assert "São Paulo" not in speakers(ex)


def test_a_company_name_before_its_suffix_is_no_speaker():
    ex = run(
        "The day was paid for by Lindholm Marine AB. Also speaking were Ola Berg, Mayor of Port Elara, and "
        "Kari Strand, Head of Safety at Lindholm Marine AB.\n"
    )
    assert "Lindholm Marine" not in speakers(ex)
    assert {"Ola Berg", "Kari Strand"} <= speakers(ex)


def test_a_name_glossed_by_its_acronym_after_of_is_an_organisation():
    ex = run("The debate was moderated by Lea Brandt, a journalist with Radio Harbour of Elara (RHE).\n")
    assert "Radio Harbour" not in speakers(ex)
    assert "Lea Brandt" in speakers(ex)


def test_a_region_of_a_service_is_no_speaker():
    ex = run(
        "Commander Piet Hals, who heads the Coast Guard's Kestrel Region, said the drill went well.\n"
    )
    assert speakers(ex) == {"Piet Hals"}
