"""Round A43: a speaker's office told by the next sentence's re-mention that names the body first ("The
LWA Director General told ..."; "LWA's Regional Director ... said"), also for a speaker whom only a
pronoun's quote makes one, and a diaspora portfolio whose demonym is its own plural (invented text)."""

from __future__ import annotations

from extracting import aff, run, speakers

LWA = "The Lakeport Water Authority (LWA) and the Government of Elaria held the meeting in Port Elara.\n\n"


def test_body_then_title_remention_gives_the_office() -> None:
    ex = run(
        LWA + "Tomas Vellender also addressed the opening session. The LWA Director General told ministers "
        "that river basins needed shared rules.\n"
    )
    assert "Tomas Vellender" in speakers(ex)
    assert aff(ex, "Tomas Vellender") == ("Director General", "Lakeport Water Authority")


def test_possessive_body_then_title_remention_gives_the_office() -> None:
    ex = run(
        LWA + "Anna Morrow-Kell spoke on the second day. LWA's Regional Director for the Northern Lakes said "
        "that pumps should be shared.\n"
    )
    assert aff(ex, "Anna Morrow-Kell") == (
        "Regional Director for the Northern Lakes",
        "Lakeport Water Authority",
    )


def test_title_in_the_body_remention_gives_the_office() -> None:
    ex = run(
        "The Ministry of Water and Forests of Elaria hosted the meeting in Port Elara.\n\n"
        "Piet Varenko welcomed the delegates on the first morning. The Deputy Director in the Ministry of "
        "Water and Forests said that wells were drying up.\n"
    )
    assert aff(ex, "Piet Varenko") == ("Deputy Director", "Ministry of Water and Forests")


def test_country_office_between_body_and_title_is_no_part_of_the_title() -> None:
    ex = run(
        LWA + "Mira Olsen-Dahl led the LWA team accompanying the delegation. The LWA Ethiopia Chief of "
        'Mission said the visit went well. "Pumps last when people talk," she said.\n'
    )
    assert "Mira Olsen-Dahl" in speakers(ex)
    assert aff(ex, "Mira Olsen-Dahl") == ("Chief of Mission", "Lakeport Water Authority")


def test_demonym_that_is_its_own_plural_names_the_diaspora_ministers_government() -> None:
    ex = run(
        "The meeting was co-chaired by Malta and Elaria and held in Port Elara.\n\n"
        "The Minister of Foreign Affairs and Maltese Abroad, Karin Vello, opened the meeting. She told "
        "participants that legal routes were too narrow.\n"
    )
    assert aff(ex, "Karin Vello") == ("Minister of Foreign Affairs and Maltese Abroad", "Government of Malta")


def test_second_titled_name_with_a_portfolio_keeps_the_first_name() -> None:
    ex = run(
        LWA
        + "LWA Director General Tomas Vellender and UN High Commissioner for Lakes Anna Morrow met farmers "
        'at the pumping station. "Water is shared," said Mr. Vellender. "Rules must be shared too," said '
        "Ms. Morrow.\n"
    )
    assert {"Tomas Vellender", "Anna Morrow"} <= speakers(ex)
    assert aff(ex, "Anna Morrow")[0] == "High Commissioner for Lakes"


def test_chair_of_a_working_group_is_no_speaker() -> None:
    ex = run(
        "The Minister of Water, Hon. Piet Varenko, opened the workshop. He thanked the technical working "
        "group that drafted the plan over the past year, chaired by the Principal Secretary of the Ministry, "
        "Mrs. Karin Vello.\n"
    )
    assert "Piet Varenko" in speakers(ex)
    assert "Karin Vello" not in speakers(ex)


def test_chair_of_a_meeting_still_speaks() -> None:
    ex = run(
        "The meeting was chaired by the Principal Secretary of the Ministry of Water, Mrs. Karin Vello.\n"
    )
    assert "Karin Vello" in speakers(ex)


def test_body_title_outranks_headline_calling() -> None:
    ex = run(
        "The Special Rapporteur on the rights of lake dwellers, Anna Morrow, today urged States to act. "
        '"Nobody should lose a home twice," Ms. Morrow said.\n',
        lead="Elaria: water expert Anna Morrow urges States to act\n\nPORT ELARA, 3 May 2022 - ",
    )
    assert aff(ex, "Anna Morrow")[0] == "Special Rapporteur on the rights of lake dwellers"


def test_body_with_a_foreign_particle_after_at_in_a_panel_list() -> None:
    ex = run(
        "The panel on savings was moderated by Prof. Piet Varenko of the University of Lakeport and included "
        "Tomas Vellender, Deputy Director at the Banko Sentral ng Lakeport (BSL); and Anna Morrow, head of "
        "savings at Lakeport Rural Bank.\n"
    )
    assert aff(ex, "Tomas Vellender") == ("Deputy Director", "Banko Sentral ng Lakeport")


def test_stand_in_for_a_portfolio_first_secretary_serves_that_department() -> None:
    ex = run(
        "The conference was organised in partnership with the Department of Fisheries and Lakes (DFL).\n\n"
        "Undersecretary Karin Vello delivered the keynote address on behalf of Fisheries Secretary Piet "
        'Varenko. "Every net tells a story," she said.\n'
    )
    assert aff(ex, "Karin Vello") == ("Undersecretary", "Department of Fisheries and Lakes")


def test_whose_title_before_the_name_gives_the_clause_owner() -> None:
    ex = run(
        LWA + "Contributions also came from the Lakeport Water Authority, whose director, Anna Morrow, "
        "described how pumps were shared.\n"
    )
    assert aff(ex, "Anna Morrow") == ("director", "Lakeport Water Authority")


def test_quoted_own_name_of_a_body_used_alone_is_no_speaker() -> None:
    ex = run(
        'The hearing was organised by the Lakeland Women\'s Rights Centre "Nova Vita-Lakeland" in Port '
        "Elara.\n\nNova Vita-Lakeland presented the following recommendations to the parliament.\n"
    )
    assert "Nova Vita-Lakeland" not in speakers(ex)
