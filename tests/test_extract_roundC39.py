"""Round C39: an event the text re-mentions as "the launch" (invented sentences)."""

from __future__ import annotations

from extracting import event_names, run


def test_a_bare_event_re_mentioned_as_the_launch_is_the_launch() -> None:
    ex = run(
        "A new study on river quotas was launched today in Lakeport at an event hosted by the Lakeport "
        "Water Agency.\n\nThe launch is part of a wider project on fisheries in the valley."
    )
    assert event_names(ex) == {"launch"}


def test_a_described_event_keeps_its_description() -> None:
    ex = run(
        "The Lakeport Water Agency held an event on river quotas in Lakeport today.\n\n"
        "The launch of its new dam plan is expected next year."
    )
    assert "launch" not in event_names(ex)


def test_a_call_verb_in_a_restrictive_who_clause_is_no_second_call() -> None:
    ex = run(
        "The Lakeport Water Agency called on district offices to register every fisher who asks for "
        "support and to refer them to training services."
    )
    texts = [r.text for r in ex.recommendations]
    assert len(texts) == 1 and texts[0].startswith("called on district offices")


def test_a_non_restrictive_who_clause_still_makes_a_call() -> None:
    ex = run(
        "Mira Oston, the Minister of Water, who urged donors to fund the new dam, opened the meeting in "
        "Lakeport."
    )
    assert any("fund the new dam" in r.text for r in ex.recommendations)


def test_a_meeting_set_off_by_a_comma_before_a_named_seminar_is_that_seminar() -> None:
    ex = run(
        "Delegations from five valley states ended a three-day meeting in Lakeport, the Valley Regional "
        "Seminar on River Quotas, with a pledge to share data.\n\nThe seminar was hosted by the Lakeport "
        "Water Agency."
    )
    assert event_names(ex) == {"Valley Regional Seminar on River Quotas"}


def test_a_progressive_appeal_for_funds_is_a_call() -> None:
    ex = run(
        "The Lakeport Water Agency is appealing for USD 4 million to repair flood defences along the "
        "river over the next six months."
    )
    assert any(r.text.startswith("appealing for USD 4 million") for r in ex.recommendations)


def test_appealing_as_an_adjective_is_no_call() -> None:
    ex = run("The Lakeport Water Agency said the valley remained appealing for tourists despite the floods.")
    assert ex.recommendations == []


def test_an_event_held_in_the_town_of_x_is_placed_there() -> None:
    ex = run(
        "Thirty officers completed a five-day training course on border checks, held in the northern town "
        "of Vellmar Ridge.\n\nThe course was organised by the Lakeport Water Agency."
    )
    assert [e.location for e in ex.events] == ["Vellmar Ridge"]


def test_a_country_said_around_the_main_event_gives_way_to_the_dateline_city() -> None:
    ex = run(
        "Experts met today for a national workshop on river quotas, the first of its kind in Kenya.\n\n"
        "The workshop was organised by the Lakeport Water Agency.",
        lead="Experts map river quotas\n\nNAIROBI, 3 May 2022 - ",
    )
    assert [e.location for e in ex.events] == ["Nairobi"]
