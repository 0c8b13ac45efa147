"""Round C35: background notes, contact blocks and other event, call and quote cases of EU bodies' and NGOs'
releases (invented sentences)."""

from __future__ import annotations

from tests.extracting import event_names, run

BACKGROUND = (
    "Some 80 river wardens met in Port Elara today for a two-day workshop on flood warnings organised by "
    "the Lakeport Water Network.\n\n"
    "-ENDS-\n\n"
    "Notes to editors\n\n"
    "1. The workshop takes place on 3-4 May 2022 at a hotel in Port Elara.\n\n"
    "2. About the Lakeport Water Network: the network links twelve river councils. In 2015 it held a "
    "regional conference on dam safety in Harrowgate.\n"
)


def test_past_event_in_background_notes_is_not_an_event() -> None:
    names = event_names(run(BACKGROUND))
    assert "regional conference on dam safety" not in names
    assert "two-day workshop on flood warnings" in names


def test_quoted_title_with_described_event_in_apposition_is_named() -> None:
    ex = run(
        'Some 90 wardens gathered in Port Elara today for "Rivers Without Walls", a two-day conference '
        "organised by the Lakeport Water Network.\n"
    )
    ev = next(e for e in ex.events if e.name == "Rivers Without Walls")
    assert ev.named and "two-day conference" in ev.aliases
    assert len(ex.events) == 1


def test_quote_followed_by_a_delegate_is_no_title() -> None:
    ex = run(
        "The Lakeport Water Network held a conference on dams in Port Elara.\n\n"
        '"Our Rivers Are Empty", a conference delegate from Harrowgate told reporters.\n'
    )
    assert "Our Rivers Are Empty" not in event_names(ex)


def test_the_launch_held_refers_back_to_the_launched_campaign() -> None:
    ex = run(
        'The Lakeport Water Network today launched "Clean Wells", a national campaign on safe water. '
        "The launch, held at the town hall, was attended by 200 farmers.\n"
    )
    assert event_names(ex) == {"Clean Wells"}


def test_evaluation_meeting_of_an_operation_is_an_event() -> None:
    ex = run(
        "Wardens from nine councils met in Port Elara for the annual evaluation meeting of Operation "
        "Clear River. The meeting was organised by the Lakeport Water Network.\n"
    )
    assert "annual evaluation meeting of Operation Clear River" in event_names(ex)


def _recs(text: str) -> list[str]:
    return [r.text for r in run(text).recommendations]


def test_noun_ing_after_and_stays_in_one_call() -> None:
    recs = _recs(
        "The Lakeport Water Network met in Port Elara.\n\n"
        "Participants recommended keeping a standing team of divers and screening experts in the delta "
        "throughout the rainy season.\n"
    )
    assert len(recs) == 1 and "screening experts in the delta" in recs[0]


def test_two_gerund_calls_joined_by_and_still_split() -> None:
    recs = _recs(
        "The Lakeport Water Network met in Port Elara.\n\n"
        "Participants recommended shortening the survey on river use and adding questions on seasonal "
        "fishing.\n"
    )
    assert len(recs) == 2


def test_pronoun_after_quote_goes_to_the_paragraph_opener() -> None:
    ex = run(
        "The Lakeport Water Network held a forum in Port Elara.\n\n"
        '"We cannot wait for the next flood," said Mira Talsen, Director of the Network.\n\n'
        "Tomas Reyler, a ferryman who lost his boat in 2019 and now volunteers with Harrowgate Rescue, spent "
        'two days on a roof with his sons. "Nobody rang the bell," he said.\n'
    )
    quote = next(q for q in ex.quotes if q.text.startswith("Nobody rang"))
    assert quote.speaker == "Tomas Reyler"


def test_quoted_list_lead_is_no_quote() -> None:
    ex = run(
        "The Lakeport Water Network held a forum in Port Elara.\n\n"
        '"We cannot wait for the next flood," said Mira Talsen, Director of the Network.\n\n'
        "At the end of the forum, participants adopted a statement:\n\n"
        '"We call on the council to:\n'
        "- repair the river gauges before the rains;\n"
        '- ring the flood bell at every warning."\n'
    )
    assert [q.text for q in ex.quotes] == ["We cannot wait for the next flood"]


def _contacts(text: str) -> dict[str, tuple[str | None, list[str], list[str]]]:
    return {c.name: (c.organisation, c.phones, c.emails) for c in run(text).contacts}


BODY = "The Lakeport Water Network held a forum in Port Elara on river safety.\n\n"


def test_second_officer_of_a_signature_block_is_a_contact() -> None:
    found = _contacts(
        BODY + "Contacts\n\n"
        "Mira Talsen\nPress Officer\n(+31) 2 44 55 661 (LKP)\nwater-press@lakeport.example\n\n"
        "Tomas Reyler\nPress Officer\n(+31) 2 44 55 662 (LKP)\nflood-press@lakeport.example\n"
    )
    assert set(found) == {"Mira Talsen", "Tomas Reyler"}
    assert found["Tomas Reyler"][1] == ["(+31) 2 44 55 662"]


def test_media_enquiries_in_the_last_numbered_note() -> None:
    found = _contacts(
        BODY + "-ENDS-\n\nNotes to editors\n\n"
        "1. The forum takes place on 3 May 2022 in Port Elara.\n\n"
        "2. Media enquiries: Mira Talsen, Communications Officer, Lakeport Water\n"
        "   Network, mobile +31 6 2418 0000, e-mail m.talsen@lakeport.example\n"
    )
    assert found == {
        "Mira Talsen": ("Lakeport Water Network", ["+31 6 2418 0000"], ["m.talsen@lakeport.example"])
    }


def test_story_links_under_related_content_are_no_contacts() -> None:
    found = _contacts(
        BODY + "For more information, please contact:\n"
        "In Port Elara, Mira Talsen (English): +31-12-407-0000; or talsen@lakeport.example\n"
        "Topic\nRiver Safety\nRelated Content\nHarrowgate: Protect River Workers Abroad\n"
    )
    assert set(found) == {"Mira Talsen"}


def test_the_agency_and_it_carry_the_previous_calls_body() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) published its annual report in Port Elara.\n\n"
        "LWA calls on the councils to repair the river gauges before the rains. The Agency also calls on "
        "farmers to keep their ditches clear of waste. It further urges schools to teach flood drills.\n"
    )
    assert {r.by for r in ex.recommendations} == {"Lakeport Water Agency"}
    assert len(ex.recommendations) == 3


def test_report_presented_as_its_own_gives_the_list_its_author() -> None:
    ex = run(
        "The Lakeport Water Agency (LWA) today presented its Annual Report on River Safety 2021 to 80 "
        "councils.\n\n"
        "The report recommends that councils:\n"
        "- repair the river gauges before the rains;\n"
        "- ring the flood bell at every warning.\n"
    )
    assert [r.by for r in ex.recommendations] == ["Lakeport Water Agency", "Lakeport Water Agency"]


def test_last_bullet_of_a_quoted_statement_loses_the_closing_mark() -> None:
    texts = _recs(
        "The Lakeport Water Network held a forum in Port Elara.\n\n"
        "At the end of the forum, participants adopted a statement:\n\n"
        '"We call on the council to:\n'
        "- repair the river gauges before the rains;\n"
        '- ring the flood bell at every warning."\n'
    )
    assert texts[-1] == "ring the flood bell at every warning"
