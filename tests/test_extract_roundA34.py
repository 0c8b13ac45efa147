"""Round A34: speakers' organisations from their titles (invented sentences)."""

from __future__ import annotations

from tests.extracting import aff, run, speakers


def test_permanent_representative_and_chair_gets_government() -> None:
    ex = run(
        "Member states of the Lakeside Migration Agency met in Port Elara for the annual session.\n\n"
        "Ambassador Marta Ellwood-Santos, Permanent Representative of Peru and Chair of the Council, "
        "said the Agency had never been busier."
    )
    assert aff(ex, "Marta Ellwood-Santos")[1] == "Government of Peru"


def test_governor_of_place_gets_named_governorate() -> None:
    ex = run(
        "The Lakeside Migration Agency opened a clinic on Monday, "
        "in partnership with the Minya Governorate.\n\n"
        "Tarek Halloun, Governor of Minya, said the clinic would serve 20,000 people."
    )
    assert aff(ex, "Tarek Halloun") == ("Governor of Minya", "Minya Governorate")


def test_bare_deputy_director_general_takes_director_generals_body() -> None:
    ex = run(
        "The Lakeside Migration Agency (LMA) held its council in Port Elara.\n\n"
        "Oskar Brenning, the LMA's Director General, told delegates that funding had fallen. "
        "Deputy Director General Nadia Fenwick-Olu presented the budget and said savings were needed."
    )
    assert aff(ex, "Oskar Brenning")[1] == "Lakeside Migration Agency"
    assert aff(ex, "Nadia Fenwick-Olu") == ("Deputy Director General", "Lakeside Migration Agency")


def test_charge_daffaires_before_name_is_a_title() -> None:
    ex = run("The Chargé d'affaires of Peru, Piet Vandermolen, said his government was studying the plan.")
    assert aff(ex, "Piet Vandermolen") == ("Chargé d'affaires", "Government of Peru")


def test_speaker_named_by_surnames_takes_full_name() -> None:
    ex = run(
        "Delegates elected Ambassador Ilse Marten Kovar as Chair of the session in Port Elara.\n\n"
        "In her opening statement, Ambassador Marten Kovar told delegates that the agenda was long."
    )
    assert speakers(ex) == {"Ilse Marten Kovar"}


def test_plural_people_in_portfolio_is_no_person() -> None:
    ex = run(
        "The panel was moderated by the Minister Delegate in charge of Peruvians Living Abroad, "
        "Ines Calvario-Ruiz, who said remittances had doubled."
    )
    assert speakers(ex) == {"Ines Calvario-Ruiz"}
    assert aff(ex, "Ines Calvario-Ruiz")[0] == "Minister Delegate in charge of Peruvians Living Abroad"


def test_panel_moderated_by_one_and_heard_from_another() -> None:
    ex = run(
        "The panel on diaspora bonds was moderated by the Minister of Finance of Peru, Ines Calvario-Ruiz, "
        "and heard from Marta Olsen-Vik, Chairperson of the Lakeport Diaspora Council, and Jonas Bekele, "
        "State Minister of Foreign Affairs of Kenya."
    )
    assert speakers(ex) == {"Ines Calvario-Ruiz", "Marta Olsen-Vik", "Jonas Bekele"}


def test_quote_by_title_alone_names_the_titled_person() -> None:
    ex = run(
        "Vice-Minister of Works Tomas Revilla Ocampo cut the ribbon together with the Ambassador of Peru "
        "to Lakeland, Ines Calvario-Ruiz. "
        '"This post shows that we can manage the border with dignity," the Vice-Minister said.'
    )
    assert speakers(ex) == {"Tomas Revilla Ocampo"}


def test_minister_in_charge_of_takes_that_ministry_over_a_donor_government() -> None:
    ex = run(
        "The Agency, in collaboration with the Ministry in Charge of Peruvians Living Abroad, held a side "
        "event on oases. The event, made possible by funding from the Government of Belgium, presented a "
        "study.\n\nThe Minister Delegate in Charge of Peruvians Living Abroad, Ines Calvario-Ruiz, opened "
        "the event."
    )
    assert aff(ex, "Ines Calvario-Ruiz")[1] == "Ministry in Charge of Peruvians Living Abroad"
