"""Round A39: how a speaker's title attaches to the name and the body (invented sentences)."""

from __future__ import annotations

from extracting import aff, org_names, run


def test_title_words_swallowed_by_a_body_before_the_title_go_back_to_the_role() -> None:
    ex = run(
        "The Ministry of Water launched a campaign in Lakeport. "
        '"Every farmer counts," said Ministry of Water Deputy Permanent Secretary Jane Doral.'
    )
    assert aff(ex, "Jane Doral") == ("Deputy Permanent Secretary", "Ministry of Water")
    assert "Ministry of Water Deputy Permanent" not in org_names(ex)


def test_a_second_office_joined_by_and_ends_the_ministers_portfolio() -> None:
    ex = run(
        "The forum was convened by the Ministry of Interior and funded by the Government of Elaria.\n\n"
        "Deputy Minister of Interior and National Water Coordinator John Roral opened the forum, noting "
        "that losses had fallen."
    )
    assert aff(ex, "John Roral") == (
        "Deputy Minister of Interior and National Water Coordinator",
        "Ministry of Interior",
    )


def test_a_joined_field_without_a_title_word_stays_in_the_portfolio() -> None:
    ex = run(
        "The forum was convened by the Ministry of Labour and funded by the Government of Elaria.\n\n"
        "Minister of Labour and Social Affairs John Roral opened the forum, noting that losses had fallen."
    )
    assert aff(ex, "John Roral") == ("Minister of Labour and Social Affairs", "Government of Elaria")


def test_the_calling_that_opens_the_next_sentence_is_the_speakers_role() -> None:
    ex = run(
        "The Lakeport Water Office (LWO) held a seminar. Participants also heard a presentation by Ann Keel. "
        "The Lakeport-based researcher, who led a survey last spring, said one in five homes had no water."
    )
    assert aff(ex, "Ann Keel") == ("researcher", None)


def test_a_known_body_before_the_calling_of_the_next_sentence_is_the_organisation() -> None:
    ex = run(
        "The Lakeport Water Office (LWO) published a study. The study's author is Ann Keel. "
        'Presenting its findings, the LWO researcher said that losses had doubled. "We must act," Keel said.'
    )
    assert aff(ex, "Ann Keel") == ("researcher", "Lakeport Water Office")


def test_another_name_between_keeps_the_description_from_the_first_speaker() -> None:
    ex = run(
        "The Lakeport Water Office (LWO) held a seminar. Participants heard a presentation by Ann Keel, "
        "who said homes lacked water, and thanked Bo Tarn. The Lakeport-based researcher, who led a survey, "
        "said more."
    )
    assert aff(ex, "Ann Keel") == (None, None)


def test_an_age_before_the_description_is_no_part_of_the_role() -> None:
    ex = run(
        "Ann Keel, a 16-year-old member of the Lakeport Youth Council, said that pupils needed clean water."
    )
    assert aff(ex, "Ann Keel") == ("member", "Lakeport Youth Council")


def test_an_aged_community_member_telling_her_story_has_no_role() -> None:
    ex = run(
        "Ann Keel, a 24-year-old member of the Tarn community who received papers in 2021, told delegates "
        "what it had meant to grow up without them."
    )
    assert aff(ex, "Ann Keel") == (None, None)


def test_a_minister_of_a_named_country_serves_the_ministry_the_release_has_act() -> None:
    ex = run(
        "The seminar, organised by the Lakeport Institute in cooperation with the Ministry of Public Works, "
        "opened in Port Elara.\n\nOpening the seminar, John Roral, Deputy Minister of Public Works of the "
        "Republic of Chile, said that roads mattered."
    )
    assert aff(ex, "John Roral") == ("Deputy Minister of Public Works", "Ministry of Public Works")


def test_a_ministry_named_only_as_where_officials_come_from_leaves_the_government() -> None:
    ex = run(
        "Each country sends one official from the Ministry of Health to the course in Port Elara.\n\n"
        "The course will be opened by the Minister of Health of Chile, Dr. John Roral, who said care "
        "mattered."
    )
    assert aff(ex, "John Roral") == ("Minister of Health", "Government of Chile")
