"""Round A37: speakers' titles and organisations (invented sentences)."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_bare_title_takes_full_title_and_owner_introduced_before() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) hosted the meeting. LWA's Regional Director for the Northern Coast "
        'also addressed the session. "We start today," said the Regional Director, Ms. Hanna Veltrop.'
    )
    assert aff(ex, "Hanna Veltrop") == ("Regional Director for the Northern Coast", "Lakeport Water Agency")


def test_bare_title_after_the_body_and_title_introduced_before() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) hosted the meeting. The LWA Undersecretary for Rivers and Dams told "
        'participants that work had begun. "We start today," said Undersecretary Doria Maskell.'
    )
    assert aff(ex, "Doria Maskell") == ("Undersecretary for Rivers and Dams", "Lakeport Water Agency")


def test_two_introductions_of_the_same_head_leave_the_bare_title() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) and the Elara River Board (ERB) met. "
        "LWA's Director for the Coast and "
        'ERB\'s Director for the Hills attended. "We start today," said the Director, Ms. Hanna Veltrop.'
    )
    assert aff(ex, "Hanna Veltrop")[0] == "Director"


def test_calling_in_a_life_story_appositive_is_no_role() -> None:
    ex = run(
        "Mara Velden, a teacher from Lakeport who arrived with her two sons in March, now helps at the "
        'centre. "We were welcomed here," Velden said.'
    )
    assert aff(ex, "Mara Velden") == (None, None)


def test_status_noun_with_a_who_clause_is_no_role() -> None:
    ex = run(
        'Tobin Arless, an Elaran refugee who runs a bakery in the camp, spoke at the fair. "Work gives us '
        'dignity," Arless said.'
    )
    assert aff(ex, "Tobin Arless")[0] is None


def test_professional_who_clause_keeps_the_calling() -> None:
    ex = run(
        "Dr. Ilse Marrow, a prison physician from Lakeport who presented data from three clinics, said "
        "care had improved."
    )
    assert aff(ex, "Ilse Marrow")[0] == "prison physician"


def test_three_word_name_after_a_one_word_portfolio_is_whole() -> None:
    ex = run("Opening the meeting, Director General of Migration Rafael Doria Almonte said that work began.")
    assert aff(ex, "Rafael Doria Almonte") == ("Director General of Migration", None)


def test_title_at_a_body_opening_with_a_title_adjective_splits_at_at() -> None:
    ex = run(
        "The Federal Water Office hosted the event. Minister of State at the Federal Water Office Jana Roe "
        'opened the discussion. "We will help," Roe said.'
    )
    assert aff(ex, "Jana Roe") == ("Minister of State", "Federal Water Office")


def test_title_re_mention_after_an_opening_clause_speaks() -> None:
    ex = run(
        "The Minister of Water, Hon. Dr. Petra Lindqvar, opened the pumping station. Speaking at the "
        "ceremony, the Minister urged districts to repair their wells."
    )
    assert "Petra Lindqvar" in speakers(ex)


def test_deputy_mayor_with_a_portfolio_takes_the_one_municipality() -> None:
    ex = run(
        "The forum was hosted by the City of Lakeport. A panel moderated by Deputy Mayor for Social Affairs "
        'Ilka Brandvold heard from residents. "We listen," Brandvold said.'
    )
    assert aff(ex, "Ilka Brandvold") == ("Deputy Mayor for Social Affairs", "City of Lakeport")


def test_right_honourable_is_an_honorific_not_part_of_the_title() -> None:
    ex = run("Lakeland must act, the Speaker of Parliament, Rt. Hon. Mara Lindqvist, said on Tuesday.")
    assert aff(ex, "Mara Lindqvist")[0] == "Speaker of Parliament"


def test_minister_portfolio_ending_in_a_body_word_stays_in_the_title() -> None:
    ex = run(
        "Ivo Karsten, Vice-Minister of Coastal Administration, said that his ministry was sending teams "
        "to the islands."
    )
    assert aff(ex, "Ivo Karsten")[0] == "Vice-Minister of Coastal Administration"


def test_envoy_title_after_a_list_and_keeps_the_full_title() -> None:
    ex = run(
        "The agreement was signed by the Lakeland Secretary for Security, Tomas Ruiz Lenz, and the Permanent "
        "Representative of Elaria to the Council, Ambassador Maria Doria. "
        '"This helps," said Ambassador Doria.'
    )
    assert aff(ex, "Maria Doria")[0] == "Permanent Representative of Elaria to the Council"
