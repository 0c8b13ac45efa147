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


def test_country_under_whose_chairmanship_a_meeting_is_held_organises_it() -> None:
    ex = run(
        "Ministers adopted a declaration at the Fifth Ministerial Conference of the Lakeside Process, held "
        "in Port Elara under the chairmanship of the Republic of Chile and co-chaired by Hungary."
    )
    assert {"Government of Chile", "Government of Hungary"} <= roles(ex, "organiser")


def test_person_under_whose_chairmanship_a_meeting_is_held_is_no_organiser() -> None:
    ex = run(
        "Ministers met at the Fifth Ministerial Conference of the Lakeside Process, held in Port Elara "
        "under the chairmanship of Ms. Tala Verin, Minister of Fisheries."
    )
    assert roles(ex, "organiser") == set()


def test_elected_chair_and_vice_chairs_organise_the_meeting() -> None:
    ex = run(
        "Officials from 20 countries today concluded the Lakeside Regional Conference on Water Safety, held "
        "in Port Elara from 8 to 10 March 2022.\nChile was elected to chair the conference, with Peru and "
        "Hungary as vice-chairs."
    )
    assert {"Government of Chile", "Government of Peru", "Government of Hungary"} <= roles(ex, "organiser")


def test_country_that_will_host_a_named_meeting_in_a_relative_clause_organises_it() -> None:
    ex = run(
        "Officials concluded the Ninth Ministerial Meeting of the Lakeside Process today.\nThe findings will "
        "go to the Senior Officials' Meeting of the Lakeside Process, which Chile will host in Port Elara "
        "in November 2022."
    )
    assert "Government of Chile" in roles(ex, "organiser")


def test_country_taking_over_the_presidency_and_hosting_the_next_meeting_organises_it() -> None:
    ex = run(
        "Officials concluded the Ninth Ministerial Meeting of the Lakeside Process today.\nChile will "
        "assume the Pro Tempore Presidency and host the Tenth Ministerial Meeting of the Lakeside Process in "
        "Port Elara in June 2023."
    )
    assert "Government of Chile" in roles(ex, "organiser")


def test_pro_tempore_presidency_is_an_alias_of_the_chairing_government() -> None:
    ex = run(
        "Delegations from Chile, Peru and Hungary concluded the Ninth Ministerial Meeting of the Lakeside "
        "Process, held in Port Elara under the Pro Tempore Presidency of Chile.\nThe meeting was organised "
        "by the Pro Tempore Presidency together with the Lakeside Process Secretariat."
    )
    assert "Pro Tempore Presidency" not in org_names(ex)
    assert "Government of Chile" in roles(ex, "organiser")


def test_relative_clause_about_a_partner_body_names_no_organiser() -> None:
    ex = run(
        "Officials today concluded the Lakeside Regional Conference on Water Safety in Port Elara.\nThe "
        "conference was convened by the Lakeside Water Commission together with the Regional Network on "
        "Water for Lakeland, which is co-chaired by the Lakeside Water Commission and the Verin Foundation."
    )
    organisers = roles(ex, "organiser")
    assert "Lakeside Water Commission" in organisers
    assert "Verin Foundation" not in organisers


def test_body_hosted_by_another_that_co_organises_is_the_organiser() -> None:
    ex = run(
        "Officials today concluded the Lakeside Regional Conference on Water Safety in Port Elara.\nThe "
        "Lakeside Water Support Unit (LWSU), hosted by the Verin Foundation in Port Elara, co-organised "
        "the conference."
    )
    organisers = roles(ex, "organiser")
    assert "Lakeside Water Support Unit" in organisers
    assert "Verin Foundation" not in organisers


def test_bodies_that_provide_the_convening_secretariat_organise_the_meeting() -> None:
    ex = run(
        "Officials today concluded the Senior Officials' Meeting of the Lakeside Process in Port Elara.\nIt "
        "was convened by the Lakeside Process secretariat, which is provided jointly by the Verin Foundation "
        "and the Lakeside Water Commission."
    )
    assert {"Verin Foundation", "Lakeside Water Commission"} <= roles(ex, "organiser")


def test_press_release_label_under_the_issuer_is_no_part_of_its_name() -> None:
    ex = run(
        "The Ministry of Fisheries and Lake Affairs today opened a fish market.",
        lead="Government of Lakeland\nMinistry of Fisheries and Lake Affairs\nPress Release\n\n"
        "Port Elara, 3 September 2015\n\nNew fish market opened\n\n",
    )
    names = org_names(ex)
    assert "Ministry of Fisheries and Lake Affairs" in names
    assert "Ministry of Fisheries and Lake Affairs Press Release" not in names


def test_launcher_of_a_plan_is_no_organiser_of_a_launch_another_body_convened() -> None:
    ex = run(
        "The Ministry of Fisheries and Lake Affairs today launched the National Plan for Clean Lakes "
        "2022-2026 in Port Elara.\nThe launch ceremony was convened by the Lakeside Water Commission, "
        "which is chaired by the Ministry."
    )
    organisers = roles(ex, "organiser")
    assert "Lakeside Water Commission" in organisers
    assert "Ministry of Fisheries and Lake Affairs" not in organisers


def test_launcher_named_again_in_the_organiser_clause_stays_an_organiser() -> None:
    ex = run(
        "The Ministry of Fisheries and Lake Affairs and the Verin Foundation today launched the National "
        "Plan for Clean Lakes 2022-2026 in Port Elara.\nThe launch ceremony was jointly organised by the "
        "Verin Foundation and the Ministry."
    )
    assert {"Ministry of Fisheries and Lake Affairs", "Verin Foundation"} <= roles(ex, "organiser")


def test_former_name_of_the_bare_ministry_is_its_alias() -> None:
    ex = run(
        "The Ministry of Fisheries and Lake Affairs today opened a fish market in Port Elara.\nThe Ministry, "
        "which until 2015 was called the Ministry of Lakes, Rivers and Fisheries, built the market with "
        "local traders."
    )
    ministry = ex.organisation("Ministry of Fisheries and Lake Affairs")
    assert ministry is not None
    assert "Ministry of Lakes, Rivers and Fisheries" in ministry.aliases
    assert "Ministry of Lakes" not in org_names(ex)


def test_former_name_after_a_full_name_is_its_alias() -> None:
    ex = run(
        "The Lakeside Water Commission, which was formerly known as the Lakeside Water Board, opened a "
        "pumping station in Port Elara."
    )
    assert "Lakeside Water Board" not in org_names(ex)
    commission = ex.organisation("Lakeside Water Commission")
    assert commission is not None and "Lakeside Water Board" in commission.aliases


def test_body_name_closed_by_its_country_is_kept_whole() -> None:
    names = org_names(run("The Minister thanked the Lakeport Legal Centre Ireland for its case studies."))
    assert "Lakeport Legal Centre Ireland" in names


def test_state_government_is_an_organisation_named_as_written() -> None:
    names = org_names(run("The Agency thanked the Lakeport State Government for providing the venue."))
    assert "Lakeport State Government" in names
