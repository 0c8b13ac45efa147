"""Round 23a (speakers, their roles and organisations): more speaker-list forms, a bracketed appositive in a
list, a body's named unit after the title, an office's portfolio before a country. Invented sentences."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_speakers_in_a_named_panel_were() -> None:
    ex = run(
        "Speakers in the second panel, on housing, were Tomas Rua of the Elara Housing Trust; and "
        "Nadia Lin, Mayor of Port Elara."
    )
    assert speakers(ex) == {"Tomas Rua", "Nadia Lin"}


def test_session_moderators_were() -> None:
    ex = run("Session moderators were Tomas Rua, Director of the Elara Housing Trust, and Nadia Lin.")
    assert speakers(ex) == {"Tomas Rua", "Nadia Lin"}


def test_chaired_respectively_by() -> None:
    ex = run(
        "Two working sessions followed. They were chaired, respectively, by Tomas Rua (Attorney General of "
        "Elara) and Commissioner Nadia Lin (Elara Police Service)."
    )
    assert speakers(ex) == {"Tomas Rua", "Nadia Lin"}
    assert aff(ex, "Nadia Lin") == ("Commissioner", "Elara Police Service")


def test_mere_attendance_is_still_no_speech() -> None:
    ex = run("Participants at the meeting were Tomas Rua and Nadia Lin of the Elara Housing Trust.")
    assert speakers(ex) == set()


def test_bracketed_title_and_body_before_the_next_listed_name() -> None:
    ex = run(
        "The sessions were chaired by Tomas Rua (Attorney General of Elara), Dr. Mara Lind-Hyde (Permanent "
        "Secretary, Ministry of National Security of Elara) and Commissioner Ode Ba (Elara Police Service)."
    )
    assert aff(ex, "Mara Lind-Hyde") == ("Permanent Secretary", "Ministry of National Security of Elara")


def test_named_unit_of_a_known_body_after_the_title() -> None:
    ex = run(
        "Session moderators were Tomas Rua, Senior Specialist on Labour Standards, ILO Decent Work Support "
        "Team for the Lake Region; and Nadia Lin, Secretary-General of the Elara Workers' Alliance."
    )
    assert aff(ex, "Tomas Rua") == (
        "Senior Specialist on Labour Standards",
        "ILO Decent Work Support Team for the Lake Region",
    )


def test_unit_without_a_known_acronym_stays_in_the_title() -> None:
    ex = run("Tomas Rua, Senior Adviser, XQZ Support Team for the Lake Region, said that wages had fallen.")
    assert aff(ex, "Tomas Rua")[1] != "XQZ Support Team for the Lake Region"


def test_office_portfolio_before_a_country_is_the_title() -> None:
    ex = run(
        "The panel heard Ana Lima, Director of Public Prosecutions of Ghana, and Tomas Rua, Director of "
        "Social Action of Kenya, who both said that victims needed shelter."
    )
    assert aff(ex, "Ana Lima") == ("Director of Public Prosecutions", "Government of Ghana")


def test_office_of_a_named_body_before_a_country_keeps_the_body() -> None:
    ex = run("Ana Lima, Director of the National Police Academy of Ghana, said that training had begun.")
    assert aff(ex, "Ana Lima") == ("Director", "National Police Academy of Ghana")


def test_office_of_a_police_body_before_a_country_keeps_the_body() -> None:
    ex = run("Ana Lima, Deputy Director of the Border Police of Ghana, said that patrols had doubled.")
    assert aff(ex, "Ana Lima")[0] == "Deputy Director"


def test_verb_of_a_whose_clause_is_not_the_named_persons() -> None:
    ex = run(
        "Closing the meeting, the Minister thanked Vice-Governor Tomas Rua of Elara Province, whose "
        "provincial office had shared its experience with training."
    )
    assert speakers(ex) == set()


def test_closed_whose_clause_still_lets_the_person_speak() -> None:
    ex = run("Tomas Rua, whose office runs three shelters, said that funds were short.")
    assert speakers(ex) == {"Tomas Rua"}


def test_common_noun_possessive_is_no_part_of_the_title() -> None:
    ex = run("The host country's Minister of Health, Dr. Tomas Rua, explained that clinics had opened.")
    assert aff(ex, "Tomas Rua")[0] == "Minister of Health"


def test_title_and_body_in_the_next_sentence_after_a_pronoun() -> None:
    ex = run(
        "Also addressing the opening session was Ana Lima. She is\nthe Director of the Elara Gender Equality "
        "Centre, an NGO which\nhas run a hotline since 2002."
    )
    assert aff(ex, "Ana Lima") == ("Director", "Elara Gender Equality Centre")


def test_next_sentence_body_with_a_place_after_it() -> None:
    ex = run(
        "Ana Lima spoke for the non-governmental sector. She is the co-ordinator of the Dawn Women's Centre "
        "in Port Elara, which has assisted 150 women."
    )
    assert aff(ex, "Ana Lima") == ("co-ordinator", "Dawn Women's Centre")


def test_next_sentence_without_a_body_gives_nothing() -> None:
    ex = run("Ana Lima spoke for the NGOs. She is the mother of three children.")
    assert aff(ex, "Ana Lima") == (None, None)


def test_body_name_with_its_own_comma_list() -> None:
    ex = run(
        "Opening speakers were Ana Lima, Head of the Elara Office; Tomas Rua, Chairman of the Committee for "
        "Rivers, Lakes and Forests; and Ode Ba, Regional Representative of UNODC."
    )
    assert aff(ex, "Tomas Rua") == ("Chairman", "Committee for Rivers, Lakes and Forests")


def test_countries_after_the_body_are_no_more_of_its_name() -> None:
    ex = run("Ana Lima, Chief of Mission of IOM, Kenya and Uganda, said that jobs were scarce.")
    assert aff(ex, "Ana Lima") == ("Chief of Mission", "International Organization for Migration")


def test_broadcaster_named_by_its_medium() -> None:
    ex = run("The panels were moderated by the journalist Nadia Lin of Radio Elara.")
    assert aff(ex, "Nadia Lin") == ("journalist", "Radio Elara")


def test_listed_line_cut_after_of_runs_on_to_the_next_line() -> None:
    ex = run(
        "Presentations were made by:\nDr. Omar Ba, Director of Mental Health, Ministry of\nHealth of Elara;\n"
        "Mr. Tom Rua, Head of Delegation, Danish Red Cross."
    )
    assert aff(ex, "Omar Ba") == ("Director", "Ministry of Health of Elara")
    assert aff(ex, "Tom Rua") == ("Head of Delegation", "Danish Red Cross")


def test_rank_after_the_title_comma_is_no_role() -> None:
    ex = run("Elara's Drug Control Agency Director, General Tomas Rua, told participants that seizures rose.")
    assert aff(ex, "Tomas Rua")[0] == "Director"


def test_country_possessive_is_no_part_of_the_body() -> None:
    ex = run("Ghana's Drug Control Agency Director, General Tomas Rua, told participants that seizures rose.")
    assert aff(ex, "Tomas Rua") == ("Director", "Drug Control Agency")


def test_sub_national_government_after_a_ministers_portfolio() -> None:
    ex = run("Tomas Rua, Minister of Social Affairs of the Lake State Government, noted that wages rose.")
    assert aff(ex, "Tomas Rua") == ("Minister of Social Affairs", "Lake State Government")


def test_cabinet_secretarys_portfolio_with_commas_before_the_country() -> None:
    ex = run(
        "The awards were presented by the Cabinet Secretary for Public Service, Youth and Gender Affairs of "
        "Ghana, Ms. Ana Lima."
    )
    assert aff(ex, "Ana Lima") == (
        "Cabinet Secretary for Public Service, Youth and Gender Affairs",
        "Government of Ghana",
    )


def test_a_club_is_no_person_and_is_the_members_body() -> None:
    ex = run("Ana Lima, a member of the Harbour Readers Club, said that girls leave school early.")
    assert speakers(ex) == {"Ana Lima"}
    assert aff(ex, "Ana Lima") == ("member", "Harbour Readers Club")
