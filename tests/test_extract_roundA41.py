"""Round 41a: who speaks and who is only named (invented releases)."""

from __future__ import annotations

from extracting import aff, run, speakers

ACME = "The Lakeport Water Authority (LWA) held a forum in Lakeport on Monday. "


def test_behalf_of_titled_minister_with_portfolio_is_not_speaker() -> None:
    ex = run(
        ACME + "Mara Velden, Deputy Secretary of the LWA, delivered the opening remarks on behalf of "
        'Minister of Water and Rural Roads Oskar Brandt. "Pipes come first," she said.'
    )
    assert "Mara Velden" in speakers(ex)
    assert "Oskar Brandt" not in speakers(ex)


def test_late_officer_with_rank_is_not_speaker() -> None:
    ex = run(
        ACME + "Mara Velden, Director of the LWA, said the manual was ready. The manual was dedicated to the "
        "late Colonel Oskar Brandt, who first proposed the course."
    )
    assert "Oskar Brandt" not in speakers(ex)


def test_whom_clause_object_is_not_speaker() -> None:
    ex = run(
        ACME + "Mara Velden, Director of the LWA, visited two villages and met the Mayor of Lakeport, Oskar "
        "Brandt, whom she thanked for the land given to the new wells."
    )
    assert "Oskar Brandt" not in speakers(ex)


def test_plural_noun_spelled_like_speech_verb_is_no_speech() -> None:
    ex = run(
        ACME + "The Director of the LWA, Mara Velden, met on Monday with the Mayor of Lakeport, "
        "Oskar Brandt, to discuss water points in the eastern states."
    )
    assert "Oskar Brandt" not in speakers(ex)


def test_speech_verb_after_closed_appositive_still_speaks() -> None:
    ex = run(ACME + "Oskar Brandt, Mayor of Lakeport, states that the wells must be finished by May.")
    assert "Oskar Brandt" in speakers(ex)


def test_copula_without_article_gives_known_body_and_office() -> None:
    ex = run(ACME + "Mara Velden is LWA's Chief of Operations. Ms. Velden said pumps would be replaced.")
    assert aff(ex, "Mara Velden") == ("Chief of Operations", "Lakeport Water Authority")


def test_copula_without_article_needs_a_body_before_the_title() -> None:
    ex = run(ACME + "Mara Velden is Director of Lakeport Rowing. Ms. Velden said pumps would be replaced.")
    assert aff(ex, "Mara Velden")[0] != "Director of Lakeport Rowing"


def test_definite_titled_remention_in_next_sentence_gives_office() -> None:
    ex = run(
        ACME + "Also addressing the forum was Mara Velden. The Head of Programmes at the Lakeport Water "
        "Authority stressed that the pumps must be repaired."
    )
    assert "Mara Velden" in speakers(ex)
    assert aff(ex, "Mara Velden") == ("Head of Programmes", "Lakeport Water Authority")


def test_definite_title_with_its_own_holder_is_not_given_back() -> None:
    ex = run(
        ACME + "Also addressing the forum was Mara Velden. The Head of Programmes at the Lakeport Water "
        "Authority, Oskar Brandt, stressed that the pumps must be repaired."
    )
    assert aff(ex, "Mara Velden") != ("Head of Programmes", "Lakeport Water Authority")


def test_delegation_of_two_word_demonym_led_by_comma_title_gives_government() -> None:
    ex = run(
        "IOM and the Government of Lakeland met in Lakeport. The South African delegation was led by the "
        "Deputy Minister of Home Affairs, Oskar Brandt, who said his Government would welcome help."
    )
    assert aff(ex, "Oskar Brandt") == ("Deputy Minister of Home Affairs", "Government of South Africa")


def test_minister_for_nationals_abroad_serves_their_government() -> None:
    ex = run(
        "The Government of Peru and the Government of Chile met IOM in Lakeport. Oskar Brandt, "
        "Vice-Minister for Peruvians Living Abroad, stated that consulates would open on Sundays."
    )
    assert aff(ex, "Oskar Brandt") == ("Vice-Minister for Peruvians Living Abroad", "Government of Peru")


def test_minister_for_nationals_abroad_needs_their_government_named() -> None:
    ex = run(
        "The Government of Chile met IOM in Lakeport. Oskar Brandt, Vice-Minister for Peruvians Living "
        "Abroad, stated that consulates would open on Sundays."
    )
    assert aff(ex, "Oskar Brandt")[1] != "Government of Peru"


def test_titled_speaker_who_spoke_on_behalf_of_a_government_serves_it() -> None:
    ex = run(
        "IOM and the Government of Fiji met in Lakeport. Oskar Brandt, Joint Secretary, spoke on behalf "
        "of the Government of Fiji and called for a common framework."
    )
    assert aff(ex, "Oskar Brandt") == ("Joint Secretary", "Government of Fiji")


def test_ministry_named_only_as_a_units_parent_takes_its_officials() -> None:
    ex = run(
        "A course opened for officers of the Lake Patrol Department of the Ministry of Harbour Affairs. "
        "First Deputy Minister of Harbour Affairs Oskar Brandt opened the course, telling participants that "
        "boats matter."
    )
    role = "First Deputy Minister of Harbour Affairs"
    assert aff(ex, "Oskar Brandt") == (role, "Ministry of Harbour Affairs")


def test_pronoun_after_met_with_speaks_for_the_subject() -> None:
    ex = run(
        "The Humanitarian Coordinator for Lakeland, Oskar Brandt, met on Monday in Lakeport with the Mayor, "
        "Dr Mara Velden, to discuss wells in the northern districts. He said afterwards that partners were "
        "ready to help."
    )
    assert "Oskar Brandt" in speakers(ex)
    assert "Mara Velden" not in speakers(ex)


def test_posting_for_a_country_is_no_government() -> None:
    ex = run("The Humanitarian Coordinator for Chad, Oskar Brandt, said that the roads must stay open.")
    assert aff(ex, "Oskar Brandt") == ("Humanitarian Coordinator for Chad", None)


def test_named_storm_is_not_a_speaker() -> None:
    ex = run(
        "Cyclone Olwen made landfall in Lakeport on 25 April, only six weeks after Cyclone Ruth devastated "
        "the coast. According to the LWA, Olwen destroyed 400 houses."
    )
    assert "Cyclone Olwen" not in speakers(ex)


def test_sentence_opening_lowercase_calling_is_the_role() -> None:
    ex = run(
        ACME + "Community health worker Mara Velden, who leads a mobile team, said that one child in five "
        "was sick."
    )
    assert aff(ex, "Mara Velden")[0] == "Community health worker"


def test_sentence_opening_article_is_no_calling() -> None:
    ex = run(ACME + "The worker Mara Velden said that one child in five was sick.")
    assert aff(ex, "Mara Velden")[0] != "The worker"
