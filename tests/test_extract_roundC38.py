"""Round C38: event descriptions with an unlisted noun modifier, a pronoun subject's re-description
(invented sentences)."""

from __future__ import annotations

from extracting import event_names, run


def test_an_unlisted_subject_noun_before_the_event_word_keeps_the_description() -> None:
    ex = run(
        "A three-day technical fisheries workshop on river quotas ended today in Lakeport.\n\n"
        "The workshop was organised by the Lakeport Water Agency."
    )
    assert event_names(ex) == {"three-day technical fisheries workshop on river quotas"}


def test_an_adjective_that_sets_an_event_apart_is_no_noun_modifier() -> None:
    ex = run(
        "The Lakeport Water Agency hosted a regional forum on river quotas in Lakeport.\n\n"
        "The Agency also funds a dam project, which was the subject of a separate briefing."
    )
    assert "separate briefing" not in event_names(ex)


def test_it_was_the_first_meeting_redescribes_the_event_before() -> None:
    ex = run(
        "A two-day regional workshop on river quotas opened today in Lakeport.\n\n"
        "The workshop was organised by the Lakeport Water Agency. It was the first regional meeting "
        "on fisheries held in the valley."
    )
    assert event_names(ex) == {"two-day regional workshop on river quotas"}


def test_a_contact_takes_the_body_named_on_the_office_line_above_the_name() -> None:
    ex = run(
        "The City of Lakeport today opened a new ferry pier.\n\n"
        "For further information, please contact:\n"
        "Press Office, City of Lakeport\n"
        "Tamsin Orrell\n"
        "Tel.: +99 555 0100\n"
        "press@lakeport.example\n"
    )
    assert [(c.name, c.organisation) for c in ex.contacts] == [("Tamsin Orrell", "City of Lakeport")]
