"""Round 22b: a site-section label under the menu is no headline; a kind of event named only to
compare it with another is no event; a launch told in the passive
('launched today by A and B') is held by its agents (invented text)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run
from kg.extract import extract
from kg.model import Release
from kg.segment import segment

PAGE = (
    "Home\nWho We Are\nOur Work\nFisheries Policy\nCoastal Safety\nRegions and Countries\n"
    "Lakes and the Highlands\n"
    "Media Centre\n"
    "Press Releases\n"
    "Harbour Trust Opens Fishers' Advice Desk in Port Elara\n"
    "Centre in the old customs house will advise fishers on contracts\n"
    "Port Elara - The Elara Harbour Trust today opened an advice desk for fishers in Port Elara, where "
    "more than two thousand crew members sign on to foreign-flagged vessels every year.\n"
    "The desk gives free help with contracts and licences, and refers complaints about unpaid wages to "
    "the labour inspectors of the province.\n"
)


def _kinds(text: str) -> dict[str, str]:
    doc = segment(Release(id="t", source="t.txt", text=text))
    return {text[s.start : s.end]: s.kind for s in doc.segments}


def test_a_section_label_followed_by_a_menu_entry_is_no_headline() -> None:
    kinds = _kinds(PAGE)
    assert kinds["Lakes and the Highlands"] == "navigation"
    assert kinds["Press Releases"] == "navigation"
    assert kinds["Harbour Trust Opens Fishers' Advice Desk in Port Elara"] == "headline"
    ex = extract(segment(Release(id="t", source="t.txt", text=PAGE)))
    assert not any("Opens" in n for n in org_names(ex))


def test_a_short_headline_followed_by_a_share_tool_stays_the_headline() -> None:
    text = (
        "Home\nWho We Are\nOur Work\nFisheries Policy\nCoastal Safety\nRegions and Countries\n"
        "Lakes and the Highlands\n"
        "Share\n"
        "Fishers Welcome New Advice Desk Today\n"
        "Port Elara - The Elara Harbour Trust today opened an advice desk for fishers in Port Elara, where "
        "more than two thousand crew members sign on to foreign-flagged vessels every year.\n"
    )
    assert _kinds(text)["Lakes and the Highlands"] == "headline"


def test_an_event_kind_that_is_replaced_is_no_event() -> None:
    ex = run(
        "The harbour authority today presented its new course for deckhands. The new course replaces "
        "a two-day seminar with a five-day workshop on safety at sea."
    )
    assert not any("seminar" in n or "workshop" in n for n in event_names(ex))


def test_a_described_event_held_is_still_an_event() -> None:
    ex = run("The harbour authority held a two-day seminar on safety at sea in Port Elara on 3 May.")
    assert any("seminar" in n for n in event_names(ex))


def test_a_passive_launch_is_held_by_its_agents() -> None:
    ex = run(
        "A survey of harbour workers was launched today in Port Elara by the Elara Harbour Trust and the "
        "Ministry of Coastal Affairs. Opening the launch, the minister said the survey would guide policy."
    )
    assert "launch" in event_names(ex)
    assert {"Elara Harbour Trust", "Ministry of Coastal Affairs"} <= roles(ex, "organiser")
