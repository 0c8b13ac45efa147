"""Round A32: a title ending in a short reference to the speaker's body (invented text)."""

from __future__ import annotations

from extracting import aff, run


def test_at_the_ministry_refers_to_the_ministry_named_before() -> None:
    ex = run(
        "The Ministry of Water and Coasts of Lakeland hosted the meeting in Port Elara. Speakers included"
        " Tomas Vellin Orr, Joint Secretary and head of the Harbour Section at the ministry, who said"
        " the plan was ready."
    )
    role, org = aff(ex, "Tomas Vellin Orr")
    assert org == "Ministry of Water and Coasts of Lakeland"
    assert role is not None and "at the ministry" not in role


def test_at_the_event_is_no_body() -> None:
    ex = run(
        "The Ministry of Water and Coasts of Lakeland hosted the meeting in Port Elara. Speakers included"
        " Tomas Vellin Orr, guest speaker at the event, who said the plan was ready."
    )
    assert aff(ex, "Tomas Vellin Orr")[1] != "Ministry of Water and Coasts of Lakeland"


def test_title_after_previous_name_is_not_taken_by_next_name_with_its_own_body() -> None:
    ex = run(
        "Panellists were Mr. Oren Vask, Head of Programmes at the Lakeland Water Authority, Ms. Ilsa Morrow"
        " of the Coastal Fisheries Institute, and Mr. Pell Danner, Director of the Lakeport Harbour Board."
        " Ms. Ilsa Morrow said the plan was ready."
    )
    role, org = aff(ex, "Ilsa Morrow")
    assert role is None
    assert org == "Coastal Fisheries Institute"


def test_at_the_ministry_with_two_ministries_named_before_is_left_open() -> None:
    ex = run(
        "The Ministry of Water of Lakeland and the Ministry of Roads of Elaria hosted the meeting. Speakers"
        " included Tomas Vellin Orr, head of the Harbour Section at the ministry, who said the plan was"
        " ready."
    )
    ministries = {"Ministry of Water of Lakeland", "Ministry of Roads of Elaria"}
    assert aff(ex, "Tomas Vellin Orr")[1] not in ministries
