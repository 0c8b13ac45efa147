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
