"""Round B42: invented sentences for the organisation rules of round 42b."""

from __future__ import annotations

from tests.extracting import aff, org_names, roles, run, speakers


def test_body_name_stops_before_its_heads_name() -> None:
    ex = run(
        "Head of the State Water Service Maria Lindqvist opened the meeting by recalling the floods. "
        '"We must act," she said.'
    )
    assert "State Water Service" in org_names(ex)
    assert "Maria Lindqvist" in speakers(ex)
    assert aff(ex, "Maria Lindqvist") == ("Head", "State Water Service")


def test_radio_station_with_its_acronym_is_a_body() -> None:
    ex = run("The panel was moderated by Ana Berg, a journalist at Radio Nacional de Lakeland (RNL).")
    assert "Radio Nacional de Lakeland" in org_names(ex)


def test_clinic_is_a_body() -> None:
    ex = run("Staff of the Lake Shore Clinic said the clinic treated migrants.")
    assert "Lake Shore Clinic" in org_names(ex)


def test_event_named_in_capitals_takes_the_initiative_clause() -> None:
    ex = run(
        "Some 60 officials, judges and representatives of non-governmental organisations met in Lakeport "
        "today for the ROUND TABLE ON THE REFORM OF WATER LAWS IN LAKELAND, held at the initiative of the "
        "Lakeland Water Council and the Riverside Rights Centre. The round table is part of a project "
        "funded by the Lakeland Fund."
    )
    assert {"Lakeland Water Council", "Riverside Rights Centre"} <= roles(ex, "organiser")


def test_list_keeps_a_known_name_with_trafficking_in_whole() -> None:
    ex = run(
        "The National Council for Combating Trafficking in Persons of Lakeland met today. "
        "The seminar on shelters was organised by the Lakeland Water Council and the National Council "
        "for Combating Trafficking in Persons."
    )
    assert "National Council for Combating Trafficking in Persons" in roles(ex, "organiser")


def test_launchers_of_a_named_campaign_hold_its_launch() -> None:
    ex = run(
        "On the International Day of Rivers, the Lakeland Water Council and the Ministry of Rivers (MoR) "
        "today launched CLEAN BY 2030, a national campaign against river pollution. Speaking at the "
        'launch ceremony, Minister Tomas Brell said: "Our rivers are our future."'
    )
    assert roles(ex, "organiser") == {"Lakeland Water Council", "Ministry of Rivers"}


def test_body_kind_with_quoted_own_name_is_one_name() -> None:
    ex = run('The shelter in Lakeport is run by the International Centre "Lake Shore", the minister said.')
    assert 'International Centre "Lake Shore"' in org_names(ex)
    assert "International Centre" not in org_names(ex)


def test_quoted_own_name_keeps_a_possessive_lead() -> None:
    ex = run(
        'Olha Berg, director of the International Women\'s Rights Centre "Lake Shore", told deputies '
        "that the hotline had received calls."
    )
    assert org_names(ex) == {'International Women\'s Rights Centre "Lake Shore"'}


def test_parent_led_hyphenated_acronym_names_a_body() -> None:
    ex = run(
        "The meeting was organised by the Lakeland Institute and the United Nations Action for Clean "
        "Rivers in Lakeland (UN-ACR). Jon Tarr, UN-ACR Regional Project Manager, said the rivers were "
        "polluted."
    )
    assert org_names(ex) == {"Lakeland Institute", "United Nations Action for Clean Rivers in Lakeland"}
    assert aff(ex, "Jon Tarr") == (
        "Regional Project Manager",
        "United Nations Action for Clean Rivers in Lakeland",
    )
