"""Round B31: police forces, permanent missions and a person inside a run of body names (invented text)."""

from __future__ import annotations

from extracting import aff, org_names, run


def test_city_police_force_is_a_body() -> None:
    ex = run("Speakers from the Lakeport Police Force and the Lakeport Immigration Service discussed it.")
    assert "Lakeport Police Force" in org_names(ex)


def test_country_police_force_is_a_body() -> None:
    ex = run("Officers of the Iceland Police Force joined the course on victim screening in Lakeport.")
    assert "Iceland Police Force" in org_names(ex)


def test_rank_with_police_before_the_person_is_no_body() -> None:
    ex = run("Police Colonel Arno Vell Tam of the Iceland Police Force opened the course on harbour checks.")
    assert org_names(ex) == {"Iceland Police Force"}
    assert aff(ex, "Arno Vell Tam")[1] == "Iceland Police Force"


def test_commissioner_of_police_then_person_then_force() -> None:
    ex = run(
        "Ada Rook of the Lakeport Bar Association sat on the panel with Deputy Commissioner of Police"
        " Rina Dask of the Lakeport Police Force."
    )
    assert "Lakeport Police Force" in org_names(ex)
    assert not any("Rina" in n for n in org_names(ex))


def test_country_police_and_next_person_of_another_body() -> None:
    ex = run(
        "The trainers are Inspector Rina Dask of the Iceland Police and Advocate Tom Veld of the"
        " Forum for Safe Migration (FSM)."
    )
    assert "Iceland Police" in org_names(ex)
    assert not any("Advocate" in n for n in org_names(ex))


def test_permanent_mission_keeps_permanent() -> None:
    ex = run(
        "The Head of the Permanent Mission of Elaria to the United Nations in Geneva, Ms. Rina Dask, said the"
        " plan was timely."
    )
    assert "Permanent Mission of Elaria to the United Nations in Geneva" in org_names(ex)


def test_church_of_and_its_synod_are_bodies() -> None:
    ex = run(
        "Pastor Pio Lant of the Eastern Synod of the Church of Lower Elaria (CLE) said that parishes had"
        " opened their halls to families."
    )
    assert {"Church of Lower Elaria", "Eastern Synod of the Church of Lower Elaria"} <= org_names(ex)


def test_permanent_mission_to_an_office_keeps_its_city() -> None:
    ex = run(
        "The side event was organised by the Lakeport Bar Association and the Permanent Mission of Elaria to"
        " the United Nations Office at Geneva, with support from Norway."
    )
    names = org_names(ex)
    assert "Permanent Mission of Elaria to the United Nations Office at Geneva" in names
    assert "Permanent Mission of Elaria to the United Nations Office" not in names


def test_chief_of_mission_for_a_region_is_a_title_not_a_body() -> None:
    ex = run("IOM's Chief of Mission for the Lakeland Islands, Ms. Rina Dask, presented the survey.")
    assert org_names(ex) == {"International Organization for Migration"}
    assert aff(ex, "Rina Dask")[1] == "International Organization for Migration"


def test_university_named_head_first_in_another_language() -> None:
    ex = run(
        "The study was written by Dr. Rina Dask of Universitas Lakeport Raya and Dr Tom Veld of the"
        " Elaria Institute."
    )
    assert "Universitas Lakeport Raya" in org_names(ex)


def test_body_and_a_one_word_body_of_the_release_are_two() -> None:
    ex = run(
        "The Lakeport Garment Exporters Association (LAKEGATE) met the Ministry of Labour. A hotline will be"
        " run by the Ministry of Labour and LAKEGATE in two languages."
    )
    assert org_names(ex) == {"Ministry of Labour", "Lakeport Garment Exporters Association"}


def test_constabulary_and_marechaussee_are_police_bodies() -> None:
    ex = run(
        "Instructors from the Royal Elaria Marechaussee and officers of the Lakeport Constabulary ran the"
        " border course."
    )
    assert {"Royal Elaria Marechaussee", "Lakeport Constabulary"} <= org_names(ex)


def test_department_of_a_field_of_the_ministry_is_a_unit_of_its_own() -> None:
    ex = run(
        "The round table was opened by the Department of Harbour Affairs of the Ministry of Coastal"
        " Development of Elaria."
    )
    names = org_names(ex)
    assert "Department of Harbour Affairs" in names
    assert not any(n.startswith("Department of Harbour Affairs of") for n in names)
