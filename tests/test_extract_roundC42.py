"""Round C42: an event's bracketed acronym as its later name ("The 4th LPWF was organised by ..."), a
described campaign that a later sentence gives organisers, and a campaign launched under a name in
capitals."""

from __future__ import annotations

from extracting import event_names, roles, run


def test_acronym_with_the_same_ordinal_refers_to_the_event() -> None:
    ex = run(
        "The 4th Lakeport Pumps and Wells Forum (LPWF) opened today in Port Elara.\n\n"
        "The 4th LPWF was organised by the Elara Water Board with the support of the Lakeside Rivers Fund.\n"
    )
    assert "Elara Water Board" in roles(ex, "organiser")
    assert "Lakeside Rivers Fund" in roles(ex, "sponsor")
    assert event_names(ex) == {"4th Lakeport Pumps and Wells Forum"}


def test_acronym_with_another_ordinal_is_another_sitting() -> None:
    ex = run(
        "The 4th Lakeport Pumps and Wells Forum (LPWF) closed today in Port Elara.\n\n"
        "The 5th LPWF will be held in Northbay next year.\n"
    )
    assert {"4th Lakeport Pumps and Wells Forum", "5th LPWF"} <= event_names(ex)


def test_acronym_opening_a_longer_name_is_no_mention() -> None:
    ex = run(
        "The 4th Lakeport Pumps and Wells Forum (LPWF) closed today in Port Elara.\n\n"
        "The LPWF Secretariat will publish the report next month.\n"
    )
    assert event_names(ex) == {"4th Lakeport Pumps and Wells Forum"}


def test_described_campaign_with_organisers_is_an_event() -> None:
    ex = run(
        "A door-to-door measles vaccination campaign began today in three districts of Port Elara.\n\n"
        "The campaign, which runs until Friday, is organised by the Elara Health Board together with the "
        "Lakeside Children's Fund.\n"
    )
    assert "door-to-door measles vaccination campaign" in event_names(ex)
    assert {"Elara Health Board", "Lakeside Children's Fund"} <= roles(ex, "organiser")


def test_described_campaign_without_roles_is_no_event() -> None:
    ex = run("A door-to-door measles vaccination campaign began today in three districts of Port Elara.\n")
    assert not any("campaign" in n for n in event_names(ex))


def test_campaign_launched_under_a_name_in_capitals() -> None:
    ex = run(
        "The Elara Health Board today launched CLEAN HANDS NOW, a national campaign for hand washing in "
        "schools.\n\nThe campaign is funded by the Lakeside Children's Fund.\n"
    )
    assert "CLEAN HANDS NOW" in event_names(ex)
    assert "Lakeside Children's Fund" in roles(ex, "sponsor")


def test_quoted_topic_after_event_word_and_on_is_the_title() -> None:
    ex = run(
        'The Elara Water Board held a two-day seminar on "Wells, Pumps and Rural Towns" in Port Elara. '
        "The seminar was organised by the Lakeside Rivers Fund.\n"
    )
    assert "Wells, Pumps and Rural Towns" in event_names(ex)
    assert "Lakeside Rivers Fund" in roles(ex, "organiser")


def test_asked_someone_a_question_is_no_call() -> None:
    ex = run(
        "Dana Ostrova, who fled Port Elara as a teenager, told the room that she had waited four years "
        "before anyone asked her what had happened to her.\n"
    )
    assert ex.recommendations == []
