"""Round 21b: where organisation names end (line blocks, reference labels, "X under the Y in Z
programme"), a person "of" a known body, a known body's office in a place (invented text)."""

from __future__ import annotations

from extracting import org_names, roles, run


def test_a_name_does_not_run_over_a_block_of_short_lines() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara.\n"
        "Speakers were:\n\n"
        "Tomas Brennik\n"
        "Director, Ministry of Coastal Affairs\n"
        "Lina Vosk\n"
        "Harbour Safety Officer, Elara Port Trust\n"
    )
    names = org_names(ex)
    assert "Ministry of Coastal Affairs" in names
    assert not any("Lina" in n or "Vosk" in n for n in names)


def test_a_reference_label_after_a_body_is_no_part_of_its_name() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara.\n\n"
        "Directorate of Harbour Services\nRef. 112(2021)\n\n"
        "The Directorate of Harbour Services said the forum would meet again in June.\n"
    )
    assert not any(n.endswith(" Ref") for n in org_names(ex))


def test_a_funder_ends_before_under_the_programme_in_a_country() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara.\n"
        "The forum is financed by the Ministry of Coastal Affairs under the Safer Harbours in Elaria "
        "programme.\n"
    )
    assert "Ministry of Coastal Affairs" in org_names(ex)
    assert not any(" under " in n for n in org_names(ex))


def test_a_person_of_a_known_body_is_no_organisation() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara, organized by the Coastal Safety Agency (CSA).\n"
        "Other speakers included Mira Tallow of CSA's Regional Office for the North.\n"
    )
    assert "Mira Tallow of CSA" not in org_names(ex)


def test_a_known_body_s_office_in_a_city_is_the_body() -> None:
    ex = run(
        "The Coastal Safety Agency (CSA) trained 40 harbour pilots this week.\n"
        "The course was run by CSA's Nairobi office and funded by the Elara Port Trust.\n"
    )
    assert "CSA's Nairobi" not in org_names(ex)
    assert not any("Nairobi" in n for n in roles(ex, "organizer"))


def test_an_embassy_named_for_its_country_keeps_its_city_across_a_line_break() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara.\n"
        "Ms. Dana Orvik, First Secretary at the Embassy of Norway in\n"
        "Elara City, opened the forum.\n"
    )
    assert "Embassy of Norway in Elara City" in org_names(ex)


def test_an_embassy_place_cut_before_a_lower_case_link_is_not_taken() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara.\n"
        "Ms. Dana Orvik, First Secretary at the Embassy of Norway in Dar es Salaam, opened the forum.\n"
    )
    assert "Embassy of Norway in Dar" not in org_names(ex)


def test_asking_that_one_s_name_not_be_used_is_no_recommendation() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara.\n"
        "A fisherman from the north coast described how his boat was seized. He asked that his name not be "
        "published.\n"
        "The mayors asked that the port authority be given more inspectors.\n"
    )
    recs = {r.text for r in ex.recommendations}
    assert not any("name" in r for r in recs)
    assert any("more inspectors" in r for r in recs)


def test_present_tense_call_items_under_a_colon_intro_are_recommendations() -> None:
    ex = run(
        "The harbour ministers met today in Port Elara and adopted a declaration.\n\n"
        "In the declaration, the coastal states:\n\n"
        "- undertake to publish harbour tariffs every year;\n"
        "- call on shipping lines to report lost containers;\n"
        "- note that the fishing season opened in March.\n"
    )
    recs = {r.text for r in ex.recommendations}
    assert "undertake to publish harbour tariffs every year" in recs
    assert "call on shipping lines to report lost containers" in recs
    assert not any("fishing season" in r for r in recs)


def test_financed_through_a_body_s_programme_is_sponsored_by_the_body() -> None:
    ex = run(
        "A two-day workshop on harbour safety opened today in Port Elara. The workshop, organized by the "
        "Elara Port Trust, was financed through the Coastal Union's Safer Seas Programme for Fishing "
        "Communities.\n"
    )
    assert "Coastal Union" in roles(ex, "sponsor")


def test_named_contributors_to_the_programme_are_the_sponsors() -> None:
    ex = run(
        "A two-day workshop on harbour safety opened today in Port Elara. The workshop was convened by the "
        "Elara Port Trust. It was financed through the Trust's regional programme for the north, to which "
        "the Government of Norway and the Government of Chile are the main contributors.\n"
    )
    assert {"Government of Norway", "Government of Chile"} <= roles(ex, "sponsor")


def test_a_state_named_after_its_dissolution_is_no_organisation() -> None:
    ex = run(
        "The harbour forum opened today in Port Elara.\n"
        "Many fishing families lost their papers after the dissolution of the Northern Union, the "
        "Elara Port Trust said.\n"
    )
    assert "Northern Union" not in org_names(ex)
    assert "Elara Port Trust" in org_names(ex)
