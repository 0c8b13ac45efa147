"""Round A38: speakers, their roles and organisations (invented sentences)."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_justice_is_a_judge_title_before_the_name() -> None:
    ex = run(
        "Justice Mara Velden of the Lakeport High Court told participants that courts must act. "
        '"We start today," she said.'
    )
    assert aff(ex, "Mara Velden") == ("Justice", "Lakeport High Court")


def test_office_before_a_judges_style_is_the_full_title() -> None:
    ex = run(
        "The Chief Judge of Lakeport State, Hon. Justice Mara Velden, opened the session. "
        '"We start today," the Chief Judge said.'
    )
    assert "Mara Velden" in speakers(ex)
    assert aff(ex, "Mara Velden")[0] == "Chief Judge of Lakeport State"


def test_courtesy_word_that_ends_a_name_is_the_surname() -> None:
    ex = run(
        "The Commissioner of Water of Lakeland, Hanna S. Mama, presented the new river records, and "
        "Tomas Orrin of the Lakeport Labour Board spoke on seasonal workers."
    )
    assert {"Hanna S. Mama", "Tomas Orrin"} <= speakers(ex)


def test_courtesy_word_before_a_name_stays_an_honorific() -> None:
    ex = run(
        'Mzee Tomas Orrin of the Lakeport Elders Council opened the meeting. "We start today," Orrin said.'
    )
    assert "Tomas Orrin" in speakers(ex)


def test_bracketed_field_after_a_title_stays_in_the_role() -> None:
    ex = run(
        "Tomas Orrin, First Secretary (Development) at the Lakeland High Commission in Port Elara, "
        "also addressed the workshop."
    )
    assert aff(ex, "Tomas Orrin")[0] == "First Secretary (Development)"


def test_bracketed_field_before_the_name_stays_in_the_role() -> None:
    ex = run(
        'The Minister of State for Water (Rural Supply), Hon. Tomas Orrin, opened the workshop. "We start," '
        "he said."
    )
    assert aff(ex, "Tomas Orrin")[0] == "Minister of State for Water (Rural Supply)"


def test_bracketed_acronym_after_a_title_is_no_field() -> None:
    ex = run("Tomas Orrin, Director of the Lakeport Water Agency (LWA), also addressed the workshop.")
    assert aff(ex, "Tomas Orrin") == ("Director", "Lakeport Water Agency")


def test_as_did_adds_a_speaker_to_the_act() -> None:
    ex = run(
        "Tomas Orrin, Director of the Lakeport Water Agency, and Vera Lindqvist of the Elara River Board "
        "also addressed the workshop, as did Hanna Veltrop, Deputy Head of Mission at the Lakeland Embassy."
    )
    assert {"Tomas Orrin", "Vera Lindqvist", "Hanna Veltrop"} <= speakers(ex)
    assert aff(ex, "Hanna Veltrop")[0] == "Deputy Head of Mission"


def test_as_did_after_no_speaker_adds_none() -> None:
    ex = run("The Government of Lakeland supported the project, as did Hanna Veltrop.")
    assert "Hanna Veltrop" not in speakers(ex)


def test_list_after_together_with_continues_the_joint_speakers() -> None:
    ex = run(
        "The Director of the Lakeport Water Agency, Tomas Orrin, then addressed participants together with "
        "Vera Lindqvist, Permanent Secretary of the Ministry of Water, Land and Forests, and Hanna Veltrop, "
        "Director of the Elara River Board. Orrin said that the river had risen."
    )
    assert {"Tomas Orrin", "Vera Lindqvist", "Hanna Veltrop"} <= speakers(ex)
    assert aff(ex, "Hanna Veltrop") == ("Director", "Elara River Board")


def test_office_introduced_without_a_name_goes_to_the_next_speaker() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) hosted the meeting.\n\n"
        "LWA's Director of Rivers and Coasts set the tone in the opening session, reminding delegates that "
        'floods were rising. "We start today," said Dr. Hanna Veltrop, who leads the division.'
    )
    assert aff(ex, "Hanna Veltrop") == ("Director of Rivers and Coasts", "Lakeport Water Agency")


def test_office_written_after_another_name_is_not_given() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) hosted the meeting.\n\n"
        "The panel brought together Tomas Orrin, LWA's "
        'Head of Field Office in Port Elara; and Hanna Veltrop, a volunteer from Dunmere. "We came here '
        'with nothing," Veltrop told the panel.'
    )
    assert aff(ex, "Hanna Veltrop")[0] != "Head of Field Office in Port Elara"
