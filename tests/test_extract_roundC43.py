"""Round 43c: events, recommendations, quotes and contacts (invented sentences)."""

from __future__ import annotations

from extracting import event_names, run
from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def _release(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def test_dateline_opening_wrapped_inside_event_name_is_body_not_headline() -> None:
    text = (
        "News\n\n"
        "Lakeland Agencies Open Regional Conference on Fisheries in Central\n"
        "Asia\n\n"
        "LAKEPORT – The Regional Conference on Fisheries and Coastal Trade in Central\n"
        "Asia opened today in Lakeport, bringing together some 80\n"
        "officials from fisheries ministries and coastal communities to look at\n"
        "how catches are shared and sold along the shore.\n"
    )
    ex = _release(text)
    names = event_names(ex)
    assert any(n.startswith("Regional Conference on Fisheries and Coastal Trade") for n in names)


def test_briefing_notes_masthead_and_its_date_give_way_to_the_headline() -> None:
    text = (
        "Press Briefing Notes\n"
        "12 May 2004\n\n"
        "Lakeport Minister Opens Regional Seminar on\n"
        "Fishing Quotas\n\n"
        "Lakeland - The Minister of Fisheries, Ama Tobel, today opened the Regional Seminar on\n"
        "Fishing Quotas and Coastal Trade in Central Asia in Lakeport.\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    heads = [text[s.start : s.end] for s in doc.segments if s.kind == "headline"]
    assert heads and heads[0].startswith("Lakeport Minister Opens")


def test_appositive_description_after_event_name_and_its_city_is_the_same_event() -> None:
    ex = run(
        "The Minister of Fisheries today opened the Regional Seminar on Fishing Quotas in Geneva, "
        "a three-day meeting organized by the Lakeland Fisheries Office.\n"
    )
    assert event_names(ex) == {"Regional Seminar on Fishing Quotas"}


def test_dialogue_a_meeting_is_held_under_is_a_standing_process() -> None:
    ex = run(
        "Officials from six countries met in Geneva this week for a three-day regional workshop on "
        "border management, held under the Lakeside Dialogue on Water and Fisheries (LDWF).\n"
    )
    assert not any("Lakeside Dialogue" in n for n in event_names(ex))


def test_process_long_name_in_apposition_is_no_event() -> None:
    ex = run(
        "Experts met in Geneva for the Thematic Meeting on Fishing Quotas of the Elara Process, the "
        "Lakeside Dialogue on Water and Fisheries.\n"
    )
    assert not any(n.startswith("Lakeside Dialogue") for n in event_names(ex))


def test_bare_session_within_a_reported_event_is_no_new_event() -> None:
    ex = run(
        "Officials met in Geneva this week for a three-day regional workshop on border management. "
        "A session led by researcher Ama Tobel presented new survey findings.\n"
    )
    assert event_names(ex) == {"three-day regional workshop on border management"}


def test_quoted_theme_of_a_named_event_is_no_event() -> None:
    ex = run(
        "The Third Lakeside Water Summit closed today in Geneva. The Summit ran from 1 to 3 May 2022 "
        'under the theme "Water that Works for Every Village".\n'
    )
    assert event_names(ex) == {"Third Lakeside Water Summit"}


def test_quoted_title_under_among_the_side_events_is_a_side_event() -> None:
    ex = run(
        "The Lakeside Water Summit closed today in Geneva. Among the side events, "
        '"Boats for Every Village", organized by the Lakeland Fishers Union, looked at small '
        "boat loans.\n"
    )
    assert "Boats for Every Village" in event_names(ex)


def test_passive_asked_is_no_call() -> None:
    ex = run(
        'Ama Tobel of the Lakeland Fisheries Office said the forum was informal. "We are asked to listen to '
        'each other and to find out where our catches meet," she said.\n'
    )
    assert not any("listen to each other" in r.text for r in ex.recommendations)


def test_and_verb_inside_an_inner_clause_does_not_split_the_call() -> None:
    ex = run(
        "Delegates recommended that Lakeland states harmonize the way they collect and share data on "
        "fishing boats.\n"
    )
    texts = [r.text for r in ex.recommendations]
    assert texts == ["Lakeland states harmonize the way they collect and share data on fishing boats"]


def test_title_line_under_a_contact_name_gives_her_body_not_a_second_contact() -> None:
    ex = run(
        "The Lakeside Migrant Advocates (LMA) hosted the meeting.\n\n"
        "For media inquiries, contact:\n"
        "Ama Tobel\n"
        "Communications Officer, Lakeside Migrant Advocates\n"
        "Tel. (02) 725 0000\n"
        "atobel@lma.example.org\n"
    )
    assert [c.name for c in ex.contacts] == ["Ama Tobel"]


def test_call_on_two_addressees_is_two_calls() -> None:
    ex = run(
        "Participants called on lenders to cut fees on small boat loans and on the government to create "
        "a fund for fishing families.\n"
    )
    texts = [r.text for r in ex.recommendations]
    assert len(texts) == 2 and texts[1].startswith("the government to create a fund")


def test_numbered_roundtable_with_topic_is_a_named_event() -> None:
    ex = run(
        "The Lakeside Water Summit closed today in Geneva. Roundtable 2.1 on the cost of boat loans was "
        "co-chaired by two governments.\n"
    )
    assert "Roundtable 2.1 on the cost of boat loans" in event_names(ex)
