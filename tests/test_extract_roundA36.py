"""Round A36: speakers of Latin American, francophone and lusophone releases (invented sentences)."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_dra_between_title_and_name_is_no_part_of_either() -> None:
    ex = run(
        "LWA Executive Director Dra. Marta Lúcia Vernes welcomed the commitment "
        "of the Lakeport Water Agency (LWA)."
    )
    assert "Marta Lúcia Vernes" in speakers(ex)
    assert aff(ex, "Marta Lúcia Vernes")[0] == "Executive Director"


def test_dra_after_the_title_and_comma_keeps_the_title() -> None:
    ex = run('The Vice Minister for Water of Chile, Dra. Inés Carolina Ruedas Paz, stated: "We will act."')
    assert "Inés Carolina Ruedas Paz" in speakers(ex)
    assert aff(ex, "Inés Carolina Ruedas Paz")[0] == "Vice Minister for Water"


def test_portuguese_particle_do_is_part_of_the_name() -> None:
    ex = run("Ana do Vale Moreira, President of the Lakeport Statistics Institute, presented the survey.")
    assert "Ana do Vale Moreira" in speakers(ex)


def test_sem_is_an_honorific_and_the_person_spoken_for_is_no_speaker() -> None:
    ex = run(
        "S.E.M. Koffi Tano Aimé, Minister of Lakes, delivered the keynote address on behalf of the Prime "
        'Minister, S.E.M. Yapo Kra Désiré. "Leaving must be a choice," the Minister said.'
    )
    assert speakers(ex) == {"Koffi Tano Aimé"}


def test_title_in_a_compass_region_of_a_country() -> None:
    ex = run(
        "The Lakeport Water Agency Field Coordinator in northern Chile, Tomas Berg, said the aid would help."
    )
    assert aff(ex, "Tomas Berg") == ("Field Coordinator", "Lakeport Water Agency")


def test_unit_held_at_is_the_organisation_when_the_release_names_it() -> None:
    ex = run(
        "Tomas Berg, Director of Water Security at the General Secretariat of the African Union (SG-AU), "
        "presented the progress made."
    )
    assert aff(ex, "Tomas Berg") == ("Director of Water Security", "General Secretariat of the African Union")


def test_name_right_after_said_the_is_no_inverted_speaker() -> None:
    ex = run(
        "The Coordinator for Elaria, Tomas Berg, who joined the visit, said the Flash Appeal launched in May "
        "was half funded."
    )
    assert speakers(ex) == {"Tomas Berg"}
