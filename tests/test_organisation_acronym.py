"""Listings show a body's acronym beside its preferred name ("... for Refugees (UNHCR)") when the release
uses one: the acronym is chosen from the release's own forms, stored as kg:acronym, and every named query
that names an organisation shows it."""

from __future__ import annotations

import kg
from kg.model import Organisation


def test_acronym_is_the_release_form_that_abbreviates() -> None:
    org = Organisation("United Nations High Commissioner for Refugees", ["UN refugee agency", "UNHCR"])
    assert org.acronym == "UNHCR"


def test_no_acronym_from_country_names_or_forms_with_spaces() -> None:
    assert Organisation("Government of Japan", ["Japan"]).acronym is None
    assert (
        Organisation("Organization for Security and Co-operation in Europe", ["OSCE Presence"]).acronym
        is None
    )


def test_no_acronym_the_name_already_holds() -> None:
    assert Organisation("ILO Regional Office for Africa", ["ILO"]).acronym is None


def test_the_most_capitalised_and_shortest_form_wins() -> None:
    org = Organisation(
        "International Labour Office", ["ILO-IPEC", "International Labour Organization", "ILO"]
    )
    assert org.acronym == "ILO"


def test_named_queries_show_the_acronym_beside_the_name(tmp_path) -> None:
    src = tmp_path / "releases"
    src.mkdir()
    (src / "r1.txt").write_text(
        "Lakeport Fund backs migrant clinics\n\n"
        "LAKEPORT, 3 March 2021 - The Lakeport Health Alliance (LHA) opened a clinic today. The opening was "
        "sponsored by the Lakeport Fund for Migrant Health.\n\n"
        '"Care must reach everyone," said Dr. Mara Velk, Director of the LHA.\n',
        encoding="utf-8",
    )
    store = kg.open_store(tmp_path / "store")
    try:
        kg.build([src], store)
        orgs = {r["name"] for r in kg.query(store, "organisations").as_dicts()}
        assert "Lakeport Health Alliance (LHA)" in orgs
        assert "Lakeport Fund for Migrant Health" in orgs  # no short form in the release: the name alone
        speakers = {r["name"]: r["organisation"] for r in kg.query(store, "speakers").as_dicts()}
        assert speakers["Mara Velk"] == "Lakeport Health Alliance (LHA)"
        acronyms = [
            str(row["a"].value)
            for row in store.query(
                "SELECT ?a WHERE { GRAPH ?g { ?o <https://example.org/kg/ontology#acronym> ?a } }"
            )
        ]
        assert acronyms == ["LHA"]
    finally:
        store.close()
