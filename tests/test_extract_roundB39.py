"""Round B39: organisers read from how releases open (invented bodies, people and places)."""

from __future__ import annotations

from tests.extracting import aff, org_names, roles, run


def test_the_subject_that_presents_something_at_an_event_hosts_it() -> None:
    ex = run(
        "The Harbour Trust and the Lakeland Water Agency today presented the study on river fishing at a "
        "round table on fisheries held in Port Elara."
    )
    assert {"Harbour Trust", "Lakeland Water Agency"} <= roles(ex, "organiser")


def test_a_stated_organiser_wins_over_the_presenter() -> None:
    ex = run(
        "The Harbour Trust today presented the study on river fishing at a round table on fisheries "
        "in Port Elara. The round table was organised by the Lakeland Water Agency."
    )
    assert roles(ex, "organiser") == {"Lakeland Water Agency"}


def test_a_subject_with_a_comma_in_its_name_opens_the_event_with_its_partners() -> None:
    ex = run(
        "The Ministry of Lakes, Rivers and Fisheries, in cooperation with the Harbour Trust and the Upland "
        "Fund, today opened the National Consultation on River Safety in Port Elara."
    )
    assert {"Ministry of Lakes, Rivers and Fisheries", "Harbour Trust"} <= roles(ex, "organiser")


def test_a_known_name_with_a_comma_stays_whole_in_a_presenting_subject() -> None:
    ex = run(
        "The Harbour Trust and the Ministry of Lakes, Rivers and Fisheries of Nepal today presented the "
        "study on river fishing at a round table on fisheries held in Port Elara."
    )
    assert {"Harbour Trust", "Ministry of Lakes, Rivers and Fisheries"} <= roles(ex, "organiser")


def test_a_second_participle_s_partner_organises_too() -> None:
    ex = run(
        "Officials from six countries met in Port Elara for the Regional Seminar on River Safety. The "
        "seminar was hosted by the Lakeland Water Agency and organised with the Harbour Trust."
    )
    assert {"Lakeland Water Agency", "Harbour Trust"} <= roles(ex, "organiser")


def test_an_agent_after_a_span_of_days_organises() -> None:
    ex = run(
        "Experts from 12 countries took part in the Expert Consultation on River Safety, held on 23 and "
        "24 June 2021 by the Lakeland Water Agency in cooperation with the Harbour Trust."
    )
    assert {"Lakeland Water Agency", "Harbour Trust"} <= roles(ex, "organiser")


def test_a_title_s_modifiers_are_no_part_of_the_body_before_it() -> None:
    ex = run(
        "The Lakeland Ministry of Fisheries opened a hotline. “Every fisher counts,” said Ministry of "
        "Fisheries Deputy Permanent Secretary Anna Kovar."
    )
    assert not any("Deputy" in n or "Permanent" in n for n in org_names(ex))
    assert aff(ex, "Anna Kovar")[1] in {"Ministry of Fisheries", "Lakeland Ministry of Fisheries"}


def test_countries_acting_after_a_relative_clause_are_governments() -> None:
    ex = run(
        "The Harbour Trust held a meeting on fishing in Port Elara. Canada and the Netherlands, which "
        "support the Trust, were represented at the meeting by their ambassadors."
    )
    assert {"Government of Canada", "Government of the Netherlands"} <= org_names(ex)


def test_a_country_of_origin_before_a_relative_clause_stays_a_place() -> None:
    ex = run("Fishers from Canada, who arrived last year, were interviewed by the Harbour Trust.")
    assert "Government of Canada" not in org_names(ex)
