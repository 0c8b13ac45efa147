"""Round A42: how a country's official, a re-mention and a unit head find their organisation."""

from __future__ import annotations

from extracting import aff, run


def test_possessive_minister_takes_acting_ministry() -> None:
    ex = run(
        "A seminar on water rights was organised by the Lakeport Institute in partnership with the "
        "Ministry of Water and Forests of Norway. Norway's Minister of Water and Forests, Jana Brodek, "
        'opened the seminar. "Rivers know no borders," she said.'
    )
    assert aff(ex, "Jana Brodek")[1] == "Ministry of Water and Forests of Norway"


def test_possessive_minister_keeps_government_without_acting_ministry() -> None:
    ex = run(
        "A seminar on water rights was organised by the Lakeport Institute. Norway's Minister of Water and "
        'Forests, Jana Brodek, opened the seminar. "Rivers know no borders," she said.'
    )
    assert aff(ex, "Jana Brodek")[1] == "Government of Norway"


def test_secretary_of_portfolio_takes_acting_department() -> None:
    ex = run(
        "The forum was co-sponsored by the Lakeport Institute and the Department of Coastal Affairs of "
        "Norway. Norway's Secretary of Coastal Affairs, Tomas Verhoef, told delegates that ports must "
        "share data."
    )
    assert aff(ex, "Tomas Verhoef") == (
        "Secretary of Coastal Affairs",
        "Department of Coastal Affairs of Norway",
    )


def test_title_at_bracketed_short_form_takes_that_body() -> None:
    ex = run(
        "The forum was organised by the Directorate for Coastal Health (DG COAST). Anna Berg, Director for "
        "Public Health at DG COAST, said that fishing crews need screening."
    )
    assert aff(ex, "Anna Berg") == ("Director for Public Health", "Directorate for Coastal Health")


def test_title_at_body_with_short_form_names_new_body() -> None:
    ex = run(
        "The closing panel was moderated by Tom Ray, journalist at Radio Lakeport Norte (RLN). Tom Ray said "
        "that the debate had been lively."
    )
    assert aff(ex, "Tom Ray") == ("journalist", "Radio Lakeport Norte")


def test_short_form_before_title_takes_body_named_only_as_organiser() -> None:
    ex = run(
        "The regional forum on survivor support was organised by the International Organization for "
        "Migration (IOM) and the United Nations Action for Safe Passage in Persons (UN-ASP) and hosted by "
        "the Lakeport Ministry of Social Affairs. Speakers included Anna Berg, UN-ASP Regional Project "
        "Manager. "
        "Ms. Berg told the forum that survivors need support."
    )
    assert aff(ex, "Anna Berg") == (
        "Regional Project Manager",
        "United Nations Action for Safe Passage in Persons",
    )


def test_in_charge_of_lowercase_unit_gives_its_owner() -> None:
    ex = run(
        "The hearing was organised with the Ministry of Coastal Affairs. Colonel Pavel Lenko, who is in "
        "charge of the anti-smuggling department of the Ministry of Coastal Affairs, said that 40 cases "
        "had been opened."
    )
    assert aff(ex, "Pavel Lenko") == ("Colonel", "Ministry of Coastal Affairs")


def test_bare_commissioner_beside_european_commission_takes_national_commission() -> None:
    ex = run(
        "The Lakeport Drought Relief Commission (LDRC) today launched an appeal. Representatives of the "
        "European Commission took part in the meeting. Commissioner Abel Tomsk told the meeting that the "
        "rains had failed."
    )
    assert aff(ex, "Abel Tomsk") == ("Commissioner", "Lakeport Drought Relief Commission")


def test_behalf_of_cabinet_secretary_gives_portfolio_ministry() -> None:
    ex = run(
        "The forum was hosted with the Ministry of Water and Coasts. Delivering remarks on behalf of the "
        "Cabinet Secretary for Water and Coasts, Ruth Amollo, the Principal Secretary, Dr Peter Kiroti, said "
        "that county plans would follow."
    )
    assert aff(ex, "Peter Kiroti") == ("Principal Secretary", "Ministry of Water and Coasts")


def test_title_of_proper_name_closing_a_body_name_takes_that_body() -> None:
    ex = run(
        "The training was hosted by the District Government of Tessin. District Administrator of Tessin "
        "Clara Mbeki told participants that the new shelters were ready."
    )
    assert aff(ex, "Clara Mbeki") == ("District Administrator", "District Government of Tessin")
