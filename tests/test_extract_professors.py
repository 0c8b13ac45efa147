"""A spelled-out "Professor" before a speaker's name is her role when the text gives no other; the
abbreviation and a title of office leave it alone. Invented sentences."""

from __future__ import annotations

from extracting import aff, run


def test_professor_with_no_other_title_is_the_role() -> None:
    ex = run(
        "The forum met in Lakeport. Professor Ilse Varnhagen of the University of Lakeport presented new "
        "figures on seasonal work.\n"
    )
    assert aff(ex, "Ilse Varnhagen") == ("Professor", "University of Lakeport")


def test_associate_professor_keeps_its_rank() -> None:
    ex = run(
        "The forum met in Lakeport. Associate Professor Tomas Reinholt said that the figures were too low.\n"
    )
    assert aff(ex, "Tomas Reinholt")[0] == "Associate Professor"


def test_abbreviated_prof_is_no_role() -> None:
    ex = run("The forum met in Lakeport. Prof. Ilse Varnhagen said that the figures were too low.\n")
    assert not aff(ex, "Ilse Varnhagen")[0]


def test_a_title_of_office_wins_over_professor() -> None:
    ex = run(
        "The forum met in Lakeport. Professor Ilse Varnhagen, Dean of the Faculty of Law at the University "
        "of Lakeport, said that the figures were too low.\n"
    )
    assert aff(ex, "Ilse Varnhagen")[0] == "Dean of the Faculty of Law"
