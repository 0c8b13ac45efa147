"""Round C40: contact blocks under a 'Further information for the media:' line, a title of several words
before a contact's name, a contact whose name holds a place word, and an e-mail domain spelling a body's
short name."""

from __future__ import annotations

from extracting import run

BODY = "The Lakeport Water Board (Lawabo) met farmers in Port Elara on Monday to discuss the dry season.\n\n"


def test_further_information_line_opens_contact_block_and_title_words_are_no_name() -> None:
    ex = run(
        BODY + "Further information for the media:\n\n"
        "Senior Adviser Tomas Venner, tel. +358 20 555 1234, tomas.venner@lawabo.fi\n"
    )
    assert [c.name for c in ex.contacts] == ["Tomas Venner"]


def test_mail_domain_spelling_a_short_name_gives_the_contact_body() -> None:
    ex = run(
        BODY + "Further information for the media:\n\n"
        "Tomas Venner, tel. +358 20 555 1234, tomas.venner@lawabo.fi\n"
    )
    assert [c.organisation for c in ex.contacts] == ["Lakeport Water Board"]


def test_contact_name_with_a_place_word_confirmed_by_mail() -> None:
    ex = run(
        BODY + "Press contacts:\nPiet Koster\nPhone: +32 2 299 0000\nMail: piet.koster@lawabo.eu\n"
        "Ana Jordan Ruiz\nPhone: +32 2 299 0001\nMail: ana.jordan-ruiz@lawabo.eu\n"
    )
    assert [c.name for c in ex.contacts] == ["Piet Koster", "Ana Jordan Ruiz"]


def _recs(text: str) -> list[str]:
    return [r.text for r in run(text).recommendations]


def test_said_that_should_is_a_reported_call() -> None:
    recs = _recs(
        "Mara Tellen, head of the Lakeport Water Board, said that every village should keep a flood map."
    )
    assert recs == ["every village should keep a flood map"]


def test_told_audience_that_should_is_a_reported_call() -> None:
    recs = _recs(
        "Mara Tellen told the closing session that wardens should be able to close the dams at night."
    )
    assert recs == ["wardens should be able to close the dams at night"]


def test_said_should_without_that_stays_a_forecast() -> None:
    assert _recs("Mara Tellen said the ferry should reopen next week.") == []


def test_will_urge_is_a_call() -> None:
    recs = _recs("The Lakeport Water Board will urge member towns to set up flood registers.")
    assert recs == ["urge member towns to set up flood registers"]


def test_the_noun_urge_is_no_call() -> None:
    assert _recs("Farmers in Port Elara will feel the urge to move to the city for work.") == []


def _events(text: str) -> set[str]:
    return {e.name for e in run(text).events}


def test_two_word_city_after_named_meeting_is_cut_whole() -> None:
    names = _events("The plan goes to the LWB Vice-Ministerial Meeting in New York for approval.")
    assert names == {"LWB Vice-Ministerial Meeting"}


def test_month_after_in_ends_a_named_meeting() -> None:
    names = _events("The plan goes to the LWB Vice-Ministerial Meeting in Lakeport in May for approval.")
    assert names == {"LWB Vice-Ministerial Meeting in Lakeport"}


def test_entitled_after_comma_names_the_event_of_the_lead() -> None:
    names = _events(
        "Farmers discussed water at a round table organized today by the Lakeport Water Board.\n"
        'The one-day event, entitled "Water for All: Sharing the River", was financed by the Lakeport Fund.'
    )
    assert names == {"Water for All: Sharing the River"}
