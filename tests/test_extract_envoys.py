"""A country's embassies and envoys stand for its government (GUIDELINES: a country acting)."""

from __future__ import annotations

from extracting import org_names, run


def test_embassies_of_a_list_of_countries_are_governments():
    ex = run(
        "Officials of the Lakeport Border Agency briefed representatives of the embassies of Norway, "
        "Chile and the United Kingdom on the new crossing points.\n"
    )
    governments = {"Government of Norway", "Government of Chile", "Government of the United Kingdom"}
    assert governments <= org_names(ex)


def test_permanent_representative_and_charge_d_affaires_name_their_governments():
    ex = run(
        "Ambassador Ana Ruiz, Permanent Representative of Peru and Chair of the Lakeside Council, opened "
        "the session. The Chargé d'affaires of Portugal, Rui Matos, said his government would help.\n"
    )
    assert {"Government of Peru", "Government of Portugal"} <= org_names(ex)


def test_a_country_as_a_place_stays_a_place():
    ex = run("The Lakeport Border Agency trained officers in Norway and Chile last spring.\n")
    assert not {"Government of Norway", "Government of Chile"} & org_names(ex)


def test_countries_admitted_as_member_states_are_governments():
    ex = run("The Lakeside Council admitted Bhutan, Fiji and Tonga as new member states on its first day.\n")
    assert {"Government of Bhutan", "Government of Fiji", "Government of Tonga"} <= org_names(ex)
