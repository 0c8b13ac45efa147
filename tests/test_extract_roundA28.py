"""Round A28: speakers and their roles set off by dashes, titles before the name. Invented text only."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_dashed_appositive_between_name_and_verb() -> None:
    ex = run(
        "Ms. Maren T. Olsby-Kray - Deputy Director of the Lakeport Coast Guard - "
        "told the opening session that 40 officers had finished the course."
    )
    assert "Maren T. Olsby-Kray" in speakers(ex)
    assert aff(ex, "Maren T. Olsby-Kray") == ("Deputy Director", "Lakeport Coast Guard")


def test_dashed_title_in_a_speaker_list() -> None:
    ex = run(
        "Speakers at the closing session included:\n\n"
        "- Dr. Orrin Vascombe - Executive Director, Lakeport Water Alliance;\n"
        "- Ms. Hedda Quill - Representative, Lakeport Health Fund.\n\n"
        "The session ended at noon."
    )
    assert {"Orrin Vascombe", "Hedda Quill"} <= speakers(ex)
    assert aff(ex, "Orrin Vascombe") == ("Executive Director", "Lakeport Water Alliance")
