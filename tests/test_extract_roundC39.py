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
