"""Round 40a: speakers' offices and organisations (invented releases)."""

from __future__ import annotations

from extracting import aff, run, speakers

ACME = "The Lakeport Water Authority (LWA) and the Harbour Trust met in Lakeport on Monday. "


def test_copular_office_with_possessive_body_drops_generic_tail() -> None:
    ex = run(
        ACME + "Mara Velden is the LWA's Chief Technical Adviser for the project. She told the meeting that "
        "pumps should be repaired before the rains."
    )
    assert "Mara Velden" in speakers(ex)
    assert aff(ex, "Mara Velden") == ("Chief Technical Adviser", "Lakeport Water Authority")


def test_copular_office_with_body_before_title_keeps_place() -> None:
    ex = run(
        ACME + 'Oskar Brandt is the LWA Representative in Lakeport. "Water is not a favour," he told the '
        "audience."
    )
    assert aff(ex, "Oskar Brandt") == ("Representative in Lakeport", "Lakeport Water Authority")


def test_copular_lowercase_description_is_no_office() -> None:
    ex = run(ACME + 'Oskar Brandt is a farmer near the lake. "We wait for water," he told the audience.')
    assert aff(ex, "Oskar Brandt")[0] != "farmer near the lake"


def test_according_to_possessive_owner_and_calling_before_name() -> None:
    ex = run(
        "The Lakeport Research Institute (LRI) released a study on Monday. According to the study's lead "
        "author, Mara Velden of LRI, many farmers borrow money at high rates."
    )
    assert "Mara Velden" in speakers(ex)
    assert aff(ex, "Mara Velden")[1] == "Lakeport Research Institute"


def test_according_to_a_document_is_no_speaker() -> None:
    ex = run(
        "The Lakeport Research Institute (LRI) released a study on Monday. According to the study's "
        "findings, Mara Velden Street floods every spring."
    )
    assert "Mara Velden" not in speakers(ex)


def test_fronted_for_body_gives_titled_speaker_organisation() -> None:
    ex = run(
        "The Lakeport Workers' Union (LWU) and the Harbour Trust met in Lakeport on Monday. For the Lakeport "
        "Workers' Union (LWU), General Secretary Mara Velden warned that wages had fallen."
    )
    assert "Mara Velden" in speakers(ex)
    assert aff(ex, "Mara Velden")[1] == "Lakeport Workers' Union"


def test_fronted_for_phrase_not_a_body_gives_nothing() -> None:
    ex = run(
        "The Harbour Trust met in Lakeport on Monday. For the first time, Mara Velden said that wages had "
        "fallen."
    )
    assert aff(ex, "Mara Velden")[1] is None


def test_panel_part_in_brackets_closing_a_list_line_is_no_part_of_the_title() -> None:
    ex = run(
        "The Harbour Trust held a panel in Lakeport on Monday.\n\nThe panel featured:\n"
        "- Oskar Brandt, Director, Harbour Trust;\n"
        "- Mara Velden, lawyer, Lakeport Legal Aid Society (moderator).\n\n"
        "Brandt described the new port rules."
    )
    assert aff(ex, "Mara Velden") == ("lawyer", "Lakeport Legal Aid Society")
