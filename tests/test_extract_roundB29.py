"""Round B29: sponsors and organisers of events (invented sentences only)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run


def test_event_held_with_the_generous_support_of_a_government() -> None:
    ex = run(
        "A two-day Regional Consultation on Water Rights closed in Lakeport on Friday. The consultation, "
        "convened by the Lakeport Water Council, took place on 3-4 May 2022. It was held with the generous "
        "support of the Government of Norway."
    )
    assert roles(ex, "sponsor") == {"Government of Norway"}


def test_event_being_held_with_financial_support() -> None:
    ex = run(
        "The three-day meeting, convened by the Lakeport Water Council, opens in Lakeport on 20 November "
        "1995. It is being held with the financial support of the Government of Norway, which is covering "
        "the costs."
    )
    assert roles(ex, "sponsor") == {"Government of Norway"}


def test_second_support_phrase_after_and_names_a_second_sponsor() -> None:
    ex = run(
        'The Lakeport Water Council (LWC) today launched "Clean Taps", a national information campaign '
        "for households. The campaign is organized by the Directorate of Rivers (DIRIV) and the Ministry of "
        "Labour, Fisheries and Social Welfare of Lakeport, with technical assistance from LWC and financial "
        "support from the Nordic Aid Foundation (NAF)."
    )
    assert {"Lakeport Water Council", "Nordic Aid Foundation"} <= roles(ex, "sponsor")


def test_observance_day_opening_the_sentence_organises_nothing() -> None:
    ex = run(
        'On International Water Day, the Lakeport Water Council (LWC) today launched "Clean Taps", '
        "a national information campaign for households."
    )
    assert roles(ex, "organiser") == {"Lakeport Water Council"}
    assert "International Water Day" not in org_names(ex)


def test_project_funder_after_a_campaign_sentence_without_its_name() -> None:
    ex = run(
        'The Lakeport Water Council (LWC) today launched "Clean Taps", a national information campaign '
        "for households. The campaign is run by LWC with the Delta River Authority. It is part of the "
        '"Safe Water" project, financed by the Ministry of Rivers and Lakes through the Blue Fund.'
    )
    assert roles(ex, "sponsor") == {"Ministry of Rivers and Lakes"}


def test_special_unit_heading_a_list_of_conveners_is_a_body_not_a_title() -> None:
    ex = run(
        "Some 300 farmers attended the Lakeport Water Dialogue, which was convened by the "
        "Special Administrative Unit Aguas Lakeport together with the Office of the Mayor of Lakeport, "
        "the Delta River Authority (DRA) and the Nordic Aid Foundation (NAF)."
    )
    assert roles(ex, "organiser") == {
        "Special Administrative Unit Aguas Lakeport",
        "Office of the Mayor of Lakeport",
        "Delta River Authority",
        "Nordic Aid Foundation",
    }


def test_country_possessive_after_and_starts_a_second_host() -> None:
    ex = run(
        "The Lakeport Water Summit was co-hosted by the Lakeport Regional Office and Lakeland's Ministry "
        "of Water, Fisheries and Social Affairs (MOWFSA) on 3 May 2022."
    )
    assert {"Lakeport Regional Office", "Ministry of Water, Fisheries and Social Affairs"} <= roles(
        ex, "organiser"
    )


def test_regional_office_of_a_known_body_named_with_its_region_is_the_body() -> None:
    ex = run(
        "The Lakeport Water Summit was co-hosted by the UNDP Southern Africa Regional Office and the "
        "Lakeport Water Council on 3 May 2022."
    )
    assert "United Nations Development Programme" in roles(ex, "organiser")
    assert "UNDP Southern Africa Regional Office" not in org_names(ex)


def test_peoples_possessive_after_and_stays_inside_a_ministry_name() -> None:
    ex = run("The Ministry of Family and Women's Affairs of Lakeland hosted the Lakeport Water Summit.")
    assert "Ministry of Family and Women's Affairs of Lakeland" in org_names(ex)


def test_launchers_of_a_study_hold_the_event_it_is_launched_at() -> None:
    ex = run(
        "Most returnees received no help, according to a study launched today by the Lakeport Centre for "
        "Water Studies (LCWS) at an online event supported by the Nordic Aid Foundation."
    )
    assert roles(ex, "organiser") == {"Lakeport Centre for Water Studies"}
    assert roles(ex, "sponsor") == {"Nordic Aid Foundation"}


def test_backer_of_an_earlier_mission_sponsors_no_later_meeting() -> None:
    ex = run(
        "The Regional Water Meeting opened in Lakeport on Friday, organised by the Lakeport Water Council. "
        "The meeting followed an earlier assessment mission to Lakeland supported by the Nordic Aid "
        "Foundation."
    )
    assert roles(ex, "sponsor") == set()


def test_funder_of_a_wider_named_programme_sponsors_no_conference() -> None:
    ex = run(
        "The Regional Ministerial Conference on Water closed in Lakeport on Friday. The conference was "
        "organised by the Lakeport Water Council. The Council's wider Joint Water Rights Programme, which "
        "was not part of the conference budget, is funded by the Nordic Aid Foundation."
    )
    assert roles(ex, "sponsor") == set()


def test_capitalised_declaration_items_under_a_states_intro_are_calls() -> None:
    ex = run(
        "The Lakeport Water Conference closed today with a short declaration.\n\n"
        "In the declaration, participating States:\n\n"
        "1. Commit to protecting the rivers of the region;\n"
        "2. Call on all States to join the Lakeport Water Compact;\n"
        "3. Request the Lakeport Water Council to prepare guidance on shared wells.\n\n"
        "The next conference will be held in 2024."
    )
    texts = {r.text for r in ex.recommendations}
    assert "Commit to protecting the rivers of the region" in texts
    assert "Request the Lakeport Water Council to prepare guidance on shared wells" in texts
    assert len(texts) == 3


BRIEFING = (
    "LAKEPORT WATER BRIEFING NOTES\n"
    "Lakeport - 14 November 1995\n"
    "This is a summary of what was said by the council spokesperson at\n"
    "today's press briefing in Lakeport.\n"
    "1. LAKELAND / ELARIA: TALKS ON THE SHARED RIVER\n"
    "Delegations of the two governments will meet in Lakeport next week for\n"
    "the first round of talks on the shared river, the spokesperson told\n"
    "the briefing, and the council will take part in them as an observer.\n"
    "The Lakeport Water Council will ask the meeting to agree on:\n"
    "(a) a timetable for the repair of the northern dams;\n"
    "(b) the deployment of council engineers on both banks.\n"
    "2. ELARIA: NEW WELLS IN THE SOUTH\n"
    "Work on six new wells in the south of Elaria continues at a slow pace,\n"
    "with two of them finished over the past week.\n"
)


def test_numbered_heading_in_capitals_is_no_list_item_holding_its_section() -> None:
    from kg.model import Release
    from kg.segment import segment

    doc = segment(Release(id="t", source="t.txt", text=BRIEFING))
    kinds = [(s.kind, doc.segment_text(s).split("\n")[0]) for s in doc.segments]
    assert ("paragraph", "1. LAKELAND / ELARIA: TALKS ON THE SHARED RIVER") in kinds
    assert ("paragraph", "2. ELARIA: NEW WELLS IN THE SOUTH") in kinds
    assert [k for k, t in kinds if k == "bullet"] == ["bullet", "bullet"]


def test_lettered_calls_under_an_ask_to_agree_intro_in_a_briefing() -> None:
    ex = run(BRIEFING, lead="")
    assert {r.text for r in ex.recommendations} == {
        "a timetable for the repair of the northern dams",
        "the deployment of council engineers on both banks",
    }


def test_asking_authorities_for_resources_is_a_call() -> None:
    ex = run(
        "The mayor said the city would open a new office in April, and asked national authorities for "
        "additional resources for the city's water network."
    )
    assert [r.text for r in ex.recommendations] == [
        "asked national authorities for additional resources for the city's water network"
    ]


def test_asking_participants_for_views_is_no_call() -> None:
    ex = run("The chair asked participants for their views on the draft agenda.")
    assert ex.recommendations == []


def test_the_two_governments_closing_a_list_of_conveners() -> None:
    ex = run(
        "Delegations of the governments of Chile and Peru will meet in Lakeport next week. The "
        "three-day meeting, convened jointly by the Lakeport Water Council and the two governments, opens "
        "on 20 November 1995."
    )
    assert roles(ex, "organiser") == {
        "Lakeport Water Council",
        "Government of Chile",
        "Government of Peru",
    }


def test_royal_style_of_a_government_is_the_same_government() -> None:
    ex = run("The workshop was co-hosted by the Royal Norwegian Government and the Lakeport Water Council.")
    assert "Government of Norway" in roles(ex, "organiser")
    assert "Royal Norwegian Government" not in org_names(ex)


def test_royal_society_stays_a_body_of_its_own() -> None:
    ex = run("The Lakeport Royal Society hosted the Lakeport Water Workshop.")
    assert "Lakeport Royal Society" in org_names(ex)


def test_forum_that_holds_a_roundtable_is_a_body_not_an_event() -> None:
    ex = run(
        "On the eve of the meeting, the Lakeport Civil Society Forum (LCSF) held a roundtable on the "
        "rights of fishers."
    )
    assert "Lakeport Civil Society Forum" in org_names(ex)
    assert "Lakeport Civil Society Forum" not in event_names(ex)


def test_forum_held_in_a_city_stays_an_event() -> None:
    ex = run("The Lakeport Water Forum held in Lakeport on 3 May 2022 brought together 300 delegates.")
    assert "Lakeport Water Forum" in event_names(ex)


def test_forum_representing_a_group_is_a_body() -> None:
    ex = run(
        "Employers were represented by the Lakeport Business Forum, while workers were represented by "
        "the Lakeport Trade Union Council."
    )
    assert "Lakeport Business Forum" in org_names(ex)
    assert event_names(ex) == set()


def test_ordinal_apposition_describes_the_event_before_it() -> None:
    ex = run(
        "Officials met in Lakeport on 9-10 November for a round table on the protection of fishers, the "
        "first meeting of its kind to be held in Lakeland."
    )
    assert event_names(ex) == {"round table on the protection of fishers"}


def test_capitalised_unit_of_an_owner_named_by_a_known_acronym_is_that_body() -> None:
    ex = run(
        "The Lakeport Water Forum, hosted by the Lakeport Water Council, was funded by the United States "
        "Government's Development Aid agency (USAID)."
    )
    assert roles(ex, "sponsor") == {"United States Agency for International Development"}
    assert not any("Development Aid agency" in n for n in org_names(ex))


def test_capitalised_unit_of_an_owner_with_an_unknown_acronym_keeps_its_name() -> None:
    ex = run(
        "The Lakeport Water Forum, hosted by the Lakeport Water Council, was funded by the Lakeland "
        "Commission's Water Aid department (LWAD)."
    )
    assert roles(ex, "sponsor") == {"Lakeland Commission's Water Aid department"}
