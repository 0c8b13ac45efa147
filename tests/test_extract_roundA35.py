"""Round A35: speakers of European institutions and civil-society releases (invented sentences)."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_member_state_code_is_no_part_of_the_group() -> None:
    ex = run('Jana Kovel (Lakeport Group, LK) said: "We must act now."')
    assert aff(ex, "Jana Kovel") == (None, "Lakeport Group")


def test_co_rapporteur_is_a_title() -> None:
    ex = run("Co-rapporteur Jana Kovel (Lakeport Alliance, LK) warned that several states lagged behind.")
    assert "Jana Kovel" in speakers(ex)
    assert aff(ex, "Jana Kovel") == ("Co-rapporteur", "Lakeport Alliance")


def test_acronym_after_dg_names_the_directorate_not_the_person() -> None:
    ex = run("Director-General of DG LAKES Tomas Verhoef presented the plans of the Lakeport Commission.")
    assert "Tomas Verhoef" in speakers(ex)
    assert aff(ex, "Tomas Verhoef") == ("Director-General", "DG LAKES")


def test_survivor_who_now_works_with_a_group() -> None:
    ex = run(
        "Mara Solen, a survivor of trafficking who now works with the Lakeport Survivors Network, "
        "told the forum that she waited a year."
    )
    assert aff(ex, "Mara Solen") == (None, "Lakeport Survivors Network")


def test_works_with_an_acronym_gives_the_canonical_name() -> None:
    ex = run(
        "Mara Solen, a survivor of trafficking who works with LSN, told the forum that she waited a year. "
        "The Lakeport Survivors Network (LSN) hosted it."
    )
    assert aff(ex, "Mara Solen") == (None, "Lakeport Survivors Network")


def test_works_with_people_keeps_the_calling() -> None:
    ex = run("Mara Solen, a former police officer who now works with returnees, told the forum she waited.")
    assert aff(ex, "Mara Solen") == ("former police officer", None)


def test_particle_name_after_a_body_keeps_its_given_name() -> None:
    ex = run('The talks opened. Opening them, Executive Director of Europol Marten de Vries said: "Be fast."')
    assert "Marten de Vries" in speakers(ex)
    assert aff(ex, "Marten de Vries") == ("Executive Director", "Europol")


def test_acronym_after_the_is_no_part_of_the_name() -> None:
    ex = run("The meeting opened. Head of the LSC Mirela Dunai Sorel presented the centre's latest picture.")
    assert aff(ex, "Mirela Dunai Sorel") == ("Head", "LSC")


def test_fr_is_an_honorific() -> None:
    ex = run("Fr. Peter Molo, director of the Lakeport Refugee Service, said the schools were full.")
    assert speakers(ex) == {"Peter Molo"}
    assert aff(ex, "Peter Molo") == ("director", "Lakeport Refugee Service")


def test_religious_postnominal_letters_do_not_hide_the_appositive() -> None:
    ex = run(
        '"We ask donors to help," said Fr Peter Molo SJ, LRS Regional Director. '
        "The Lakeport Refugee Service (LRS) runs schools."
    )
    assert aff(ex, "Peter Molo") == ("Regional Director", "Lakeport Refugee Service")


def test_coordinated_speaker_whose_body_carries_an_acronym() -> None:
    ex = run(
        "The talks opened.\n\nGiulia Santo of the Lakeport Labour Organization (LLO) and\n"
        "Aleks Novan of the Lakeport Commission also addressed the launch."
    )
    assert {"Giulia Santo", "Aleks Novan"} <= speakers(ex)
    assert aff(ex, "Giulia Santo") == (None, "Lakeport Labour Organization")


def test_titled_member_takes_her_groups_acronym_from_the_bracket() -> None:
    ex = run("The hearing opened. Co-rapporteur Maria Eklo (L&G, LK) warned that several states lagged.")
    assert aff(ex, "Maria Eklo") == ("Co-rapporteur", "L&G")


def test_survivor_who_was_trafficked_and_now_volunteers_with_a_group() -> None:
    ex = run(
        "The talks opened. Olek Harsen, a construction worker who was trafficked from Lakeland in 2003 and "
        "now volunteers with Lake Strada Lakeland, told participants that he worked fourteen hours a day."
    )
    assert speakers(ex) == {"Olek Harsen"}
    assert aff(ex, "Olek Harsen") == (None, "Lake Strada Lakeland")
