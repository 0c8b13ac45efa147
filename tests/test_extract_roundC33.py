"""Round C33: quotes running into the next paragraph, and other event, recommendation and contact cases
(invented sentences)."""

from __future__ import annotations

from tests.extracting import event_names, run


def test_quote_paragraph_after_said_keeps_speaker() -> None:
    ex = run(
        "The Lakeport Water Board met in Port Elara.\n\n"
        '"We cannot pipe water to every hill this year," said Mira Talsen, Director of the Board. '
        '"What we can do is fix the wells that already exist," she said.\n\n'
        '"Repairs cost little. Neglect costs a great deal more."\n\n'
        "The meeting closed on Friday."
    )
    got = {(q.speaker, q.text) for q in ex.quotes}
    assert ("Mira Talsen", "Repairs cost little. Neglect costs a great deal more") in got


def test_signature_block_with_press_post_is_a_contact() -> None:
    ex = run(
        "The Lakeport Ministry of Water opened a new pumping station on Monday.\n\n"
        "Issued by:\n\n"
        "Orla Venning\nPublic Relations Officer\nLakeport Ministry of Water\n"
        "Email: press@water.lakeport.gov\n"
    )
    assert [(c.name, c.emails) for c in ex.contacts] == [("Orla Venning", ["press@water.lakeport.gov"])]


def test_signatory_without_press_post_is_no_contact() -> None:
    ex = run(
        "The Lakeport Water Committee adopted its annual report on Monday.\n\n"
        "Signed\n\n"
        "Orla Venning\nChairperson, Lakeport Water Committee\nTel: +44 20 5550 0101\n"
    )
    assert ex.contacts == []


def test_contact_name_opening_with_abbreviated_muhammad() -> None:
    ex = run(
        "The Lakeport Ministry of Water opened a new pumping station on Monday.\n\n"
        "Md. Karim Tolan\nPress Secretary\nLakeport Ministry of Water\nPhone: +44 20 5550 0102\n"
    )
    assert [c.name for c in ex.contacts] == ["Md. Karim Tolan"]


def _rec_texts(text: str) -> set[str]:
    return {r.text for r in run(text).recommendations}


def test_plan_listing_its_areas_of_work_makes_no_calls() -> None:
    got = _rec_texts(
        "The Lakeport Water Plan was launched on Monday.\n\n"
        "The Plan sets out four priorities:\n"
        "1. Protection of wetlands along the river;\n"
        "2. Restoration of old wells;\n"
        "3. Management of flood plains;\n"
        "4. Data collection and monitoring.\n\n"
        "The launch closed with a concert."
    )
    assert got == set()


def test_plan_listing_calls_keeps_them() -> None:
    got = _rec_texts(
        "The Lakeport Water Plan was launched on Monday.\n\n"
        "The Plan sets out three priorities:\n"
        "1. Protect the wetlands along the river.\n"
        "2. Repair the old wells before the rains.\n"
        "3. Keep flood plains free of new building.\n\n"
        "The launch closed with a concert."
    )
    assert "Repair the old wells before the rains" in got


def test_speakers_agreed_that_should_is_a_call() -> None:
    got = _rec_texts(
        "The Lakeport water forum closed on Friday. Speakers agreed that the council should publish "
        "its water tariffs every year.\n\nThe forum will meet again in 2024."
    )
    assert "the council should publish its water tariffs every year" in got


def test_agreed_that_a_and_that_b_are_two_calls() -> None:
    got = _rec_texts(
        "The Lakeport water forum closed on Friday. Participants agreed that the council should repair "
        "the old wells and that more money should go to the river authority.\n\nThe forum ended."
    )
    assert got >= {
        "the council should repair the old wells",
        "more money should go to the river authority",
    }


def test_argued_that_x_needed_something_is_a_call() -> None:
    got = _rec_texts(
        "The Lakeport water forum closed on Friday. Farmers argued that small villages needed cheaper "
        "water meters.\n\nThe forum ended."
    )
    assert "small villages needed cheaper water meters" in got


def test_stressed_that_people_in_need_is_no_call() -> None:
    got = _rec_texts(
        "The Lakeport water forum closed on Friday. The report stressed that families in need received "
        "water from tankers last summer.\n\nThe forum ended."
    )
    assert got == set()


def test_session_on_a_topic_is_part_of_the_reported_event() -> None:
    ex = run(
        "The Lakeport Water Forum opened on Monday in Port Elara. A session on groundwater pricing was "
        "chaired by Mira Talsen, Director of the Lakeport Water Board.\n\nThe Forum closed on Tuesday."
    )
    assert "Lakeport Water Forum" in event_names(ex)
    assert not any("session" in n for n in event_names(ex))


def test_next_numbered_sitting_is_an_event_of_its_own() -> None:
    ex = run(
        "Ministers today concluded the Ninth Ministerial Meeting of the Lakeport Water Council, held in "
        "Port Elara on 3 and 4 May 2022. The Ministerial Meeting adopted a joint declaration.\n\n"
        "Norvik will host the Tenth Ministerial Meeting of the Lakeport Water Council in June 2023."
    )
    names = event_names(ex)
    assert "Ninth Ministerial Meeting of the Lakeport Water Council" in names
    assert "Tenth Ministerial Meeting of the Lakeport Water Council" in names


def test_lead_meeting_named_by_next_sentence_workshop() -> None:
    ex = run(
        "Water officials from three lake states agreed on joint steps at the close of a two-day meeting "
        "in Port Elara. The Regional Workshop on Lake Water Sharing, held in Port Elara on 3-4 May 2022, "
        "was organized by the Lakeport Water Board.\n\nThe officials will meet again next year."
    )
    assert "Regional Workshop on Lake Water Sharing" in event_names(ex)
    assert "two-day meeting" not in event_names(ex)


def test_regional_review_is_an_event() -> None:
    ex = run(
        "Ministers from nine lake states today concluded the Inland Regional Review of the Lakeport Water "
        "Charter, held in Port Elara from 3 to 5 May 2022.\n\nThe ministers adopted a short statement."
    )
    assert "Inland Regional Review of the Lakeport Water Charter" in event_names(ex)


def test_inception_workshop_is_an_event() -> None:
    ex = run(
        "The Ministry of Water today launched a five-year wells project at an inception workshop held at "
        "a hotel in Port Elara.\n\nThe inception workshop was opened by Mira Talsen, Director of the "
        "Lakeport Water Board."
    )
    assert "inception workshop" in event_names(ex)


def test_time_of_a_visit_is_no_topic() -> None:
    ex = run(
        "Singer Ana Roe today ended a three-day field visit to the lake districts, where she met children "
        "at a ceremony in Port Elara.\n\nDr. Jon Vale, Head of the Lakeport Health Office, who joined the "
        "visit on its final day, said the clinics were ready."
    )
    assert not any("final day" in n for n in event_names(ex))


def test_dialogue_called_a_process_is_no_event() -> None:
    ex = run(
        "Officials met in Port Elara on 3 May 2022 for a regional workshop on fish stocks, the third "
        "such meeting held under the Lakeside Dialogue on Water and Fisheries process.\n\nThe workshop "
        "closed on Friday."
    )
    assert not any("Dialogue" in n for n in event_names(ex))


def test_dialogue_in_a_project_title_is_no_event() -> None:
    ex = run(
        "Officials met in Port Elara on 3 May 2022 for a regional workshop on fish stocks. It was funded "
        'by the Lakeport Trust through the project "Support to the Lakeside Water Dialogue".\n\n'
        "The workshop closed on Friday."
    )
    assert not any("Dialogue" in n for n in event_names(ex))


def test_campaign_title_with_bracketed_translation_is_an_event() -> None:
    ex = run(
        'The Lakeport Water Board yesterday launched "Dlo se Lavi" (Water is Life), a national awareness '
        "campaign on safe drinking water, at a ceremony in Port Elara.\n\nThe campaign will run for a year."
    )
    assert "Dlo se Lavi" in event_names(ex)
