"""Round B30: organisers, sponsors and organisations (invented sentences only)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run


def test_two_adverbs_before_an_active_organiser_verb() -> None:
    ex = run(
        "The Lakeland Water Council (LWC) and the Riverside Trust today jointly convened a round table on "
        "the return of fishing families to the northern shore."
    )
    assert roles(ex, "organiser") == {"Lakeland Water Council", "Riverside Trust"}


def test_dateline_with_double_hyphen_and_a_bodys_local_office() -> None:
    ex = run(
        "The Lakeland Water Council (LWC) and the Lakeport office of the Riverside Trust (RT) jointly "
        "convened a round table on the return of fishing families to the northern shore.",
        lead="Round table on the shore\n\nLAKEPORT, 12 May 1997 -- ",
    )
    assert roles(ex, "organiser") == {"Lakeland Water Council", "Riverside Trust"}


def test_organised_together_with_partners() -> None:
    ex = run(
        "Elders from six districts met on 20 June for the first Lakeland Dialogue on River Protection. The "
        "Lakeland Council of Elders (LCE) organised the dialogue together with the Riverside Trust and the "
        "Ministry of Water and Fisheries."
    )
    assert roles(ex, "organiser") == {
        "Lakeland Council of Elders",
        "Riverside Trust",
        "Ministry of Water and Fisheries",
    }


def test_the_first_such_training_is_the_event_itself() -> None:
    ex = run(
        "Officials met in Lakeport today for a three-day workshop on water law, the first such training "
        "to be held jointly by the Office of the Lakeland Commissioner for Rivers (OLCR) and Lakeland's "
        "Ministry of Water."
    )
    assert roles(ex, "organiser") == {
        "Office of the Lakeland Commissioner for Rivers",
        "Lakeland's Ministry of Water",
    }


def test_funded_from_a_named_fund() -> None:
    ex = run(
        "Ministers met in Lakeport on 3 May 2022 for a regional meeting on river health. The meeting was "
        "funded from the Lakeland Fund for Technical Co-operation (LFTC)."
    )
    assert roles(ex, "sponsor") == {"Lakeland Fund for Technical Co-operation"}


def test_funder_under_a_capitalised_programme_across_a_line_break() -> None:
    ex = run(
        "Ministers met in Lakeport on 3 May 2022 for a regional meeting on river health. It was funded by "
        "the Lakeland Union under\nthe Northern Regional Health Programme."
    )
    assert roles(ex, "sponsor") == {"Lakeland Union"}
    assert "Lakeland Union" in org_names(ex)


def test_support_comes_from_a_government_through_a_fund() -> None:
    ex = run(
        "Ministers met in Lakeport on 3 May 2022 for a regional meeting on river health. Financial support "
        "comes from the Government of Lakeland through the Lakeport Migration Fund."
    )
    assert roles(ex, "sponsor") == {"Government of Lakeland"}


def test_numbered_undertakings_of_an_action_plan_are_recommendations() -> None:
    ex = run(
        "Under the Lakeland River Compact agreed on Friday, the riparian states undertook to:\n\n"
        "1. Establish national protocols to assist fishing families;\n"
        "2. Create a regional observatory on river pollution."
    )
    texts = {r.text for r in ex.recommendations}
    assert "Establish national protocols to assist fishing families" in texts
    assert "Create a regional observatory on river pollution" in texts


def test_bare_caritas_is_not_the_international_confederation() -> None:
    ex = run(
        "The round table was attended by mayors and by several humanitarian NGOs, including Caritas and the "
        "Lakeport Women's Network."
    )
    names = org_names(ex)
    assert "Caritas" in names
    assert "Caritas Internationalis" not in names


def test_foreign_name_before_its_gloss_is_a_form_of_the_body() -> None:
    ex = run(
        "Officials met in Lakeport on 1-2 June 2010 for the Regional Consultation on Rivers, hosted by the "
        "Lakeport Water Council. Lakeland's Instituto de la Pesca Fluvial (Institute for River Fisheries) "
        "presented a study."
    )
    org = ex.organisation("Instituto de la Pesca Fluvial")
    assert org is not None
    assert org.name == "Institute for River Fisheries"


def test_countrys_own_language_body_hosts_under_its_gloss() -> None:
    ex = run(
        "Senior officials met in Lakeport on 1-2 June 2010 for the Regional Consultation on Rivers, hosted "
        "by Portugal's Instituto da Pesca Fluvial (Institute for River Fisheries) and the Lakeport Water "
        "Council."
    )
    assert roles(ex, "organiser") == {"Institute for River Fisheries", "Lakeport Water Council"}


def test_last_fields_of_a_ministers_portfolio_are_no_organisation() -> None:
    ex = run(
        "In his place, the Vice Minister of Fisheries, Rural Roads and Cooperatives, Mr. Hernan Tavola, "
        "said the plan was ready."
    )
    assert "Rural Roads and Cooperatives" not in org_names(ex)


def test_ministers_who_co_chair_are_no_organisers() -> None:
    ex = run(
        "Ministers met in Lakeport from 9 to 11 October 2019 for the 2nd Lakeland Labour Mobility Meeting, "
        "hosted by the Lakeland Water Council. It was co-chaired by the Minister for Fisheries, "
        "Inland Waters and Harbour Works, Hon. Semi Tavola, and the Minister for Tourism, Hon. Ana Vake."
    )
    assert roles(ex, "organiser") == {"Lakeland Water Council"}
    assert "Inland Waters and Harbour Works" not in org_names(ex)


def test_place_based_ngo_forum_is_no_event() -> None:
    ex = run(
        "The Lakeport Fishers Union and the Lakeport-based NGO Riverbank Migrant Rights Forum were consulted "
        "on the design of the programme."
    )
    assert not any("Forum" in n for n in event_names(ex))


def test_forum_that_took_part_is_a_body() -> None:
    ex = run(
        "Officials met in Lakeport on 3 May 2022 for a training on river law. Resource persons from the "
        "Lakeland Fisheries Board and the People Forum for River Rights also took part."
    )
    assert "People Forum for River Rights" not in event_names(ex)
    assert "People Forum for River Rights" in org_names(ex)


def test_forum_after_a_known_speaker_without_honorific_is_a_body() -> None:
    ex = run(
        '"Rivers are our roads," said Advocate Ana Ruiz. Trainers include Advocate Ana Ruiz of the Forum for '
        "Rivers and Fisheries in Lakeport."
    )
    assert "Forum for Rivers and Fisheries" not in event_names(ex)


def test_funders_programme_after_its_is_no_sponsor() -> None:
    ex = run(
        "Officials met in Lakeport on 3 May 2022 for a five-day course on river data. The course is "
        "organized by the Lakeland Water Council and is funded by the Lakeland Union through its Northern "
        "Partnership programme."
    )
    assert roles(ex, "sponsor") == {"Lakeland Union"}


def test_funder_of_a_building_is_no_sponsor_of_the_seminar() -> None:
    ex = run(
        "Officials met in Lakeport on 3 May 2022 for a regional seminar on river safety, organized by the "
        "Lakeland Water Council. The council's shelter in Tarn, built with funding from the Government of "
        "Palia, was visited by several delegates ahead of the seminar."
    )
    assert "Government of Palia" not in roles(ex, "sponsor")


def test_hashemite_kingdom_is_the_government_of_its_short_name() -> None:
    ex = run(
        "The Lakeport Forum on Rivers was convened by the Lakes Council and co-chaired by the "
        "Hashemite Kingdom of Jordan and the Republic of Lebanon."
    )
    names = org_names(ex)
    assert "Government of Jordan" in names
    assert "Government of Hashemite Kingdom of Jordan" not in names


def test_urged_to_do_two_things_joined_by_and_to_is_one_call() -> None:
    ex = run(
        "The Lakes Council urged the Government of Palia to allow fishers to work and to move outside the "
        "camp."
    )
    texts = [r.text for r in ex.recommendations]
    assert len(texts) == 1
    assert texts[0].endswith("to move outside the camp")


def test_reported_needed_to_in_a_stressed_that_clause_is_a_call() -> None:
    ex = run(
        "Ana Ruiz, Director of the Lakes Council, stressed that trade unions in both countries needed to "
        "sign cooperation agreements."
    )
    assert [(r.text, r.by) for r in ex.recommendations] == [
        (
            "trade unions in both countries needed to sign cooperation agreements",
            "Lakes Council",
        )
    ]
