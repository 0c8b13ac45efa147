"""Round B43: invented sentences for the organisation, sponsor and organiser rules of round 43b."""

from __future__ import annotations

from tests.extracting import roles, run

from kg.extract.orgnames import gaz_lookup


def test_place_of_two_words_between_participle_and_organiser() -> None:
    ex = run(
        "Ministers attended a high-level meeting on river transport convened in Port Elara by the "
        "Lakeland Water Board. The meeting adopted a work plan."
    )
    assert "Lakeland Water Board" in roles(ex, "organiser")


def test_regional_consultative_process_short_form_is_its_entry() -> None:
    entry = gaz_lookup("Khartoum Process")
    assert entry is not None and entry.name == "Khartoum Process"
    alias = gaz_lookup("EU-Horn of Africa Migration Route Initiative")
    assert alias is not None and alias.name == "Khartoum Process"
