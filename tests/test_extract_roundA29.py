"""Round A29: speakers, their roles and organisations (invented sentences only)."""

from __future__ import annotations

from extracting import run, speakers


def test_jury_chair_is_no_speaker() -> None:
    ex = run(
        "The Lakeport Prize went to two ecologists. The jury was chaired by Dr. Marta Velloni, former "
        "director of the Lakeport Museum of Natural History."
    )
    assert "Marta Velloni" not in speakers(ex)


def test_jury_chair_in_apposition_is_no_speaker() -> None:
    ex = run(
        "A jury of five editors, chaired by Professor Tomas Errin of the University of Lakeport, "
        "selected the winners."
    )
    assert "Tomas Errin" not in speakers(ex)


def test_session_chair_still_speaks() -> None:
    ex = run("The session was chaired by Dr. Marta Velloni, who said the plan was ready.")
    assert "Marta Velloni" in speakers(ex)


def test_body_represented_by_its_president_is_no_speaker() -> None:
    ex = run(
        "The Union of Returned Fishers of Lakeport, represented by its president Selma Odari, will sit "
        "on the working group."
    )
    assert "Selma Odari" not in speakers(ex)


def test_minister_represented_by_deputy_lists_the_deputy() -> None:
    ex = run(
        "The Minister, who was abroad, was represented by the Deputy Minister of Fisheries, "
        "Hon. Selma Odari. "
        "The plan was adopted."
    )
    assert "Selma Odari" in speakers(ex)
