"""Round 18a (speakers, roles, quotes): "a.i.," before a name, a possessive office before a title, the
chargé d'affaires, a body named after its kind noun, and an unnamed speaker after a quote's verb.
Invented sentences."""

from __future__ import annotations

from extracting import aff, org_names, run, speakers


def _quotes(ex) -> dict[str, str]:
    return {q.text: q.speaker for q in ex.quotes}


def test_ad_interim_with_a_comma_keeps_the_title() -> None:
    ex = run("IOM’s Head of Office a.i., Tomas Varnell, explained that the new centre opens in June.")
    assert aff(ex, "Tomas Varnell") == ("Head of Office a.i.", "International Organization for Migration")


def test_possessive_office_place_is_no_part_of_the_role() -> None:
    ex = run("IOM Lakeport’s Head of Office, Tomas Varnell, explained that the new centre opens in June.")
    assert aff(ex, "Tomas Varnell") == ("Head of Office", "International Organization for Migration")


def test_charge_d_affaires_is_a_title() -> None:
    ex = run("Kenya’s Chargé d’Affaires in Port Elara, H.E. Odo Baraka-Lin, said the documents were ready.")
    assert aff(ex, "Odo Baraka-Lin") == ("Chargé d’Affaires", "Government of Kenya")


def test_body_named_after_its_kind_noun() -> None:
    ex = run(
        "Rana Ostvik, president of the local association Casa del Sol, described the volunteers' work. "
        "Jules Amani, coordinator at the fishers' cooperative Nuevo Puerto, said the nets were ready."
    )
    assert {"Rana Ostvik", "Jules Amani"} == speakers(ex)
    assert aff(ex, "Rana Ostvik") == ("president", "Casa del Sol")
    assert aff(ex, "Jules Amani") == ("coordinator", "Nuevo Puerto")
    assert {"Casa del Sol", "Nuevo Puerto"} <= org_names(ex)


def test_kind_noun_with_a_phrase_after_the_name_is_no_body() -> None:
    ex = run("Rana Ostvik, head of the local union Asha in the northern district, said the talks failed.")
    assert aff(ex, "Rana Ostvik")[1] is None


def test_unnamed_speaker_after_the_quote_verb() -> None:
    ex = run(
        "“The border is open again,” said Tomas Varnell, the Mayor of Port Elara.\n\n"
        "“I paid everything I had to cross and I lost it all,” said a 19-year-old man from Ostvik Bay who "
        "asked not to be named."
    )
    assert speakers(ex) == {"Tomas Varnell"}
    assert not any(k.startswith("I paid") for k in _quotes(ex))


def test_councillor_after_the_title_is_an_honorific() -> None:
    ex = run(
        "The Port Elara Municipal Council hosted the training. The Mayor of Port Elara, Councillor "
        "Ama Ostvik, said that council staff meet migrants first."
    )
    assert aff(ex, "Ama Ostvik") == ("Mayor of Port Elara", "Port Elara Municipal Council")


def test_speaking_for_lead_clause_is_no_title() -> None:
    ex = run(
        "Speaking for IOM, the Regional Director for the Lakes, Hills and Coast, Dr. Rana Velloso, told the "
        "forum that returnees bring skills."
    )
    assert aff(ex, "Rana Velloso") == (
        "Regional Director for the Lakes, Hills and Coast",
        "International Organization for Migration",
    )


def test_licenciado_does_not_cut_the_title_from_the_name() -> None:
    ex = run("Elaria's Vice Minister of Labour, Lic. Tomas Ruiz Varnell, noted that the centre had opened.")
    assert aff(ex, "Tomas Ruiz Varnell")[0] == "Vice Minister of Labour"


def test_dotted_abbreviation_in_the_appositive_keeps_the_speech_verb() -> None:
    ex = run("Jana Ostvik, human resources manager at Lakeport Nets S.A., said her firm hired 40 returnees.")
    assert speakers(ex) == {"Jana Ostvik"}
    assert aff(ex, "Jana Ostvik")[0] == "human resources manager"


def test_based_place_is_no_part_of_the_body_and_a_known_name_is_not_split() -> None:
    ex = run(
        "The hotline is run by the Women's Harbour Centre.\n\nJana Ostvik, coordinator of the Lakeport-based "
        "Women's Harbour Centre, explained that callers can check an agency's licence."
    )
    assert aff(ex, "Jana Ostvik") == ("coordinator", "Women's Harbour Centre")


def test_speaking_for_names_the_body_of_a_title_without_the_article() -> None:
    ex = run(
        "Speaking for IOM, Regional Representative for the Lakes Ms. Anja\nVarnell underlined that "
        "protection starts before departure."
    )
    assert aff(ex, "Anja Varnell") == (
        "Regional Representative for the Lakes",
        "International Organization for Migration",
    )


def test_head_of_mission_then_ambassador() -> None:
    ex = run(
        "The OSCE Mission to Port Elara facilitated a roundtable between police and community leaders.\n\n"
        "Head of Mission Ambassador Tomas Varnell opened the discussion."
    )
    assert aff(ex, "Tomas Varnell") == (
        "Head of Mission",
        "Organization for Security and Co-operation in Europe",
    )


def test_company_abbreviations_and_based_place_in_the_appositive() -> None:
    ex = run(
        "Mira Tandon, managing director of Lakeport-based Elara Build Pvt. Ltd., which provided two of the "
        "trainers, told participants her company would offer apprenticeships."
    )
    assert speakers(ex) == {"Mira Tandon"}
    role, org = aff(ex, "Mira Tandon")
    assert role == "managing director"
    assert org is not None and org.startswith("Elara Build Pvt. Ltd")
    assert not any(o.startswith("Lakeport-based") or o == "Elara Build Pvt" for o in org_names(ex))


def test_pronoun_after_a_quote_is_the_person_the_paragraph_introduced() -> None:
    ex = run(
        "Tomas Varnell, Head of the Elara Builders Union, recalled that trained masons train others. "
        "“Each of them can teach five more,” he said.\n\n"
        "Among the trainees was Odo Baraka-Lin, 41, from Upper Vesna, whose house collapsed in April. "
        "“Before the earthquake I built houses the way my father did,” he said."
    )
    assert "Odo Baraka-Lin" in speakers(ex)
    assert _quotes(ex)["Before the earthquake I built houses the way my father did"] == "Odo Baraka-Lin"
    assert _quotes(ex)["Each of them can teach five more"] == "Tomas Varnell"


def test_director_general_of_a_topic_heads_the_directorate_the_release_names() -> None:
    ex = run(
        "The meeting was hosted by the Directorate General of Coastal Management.\n\n"
        "The Director General of Coastal Management, Dr. Selma Ostvik, opened the meeting. The Commissioner "
        "for Fisheries, Tomas Varnell, said quotas would fall."
    )
    assert aff(ex, "Selma Ostvik")[1] == "Directorate General of Coastal Management"
    assert aff(ex, "Tomas Varnell")[1] is None  # no commission or office of the commissioner is named


def test_ad_interim_in_an_appositive_before_a_comma() -> None:
    ex = run("According to Rana Velloso, IOM Lakeport’s Chief of Mission a.i., some 7,000 migrants live.")
    assert aff(ex, "Rana Velloso") == ("Chief of Mission a.i.", "International Organization for Migration")


def test_issues_closing_a_portfolio_is_no_part_of_the_name() -> None:
    ex = run('"We need our diaspora," said State Minister for Diaspora Issues Levan Ostvik.')
    assert speakers(ex) == {"Levan Ostvik"}
    assert aff(ex, "Levan Ostvik")[0] == "State Minister for Diaspora Issues"


def test_regional_office_written_with_a_slash() -> None:
    ex = run(
        "WHO sent two mobile teams.\n\nDr. Katrin Ostvik, Regional Emergency Director at WHO/Europe, "
        "underlined that mental health support matters."
    )
    assert aff(ex, "Katrin Ostvik") == ("Regional Emergency Director", "WHO/Europe")


def test_of_a_known_bodys_possessive_unit_names_the_body() -> None:
    ex = run(
        "The Elaria Coast Guard sent a cutter.\n\nCommander Lisa Ostvik of the Elaria Coast Guard's Northern "
        "District said her crew had learned a great deal."
    )
    assert aff(ex, "Lisa Ostvik") == ("Commander", "Elaria Coast Guard")
