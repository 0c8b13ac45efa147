"""Round B28: organisations read from list shapes (invented sentences only)."""

from __future__ import annotations

from extracting import org_names, run


def test_adverb_between_funding_verb_and_by_keeps_countries_as_funders() -> None:
    ex = run(
        "The Lakeport clinics programme, funded mainly by Norway and the United Kingdom, supplied tents."
    )
    assert {"Government of Norway", "Government of the United Kingdom"} <= org_names(ex)


def test_country_closing_a_list_of_named_funders_is_a_government() -> None:
    ex = run("The Lakeport shelter is funded largely by the Harbour Relief Fund (HRF) and the Netherlands.")
    assert "Government of the Netherlands" in org_names(ex)


def test_contributions_coming_from_countries_make_them_governments() -> None:
    ex = run("The main contributions this year have come from Norway, the European Union and Denmark.")
    assert {"Government of Norway", "Government of Denmark"} <= org_names(ex)


def test_government_officials_among_groups_from_countries() -> None:
    ex = run(
        "The Lakeport workshop brought together government officials, employers and trade unions "
        "from Malaysia and Thailand."
    )
    assert {"Government of Malaysia", "Government of Thailand"} <= org_names(ex)


def test_migrants_from_countries_stay_places() -> None:
    ex = run("Migrants from Norway and Denmark arrived in Lakeport by boat.")
    assert not {"Government of Norway", "Government of Denmark"} & org_names(ex)


def test_us_body_named_only_in_short_form_keeps_the_release_form() -> None:
    ex = run("The Lakeport course was funded by the US Agency for International Development.")
    names = org_names(ex)
    assert "US Agency for International Development" in names
    assert "United States Agency for International Development" not in names


def test_us_body_spelled_out_keeps_the_full_name() -> None:
    ex = run("The Lakeport course was funded by the United States Agency for International Development.")
    assert "United States Agency for International Development" in org_names(ex)
