"""Round B32: the organisation finder (invented releases)."""

from __future__ import annotations

from extracting import org_names, run


def test_ministry_portfolio_list_stays_whole_when_minister_holds_same_portfolio() -> None:
    ex = run(
        "The forum was hosted by the Government of Lakeland through the Ministry for Sport, Culture and "
        "Heritage Promotion.\nOpening the forum, the Minister for Sport, Culture and Heritage Promotion, "
        "Tala Verin, said the festival needed care."
    )
    names = org_names(ex)
    assert "Ministry for Sport, Culture and Heritage Promotion" in names
    assert "Heritage Promotion" not in names


def test_ngo_name_with_spanish_connector_is_read_whole() -> None:
    names = org_names(run("The plan was presented by Ms. Tala Verin of the Lakeland NGO Senderos de Vida."))
    assert "Senderos de Vida" in names
    assert "Senderos" not in names


def test_ngo_name_runs_over_common_word_to_its_head_word() -> None:
    names = org_names(run("The Lakeport-based NGO Verin Fishers Rights Forum was consulted on the design."))
    assert "Verin Fishers Rights Forum" in names
    assert "Verin Fishers" not in names


def test_company_name_with_and_is_read_back_when_its_acronym_spells_it() -> None:
    names = org_names(
        run("The Lakeport Overseas Trade and Services Limited (LOTSL) was consulted on the plan.")
    )
    assert "Lakeport Overseas Trade and Services Limited" in names
    assert "Services Limited" not in names


def test_company_name_after_and_stays_apart_when_acronym_spells_it_alone() -> None:
    names = org_names(run("They met Verin Shipping and Lakeport Logistics Limited (LLL)."))
    assert "Lakeport Logistics Limited" in names


def test_national_agency_named_field_then_country_is_known() -> None:
    names = org_names(run("The survey was designed with Statistics Norway and the Lakeport Fishers Council."))
    assert "Statistics Norway" in names
