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


FAX = (
    "HARBOUR PRESS BRIEFING NOTES - 4 May 2004\n"
    "Lakeland - Customs Officers Trained to Spot Forged Passports\n"
    "The Lakeport Migration Service (LMS) office in Port Elara this week\n"
    "completed a five-day course for 30 officers of the Lakeland Customs\n"
    "Service (LCS) Document Examination Unit, held from 3 to 7 May 2004\n"
    "at the Port Elara Training Centre in the old harbour district.\n"
)


def _kinds(text: str) -> list[tuple[str, str]]:
    from kg.model import Release
    from kg.segment import segment

    doc = segment(Release(id="t", source="t.txt", text=text))
    return [(s.kind, doc.text[s.start : s.end]) for s in doc.segments]


def test_place_dash_headline_run_into_wrapped_body_is_a_headline() -> None:
    kinds = _kinds(FAX)
    assert ("headline", "Lakeland - Customs Officers Trained to Spot Forged Passports") in kinds
    body = next(t for k, t in kinds if k == "paragraph")
    assert body.startswith("The Lakeport Migration Service")


def test_name_with_acronym_opening_a_wrapped_line_is_no_dateline() -> None:
    kinds = _kinds(FAX)
    assert not any(k == "dateline" and t.startswith("Service") for k, t in kinds)
    assert sum(k == "paragraph" for k, _ in kinds) == 1


def test_national_branch_of_a_known_network_ends_a_list_item() -> None:
    from extracting import roles

    ex = run(
        "Young people met at the Lakeport Youth Forum on Safe Travel organized by Terre des Hommes UK "
        "and Plan International."
    )
    assert roles(ex, "organiser") == {"Terre des Hommes UK", "Plan International"}
