"""Round 11: speakers, their role and organisation (invented releases)."""

import extracting
from extracting import aff, speakers
from kg.model import Extraction

LEAD = "Harbour towns agree on cleaner ferries\n\nPORT ELARA, 3 May 2022 - "


def run(text: str) -> Extraction:
    return extracting.run(text, LEAD)


def test_the_tail_of_a_longer_capitalised_name_is_no_speaker():
    ex = run(
        "The Secretary, Dr Ilse Varga, noted that the Alpine Grid Exchange (AGE) expected a deficit "
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
    ex = run("Commander Piet Hals, who heads the Coast Guard's Kestrel Region, said the drill went well.\n")
    assert speakers(ex) == {"Piet Hals"}


def test_a_title_before_the_name_may_end_in_a_lowercase_complement():
    ex = run("The Governor of the Kestrel region, Mr. Jonas Brenner, said partners should invest.\n")
    assert aff(ex, "Jonas Brenner") == ("Governor of the Kestrel region", None)


def test_an_owned_title_with_a_lowercase_complement_keeps_its_owner():
    ex = run(
        "The Coastal Ferry Alliance (CFA) joined the meeting. CFA's Director for the Upper and Lower "
        "region, Dr. Amer Mabote, said more than 150 ferries had been lost.\n"
    )
    assert aff(ex, "Amer Mabote") == ("Director for the Upper and Lower region", "Coastal Ferry Alliance")


def test_a_duty_after_the_named_body_is_no_part_of_the_role():
    ex = run(
        "The Harbour Police Service (HPS) joined the meeting. The Assistant Director of the Harbour Police "
        "Service in charge of ferry checks, Tomas Klee, described the new unit.\n"
    )
    assert aff(ex, "Tomas Klee") == ("Assistant Director", "Harbour Police Service")


def test_a_lead_in_clause_before_the_name_is_no_title():
    ex = run("In her address to the forum on clean ferries, Ana Pell said the ports would report in May.\n")
    assert aff(ex, "Ana Pell") == (None, None)


def test_a_title_sent_in_the_sentence_before_belongs_to_the_name_that_opens_the_next():
    ex = run(
        "The Coastal Ferry Alliance (CFA) sent its Executive Secretary. Mara Lindqvist told delegates that "
        '12 ports had joined. "We need data," she said.\n'
    )
    assert aff(ex, "Mara Lindqvist") == ("Executive Secretary", "Coastal Ferry Alliance")


def test_the_body_that_sent_its_title_is_registered_from_its_glossed_acronym():
    ex = run(
        "The Port Noise and Light Executive (PNLE) sent its Deputy Director\nGeneral to the forum. "
        "Fiona Karst told delegates that inspectors would visit every quay.\n"
    )
    assert aff(ex, "Fiona Karst") == ("Deputy Director General", "Port Noise and Light Executive")


def test_a_title_in_the_sentence_before_is_not_given_to_a_name_later_in_the_sentence():
    ex = run(
        "The Coastal Ferry Alliance (CFA) sent its Executive Secretary. Later that day Mara Lindqvist told "
        "delegates that 12 ports had joined.\n"
    )
    assert aff(ex, "Mara Lindqvist") == (None, None)


def test_an_organisation_named_by_its_first_word_leaves_the_role():
    ex = run(
        "The forum was held with the Kestrel Ferry Support Network, a harbour NGO. Other speakers included "
        "Dr. Hiba Saad of the University of Elara, and Mr. Georg Nass, President of Kestrel.\n"
    )
    assert aff(ex, "Georg Nass") == ("President", "Kestrel Ferry Support Network")


def test_an_acronym_glossed_after_a_name_found_later_leaves_the_role():
    ex = run(
        "The Kestrel Chamber of Shipping and Trade (KCST) joined. Ms. Lan Vo and Mr. Tran Minh, Deputy "
        "Secretary General of KCST, spoke for workers and employers respectively.\n"
    )
    assert aff(ex, "Tran Minh") == ("Deputy Secretary General", "Kestrel Chamber of Shipping and Trade")


def test_a_public_office_keeps_its_place_even_if_an_organisation_starts_with_it():
    ex = run(
        "Mr. Tran Minh, Minister of Kestrel, spoke for the government. The Kestrel Ferry Support Network "
        "was there.\n"
    )
    assert aff(ex, "Tran Minh") == ("Minister of Kestrel", None)


def test_a_calling_with_a_body_glossed_by_its_acronym():
    ex = run("The debate was moderated by Lea Brandt, a journalist with Radio Television of Elara (RTE).\n")
    assert aff(ex, "Lea Brandt")[0] == "journalist"


def test_an_honorific_that_opens_the_title_is_dropped():
    ex = run("H.E. Governor Kamau Ruto, who chairs the Ferry Committee, said funds came late.\n")
    assert aff(ex, "Kamau Ruto")[0] == "Governor"


def test_shri_after_the_title_is_an_honorific():
    ex = run(
        "Opening the meeting, the Minister of State for Ferries, Shri Arun Mehta, said ports were ready.\n"
    )
    assert aff(ex, "Arun Mehta")[0] == "Minister of State for Ferries"


def test_a_lowercase_compound_title_in_a_semicolon_list_before_an_honorific():
    ex = run(
        "The Ferry Workers Union hosted. Other speakers were Pat Moller, national health and safety officer "
        "of the Ferry Workers Union; Dr Sunil Rao, senior lecturer at the University of Elara.\n"
    )
    assert aff(ex, "Pat Moller") == ("national health and safety officer", "Ferry Workers Union")


def test_a_bare_acronym_after_a_staff_title_is_the_organisation():
    ex = run(
        "Other speakers were Pat Moller, national health and safety officer of the FWGU; Dr Sunil Rao, "
        "senior lecturer at the University of Elara.\n"
    )
    assert aff(ex, "Pat Moller") == ("national health and safety officer", "FWGU")


def test_a_clause_after_the_name_is_no_title():
    ex = run(
        "Jana Roe, met yesterday with the Minister of Ports to discuss new quays, said the talks went well.\n"
    )
    assert aff(ex, "Jana Roe")[0] is None


def quotes_by(ex: Extraction) -> dict[str, str]:
    return {q.text: q.speaker for q in ex.quotes}


def test_a_pronoun_after_an_unnamed_person_is_not_the_last_speaker():
    ex = run(
        'Dr. Mira Holt said the clinic was full. "We need more beds," she said.\n\n'
        "A young mother from the harbour district gave birth to twins there last month. "
        '"The nurse stayed with me all night," she said.\n'
    )
    got = quotes_by(ex)
    assert got.get("We need more beds") == "Mira Holt"
    assert "The nurse stayed with me all night" not in got


def test_a_lead_in_by_an_unnamed_person_is_not_the_last_speaker():
    ex = run(
        'Dr. Mira Holt said the clinic was full. "We need more beds," she said.\n\n'
        'One ferry inspector described the course as "the first time anyone showed us the engine rules."\n'
    )
    assert all(q.speaker == "Mira Holt" for q in ex.quotes)
    assert len(ex.quotes) == 1


def test_those_were_the_words_of_in_the_next_paragraph():
    ex = run(
        "The report was launched in Port Elara.\n\n"
        '"We met crews who had not been paid for a year. That is not a job."\n\n'
        '"Owners and flags looked away. Out here, nobody checks."\n\n'
        "Those were the words of the union's regional director for the North and the Islands, Vera Lund, who "
        "presented the report.\n"
    )
    got = quotes_by(ex)
    assert got.get("Owners and flags looked away. Out here, nobody checks") == "Vera Lund"


CONTACT_LEAD = "Ferry crews trained\n\nPORT ELARA, 3 May 2022 - The Harbour Safety Board trained crews.\n\n"


def contact_names(ex: Extraction) -> set[str]:
    return {c.name for c in ex.contacts}


def test_a_rank_before_a_contact_name_is_dropped():
    ex = extracting.run(
        "Media contacts:\n\nTomas Berg\nCommunications, Harbour Safety Board\n(555) 555-0147\n\n"
        "Sub-Lieutenant Karen Lind\nPublic Affairs, Northern Naval Command\n(555) 555-0192\n",
        CONTACT_LEAD,
    )
    assert {"Tomas Berg", "Karen Lind"} <= contact_names(ex)


def test_credits_addresses_and_places_in_a_contact_block_are_no_contacts():
    ex = extracting.run(
        "For further information, please contact:\nIn Port Elara: Tomas Berg, press officer, Harbour Safety "
        "Board, e-mail tberg@hsb.example.org\nAddis Ababa, Ethiopia\nRelated links\n"
        "Ferries | Asia Pacific zone\n"
        "Issued by the Board Press Office, Quay House, Great Anchor\nStreet, London\n"
        "Photo: Crews at the drill. HSB/Nadia Brook\n",
        CONTACT_LEAD,
    )
    assert contact_names(ex) == {"Tomas Berg"}


def test_a_calling_followed_by_a_personal_description():
    ex = run("Rokeya Bibi, a sewing operator and mother of two, spoke for the workers.\n")
    assert aff(ex, "Rokeya Bibi") == ("sewing operator", None)


def test_a_second_calling_held_at_a_named_body_is_not_cut_away():
    ex = run(
        "Fatima Warsa, a herder and chairperson of the Kestrel Herders' Group, said payouts came early.\n"
    )
    assert aff(ex, "Fatima Warsa")[0] != "herder"


def test_an_indefinite_calling_from_a_body_before_the_name():
    ex = run(
        "The Harbour Board (HB) met. An engineer with the Harbour Board, Jon Roe, said the quay was safe.\n"
    )
    assert aff(ex, "Jon Roe") == ("engineer", "Harbour Board")


def test_an_indefinite_calling_from_an_acronyms_local_centre():
    ex = run(
        "The OSCE opened it. A trainer from the OSCE Centre in Elara, Nadia Koval, presented the review.\n"
    )
    assert aff(ex, "Nadia Koval") == ("trainer", "Organization for Security and Co-operation in Europe")
