"""Round A29: speakers, their roles and organisations (invented sentences only)."""

from __future__ import annotations

from extracting import aff, run, speakers


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


def test_portfolio_list_after_comma_stays_in_the_title() -> None:
    ex = run(
        "In his place, the Vice Minister of Fisheries, Rural Roads and Cooperatives, Mr. Tomas Arvel, "
        "announced that the Ministry would open desks."
    )
    assert aff(ex, "Tomas Arvel") == ("Vice Minister of Fisheries, Rural Roads and Cooperatives", None)


def test_long_title_before_name_gets_a_role() -> None:
    ex = run(
        "In his opening statement, the Director of the Division for Water Treaty Affairs of the Lakeland "
        "Office on Fisheries and Water Supply, Anton Pell, reminded participants that the plan was ready."
    )
    assert aff(ex, "Anton Pell")[0] == "Director"


def test_title_starts_after_comma_the() -> None:
    ex = run(
        "Speaking on behalf of the Commissioner for Water, the Head of the Lakes Unit in the Lakeland "
        "Department of Water Affairs, Mr. Tomas Arvel, said that the plan was ready."
    )
    assert aff(ex, "Tomas Arvel") == ("Head of the Lakes Unit", "Lakeland Department of Water Affairs")


def test_first_deputy_minister_heads_the_ministry_named_before() -> None:
    ex = run(
        "The workshop was organized by the Ministry of Fisheries and Lakes of Elaria. The First Deputy "
        "Minister, Mr. Rustam Pello, said the centre would open in May."
    )
    assert aff(ex, "Rustam Pello") == ("First Deputy Minister", "Ministry of Fisheries and Lakes of Elaria")


def test_official_on_behalf_of_minister_serves_the_ministry() -> None:
    ex = run(
        "The meeting was held with the Ministry of Fisheries and Lakes. Opening the meeting on behalf of the "
        "Minister of Fisheries and Lakes, who is travelling abroad, State Secretary Tora Vell warned that "
        "stocks were falling."
    )
    assert aff(ex, "Tora Vell") == ("State Secretary", "Ministry of Fisheries and Lakes")


def test_official_after_verb_on_behalf_of_minister() -> None:
    ex = run(
        "The workshop was organized by the Ministry of Water and Sanitation. Secretary General Omar Vell "
        "opened the workshop on behalf of the Minister of Water and Sanitation."
    )
    assert aff(ex, "Omar Vell") == ("Secretary General", "Ministry of Water and Sanitation")


def test_vice_minister_of_own_portfolio_keeps_no_ministry() -> None:
    ex = run(
        "The Ministry of Roads and Bridges hosted the talks. Speaking on behalf of the Minister of Roads and "
        "Bridges, Vice Minister of Bridges Jorge Pell stressed that rules would follow."
    )
    assert aff(ex, "Jorge Pell")[1] != "Ministry of Roads and Bridges"


def test_secretary_of_state_portfolio_then_country() -> None:
    ex = run(
        "Other speakers included Ana Rollo, Secretary of State for Coastal Affairs of Portugal, "
        "and Tomas Pell of the Lakeport Water Board."
    )
    assert aff(ex, "Ana Rollo") == (
        "Secretary of State for Coastal Affairs",
        "Government of Portugal",
    )


def test_title_of_a_service_under_the_government() -> None:
    ex = run(
        "Opening the conference, the Director of the State Fisheries Service under the Government of the "
        "Kyrgyz Republic, Mr. Bakyt Tamm, said that more fish were caught."
    )
    assert aff(ex, "Bakyt Tamm") == ("Director", "State Fisheries Service")


def test_bare_mayor_heads_the_one_municipality() -> None:
    ex = run(
        "The fair was organised by the Municipality of Lakeport. Opening the fair, Mayor Anna Pell "
        "said the city could not leave anyone behind."
    )
    assert aff(ex, "Anna Pell") == ("Mayor", "Municipality of Lakeport")


def test_bare_mayor_with_two_municipalities_gets_none() -> None:
    ex = run(
        "The Municipality of Lakeport and the Municipality of Port Elara signed the plan. Opening "
        "the fair, Mayor Anna Pell said the city could not leave anyone behind."
    )
    assert aff(ex, "Anna Pell") == ("Mayor", None)


def test_country_dateline_keeps_donor_government_off_a_bare_title() -> None:
    ex = run(
        "More than 100 nurses living abroad met in Lilongwe for a forum. The forum, financed by the "
        "Government of Norway, looked at short return assignments. Opening the forum, the State Minister "
        "for Health, Mr. Tomas Pell, said that the diaspora was a reserve.",
        lead="Nurses pledge time to hospitals\n\nMalawi - ",
    )
    assert aff(ex, "Tomas Pell")[1] != "Government of Norway"


def test_director_of_a_public_portfolio_names_no_body() -> None:
    ex = run(
        "The Director of Civil Protection, Ms. Anna Pell, said that the storm season made the work urgent."
    )
    assert aff(ex, "Anna Pell") == ("Director of Civil Protection", None)


def test_director_of_a_named_body_keeps_the_body() -> None:
    ex = run(
        "The Director of Lakeport Relief, Ms. Anna Pell, said that the storm season made the work urgent."
    )
    assert aff(ex, "Anna Pell") == ("Director", "Lakeport Relief")


def test_ministers_chief_of_staff_serves_the_ministry() -> None:
    ex = run(
        "The Ministry of Fisheries, Lakes and Rivers hosted the launch. Speaking on behalf of the Minister "
        "of Fisheries, Ms. Ana Rollo, the Minister's chief of staff, Mr. Tomas Pell, said that the plan "
        "was ready."
    )
    role, org = aff(ex, "Tomas Pell")
    assert role == "chief of staff" and (org or "").startswith("Ministry of Fisheries")


def test_short_lowercase_quoted_phrase_after_speech_verb_is_a_quote() -> None:
    ex = run(
        'Regional Director Anna Pell said governments had moved "from silence to action" in five years, '
        "but warned that registration remained low."
    )
    assert any(q.text == "from silence to action" and q.speaker == "Anna Pell" for q in ex.quotes)


def test_short_capitalised_quoted_name_is_no_quote() -> None:
    ex = run('Regional Director Anna Pell said the "Safe Lakes Now" campaign would start in May.')
    assert not ex.quotes
