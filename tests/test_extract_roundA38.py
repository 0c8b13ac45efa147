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
