"""Round 17b: organisers and sponsors in phrasings the new probe releases use (invented sentences)."""

from __future__ import annotations

from extracting import roles, run


def test_bodies_that_open_or_conclude_an_event_organise_it() -> None:
    ex = run(
        "The Harbour Workers Union and the Ministry of Fisheries of Ruritania this week concluded a "
        "four-day training course for 40 port inspectors in Port Elara. The course was the first of its kind."
    )
    assert {"Harbour Workers Union", "Ministry of Fisheries of Ruritania"} <= roles(ex, "organiser")


def test_a_person_who_opens_an_event_is_no_organiser() -> None:
    ex = run(
        "The Minister of Fisheries, Ana Velo, opened a three-day workshop on port safety in Port Elara. "
        '"Safe ports feed us all," she said.'
    )
    assert not any("Minister" in o or "Velo" in o for o in roles(ex, "organiser"))
