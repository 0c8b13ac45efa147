"""Round 22a (speakers' names, roles and organisations): religious forms of address before a name, a gloss
after a title's organisation, an age right after a name. Invented sentences."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_religious_form_of_address_is_no_part_of_the_name() -> None:
    ex = run(
        "Sister Maria Lopes, Director of Casa Aurora, described the situation of girls who travel alone. "
        '"They need shelter first," she said.'
    )
    assert speakers(ex) == {"Maria Lopes"}
    assert aff(ex, "Maria Lopes") == ("Director", "Casa Aurora")


def test_two_word_name_after_a_religious_word_is_kept() -> None:
    # Only a full name after the word loses it: "Father Tomas" alone has nothing else to be called.
    ex = run('"We will open the doors," said Father Tomas.')
    assert speakers(ex) == {"Father Tomas"}


def test_gloss_after_the_title_names_the_body_and_is_no_role() -> None:
    ex = run(
        "Dora Felipe, Director of Casa Refugio Luz, a shelter in Puerto Lindo, told the seminar that "
        '"every child deserves a safe bed".'
    )
    assert aff(ex, "Dora Felipe") == ("Director", "Casa Refugio Luz")


def test_gloss_that_is_no_kind_of_body_does_not_split_the_title() -> None:
    ex = run(
        "Dora Felipe, Director of Casa Refugio Luz, a former nurse, told the seminar that "
        '"every child deserves a safe bed".'
    )
    assert aff(ex, "Dora Felipe") != ("Director", "Casa Refugio Luz")


def test_religious_word_after_a_speech_verb() -> None:
    ex = run('"We will open the doors," said Father Tomas Reyes.')
    assert speakers(ex) == {"Tomas Reyes"}


def test_age_after_the_name_is_no_role() -> None:
    ex = run('Amy Tran, 15, a member of the Young Writers Circle, said that "we want to be heard".')
    role, _ = aff(ex, "Amy Tran")
    assert role is not None and not role[0].isdigit()
    assert "15" not in role


LISTED = (
    "The Minister of Water Bo Lind opened the talks.\n"
    "Also addressing the conference were:\n"
    "Ola Hamsun, Assistant Minister of Water\n"
    "Prof. Kari Vinje, University of Lakeport\n"
    "In their conclusions, the ministers agreed to meet again."
)


def test_title_on_the_list_line_above_is_the_name_above() -> None:
    ex = run(LISTED)
    assert aff(ex, "Ola Hamsun")[0] == "Assistant Minister of Water"
    assert aff(ex, "Kari Vinje")[0] != "Assistant Minister of Water"


def test_title_wrapped_onto_the_line_above_in_prose_is_kept() -> None:
    ex = run(
        "The Head of the Lakeport Water Board, Ambassador\n"
        "Kari Vinje, underlined that cooperation on rivers remains central."
    )
    assert aff(ex, "Kari Vinje")[0] is not None


def test_calling_before_the_honorific_is_the_role_and_the_secondment_the_employer() -> None:
    ex = run(
        "Course instructor Dr. Helen Obuya, a forensic document examiner seconded from the Central Police "
        "Bureau, explained that graduates had examined many documents."
    )
    assert aff(ex, "Helen Obuya") == ("Course instructor", "Central Police Bureau")


def test_article_before_the_calling_is_no_sentence_opening_role() -> None:
    ex = run(
        "The instructor Dr. Helen Obuya, a forensic document examiner with the Central Police Bureau, "
        "explained that graduates had examined many documents."
    )
    assert aff(ex, "Helen Obuya") == ("forensic document examiner", "Central Police Bureau")


def test_acronym_heading_a_unit_name_is_the_organisation() -> None:
    ex = run('"Youth health matters," said Jane Roe of the UNICEF Country Support Team for the Caribbean.')
    assert aff(ex, "Jane Roe") == (None, "United Nations Children's Fund")


def test_unit_name_without_an_acronym_gives_no_acronym() -> None:
    from kg.extract.affilgloss import unit_acronym

    assert unit_acronym("UNICEF Country Support Team") == "UNICEF"
    assert unit_acronym("Country Support Team of UNICEF") == ""


def test_a_pair_joined_by_and_shares_the_body_after_the_second_name() -> None:
    ex = run(
        "The study, written by Amal Roy and Nila Das of the Centre for Coastal Studies, was discussed.\n\n"
        '"Coasts are moving," said Amal Roy.'
    )
    assert aff(ex, "Amal Roy") == (None, "Centre for Coastal Studies")


def test_a_pair_with_an_unknown_body_gets_none() -> None:
    ex = run('The study was written by Amal Roy and Nila Das of the coast. "Coasts move," said Amal Roy.')
    assert aff(ex, "Amal Roy") == (None, None)


def test_its_after_an_unnamed_body_does_not_reach_back_to_the_named_one() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) funded the project. On the first day the delegation met members of "
        "a fish cooperative run by ten women. Its chairperson, Mrs. Ada Obi, told the visitors that sales "
        "had doubled."
    )
    assert aff(ex, "Ada Obi") == ("chairperson", None)


def test_its_after_a_glossed_named_body_still_reaches_it() -> None:
    ex = run(
        "Tenaganita, a Malaysian NGO, welcomed the charter. Its executive director, Jane Doe, said that "
        '"workers need rights".'
    )
    assert aff(ex, "Jane Doe") == ("executive director", "Tenaganita")


def test_quoted_praise_after_thanked_for_its_is_the_subjects_quote() -> None:
    ex = run(
        'Agency Director Ms. Ada Obi thanked the Harbour Board for its "patient and flexible" partnership '
        "and recalled that the project would run until 2025."
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Ada Obi", "patient and flexible")]


def test_quoted_name_after_thanked_without_for_its_is_no_quote() -> None:
    ex = run('Agency Director Ms. Ada Obi thanked the crew of the "Sea Lark" and left the harbour.')
    assert not ex.quotes
