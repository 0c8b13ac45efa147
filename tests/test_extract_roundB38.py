"""Round B38: a bare "the Government", acronym-bounded names, hosts acting through a body (invented)."""

from __future__ import annotations

from tests.extracting import org_names, roles, run


def test_a_bare_government_as_organiser_is_the_release_s_one_government() -> None:
    ex = run(
        "The Government of Nepal today launched the Lakeland Water Plan at a ceremony in Port Elara "
        "organized by the Government with the Harbour Trust."
    )
    assert "Government" not in org_names(ex)
    assert "Government of Nepal" in roles(ex, "organiser")


def test_a_name_defined_by_its_acronym_before_of_country_is_not_cut_at_its_and() -> None:
    ex = run("The Ministry of Lakes and Upland Regions (MOLUR) of Nepal held a dialogue on rivers.")
    assert "Ministry of Lakes and Upland Regions" in org_names(ex)
    assert "Ministry of Lakes" not in org_names(ex)


def test_a_host_acting_through_its_ministry_names_the_ministry_as_organiser_too() -> None:
    ex = run(
        "Ministers from Benin and Nepal met in Port Elara from 14 to 16 May 2023. The meeting was hosted "
        "by the Government of Nepal through its Ministry of the Interior, together with the Harbour Trust, "
        "which serves as secretariat of the Lakeland Dialogue."
    )
    assert {"Government of Nepal", "Ministry of the Interior", "Harbour Trust"} <= roles(ex, "organiser")


def test_a_host_acting_through_its_regional_office_names_no_second_organiser() -> None:
    ex = run(
        "Officials from Nepal met in Port Elara on 3 May 2023 for a regional meeting on river data. "
        "The meeting was convened by the Harbour Trust through its Regional Office for the Uplands."
    )
    assert roles(ex, "organiser") == {"Harbour Trust"}


def test_an_event_that_took_place_with_the_support_of_a_body_has_it_as_sponsor() -> None:
    ex = run(
        "Lakeland officials met in Port Elara on 3 May for the Lakeland Dialogue on Rivers. The Dialogue "
        "was organized by the Harbour Trust. It took place with the generous support of the Upland Aid "
        "Agency (UAA)."
    )
    assert roles(ex, "sponsor") == {"Upland Aid Agency"}


def test_a_partner_after_the_event_s_quoted_title_co_organises() -> None:
    ex = run(
        "On the first day of the Lakeland Water Forum in Geneva, the International Lake Committee (ILC) and "
        'the Government of Nepal co-hosted a side event, "Water Is Life: River Towns in the Uplands", '
        "together with the Upland Aid Agency (UAA)."
    )
    assert "Upland Aid Agency" in roles(ex, "organiser")


def test_an_event_held_under_a_funded_project_has_the_funder_as_sponsor() -> None:
    ex = run(
        "Heads of water services met in Port Elara on 3 May 2023 for a two-day meeting on river data. The "
        "meeting was organised by the Harbour Trust. It was held under a project on shared rivers funded by "
        "the Upland Aid Agency."
    )
    assert "Upland Aid Agency" in roles(ex, "sponsor")


def test_a_unit_named_through_its_country_s_ministry_keeps_its_own_name() -> None:
    ex = run(
        "The Harbour Trust held a workshop in Port Elara together with the General Department of Water of "
        "Nepal's Ministry of Interior. Jan Holm, Deputy Director General of the General Department of Water, "
        "said rivers matter."
    )
    assert {"General Department of Water", "Ministry of Interior"} <= org_names(ex)
    assert "General Department of Water of Nepal" not in org_names(ex)


def test_a_ministry_re_mentioned_by_a_word_of_its_portfolio_is_the_same_body() -> None:
    ex = run(
        "The Ministry of Rivers, Lakes and Coastal Protection (MRLCP) held a workshop on flood plans in Port "
        "Elara. The Harbour Trust commended the Rivers Ministry for an open drafting process."
    )
    assert "Rivers Ministry" not in org_names(ex)
    assert "Ministry of Rivers, Lakes and Coastal Protection" in org_names(ex)
