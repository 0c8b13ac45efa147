"""Round B33: organisations, sponsors and organisers (invented releases)."""

from __future__ import annotations

from extracting import org_names, roles, run


def test_bare_ministry_in_role_clause_is_the_release_ministry() -> None:
    ex = run(
        "The Ministry of Fisheries and Lake Affairs concluded a five-day training for harbour officers "
        "today.\nThe Ministry, which was once known as the Ministry of Lake Affairs, organised the "
        "training together with the Lakeport Harbour Board."
    )
    assert "Ministry of Fisheries and Lake Affairs" in roles(ex, "organiser")
    assert "Ministry" not in org_names(ex)


def test_adjective_republic_form_is_the_country_government() -> None:
    ex = run(
        "Senior officials ended a two-day meeting in Bishkek today.\nThe Senior Officials' Meeting of the "
        "Lakeside Process, held on 4 and 5 June 2021, was chaired by the Kyrgyz Republic."
    )
    assert "Government of Kyrgyzstan" in roles(ex, "organiser")
