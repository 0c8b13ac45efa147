"""Round 31a (speakers, their roles and organisations): a role that names a small body by its kind ("editor
of the Lakeport weekly Tidings", "founder of the collective Voces Unidas") or a foreign-language university
after "at the" gives up that body. Invented sentences."""

from __future__ import annotations

from extracting import aff, run


def test_editor_of_a_weekly_works_for_it() -> None:
    ex = run(
        'The workshop on reporting migration opened on Monday. "Stories must start with people," said Nils '
        "Varden, editor of the Lakeport weekly Tidings.\n"
    )
    assert aff(ex, "Nils Varden") == ("editor", "Tidings")


def test_director_of_a_shelter_run_by_an_ngo_works_for_the_ngo() -> None:
    ex = run(
        "The shelter reopened last week. Mira Solen, director of the Lakeport shelter run by the local NGO "
        'Casa e Lumen, said: "Victims need help in the first days."\n'
    )
    assert aff(ex, "Mira Solen") == ("director", "Casa e Lumen")


def test_founder_of_a_collective_works_for_it() -> None:
    ex = run(
        "Ms Ada Korvel, founder of the migrant women's collective Voces sin Muros, said the group had helped "
        "four hundred families.\n"
    )
    assert aff(ex, "Ada Korvel") == ("founder", "Voces sin Muros")


def test_dean_at_a_foreign_university_keeps_the_faculty_in_the_role() -> None:
    ex = run(
        "The report was presented by Professor Luis Arrenta, Dean of the Faculty of Law at the Universidad "
        'del Lago. "Remittances keep towns alive," he said.\n'
    )
    assert aff(ex, "Luis Arrenta") == ("Dean of the Faculty of Law", "Universidad del Lago")


def test_a_kind_word_inside_the_name_is_not_cut() -> None:
    ex = run(
        'Jon Ferrel, treasurer of the Lakeport Fishers Cooperative Society, said: "Prices have halved."\n'
    )
    assert aff(ex, "Jon Ferrel")[1] != "Society"


def test_speaker_of_an_unknown_university_works_there() -> None:
    ex = run(
        "The survey was discussed in Lakeport. Dr. Hana Morvel of Lakeport University, who led the survey, "
        'said: "Half of the workers had no contract."\n'
    )
    assert aff(ex, "Hana Morvel") == (None, "Lakeport University")


def test_speaker_of_an_ngo_named_after_its_kind_works_there() -> None:
    ex = run(
        "The panellists were Ms Rena Ostrow, a child protection officer, and Mr Paul Kessendi of the Elarian "
        "NGO Maison pour l'Enfance (MPE). Kessendi said the children needed schools first.\n"
    )
    assert aff(ex, "Paul Kessendi") == (None, "Maison pour l'Enfance")


def test_speaker_of_a_long_coalition_name_works_there() -> None:
    ex = run(
        "Mr. Tobin Varle of the Lakeland Coalition of Harbour Workers presented findings on wages, and said "
        '"the rules must change."\n'
    )
    assert aff(ex, "Tobin Varle") == (None, "Lakeland Coalition of Harbour Workers")


def test_speaker_of_a_place_gets_no_body() -> None:
    ex = run('Mr. Tobin Varle of Lakeport said: "The rules must change."\n')
    assert aff(ex, "Tobin Varle")[1] is None


def test_titled_speaker_of_an_unknown_service_keeps_title_and_gets_body() -> None:
    ex = run(
        "The trainers were Inspector Mara Quill of the Lakeport Police Service and a lawyer. Quill said the "
        "course would run for a week.\n"
    )
    assert aff(ex, "Mara Quill") == ("Inspector", "Lakeport Police Service")


def test_untitled_speaker_with_a_university_appositive_works_there() -> None:
    ex = run(
        "Also addressing the forum were: Prof. Lina Varo, University of St. Elmo and Lakeport, Elara "
        "In their conclusions, the ministers agreed to meet again. Varo said the data were clear.\n"
    )
    assert aff(ex, "Lina Varo") == (None, "University of St. Elmo and Lakeport")
