"""Round 25b: a country's lowercase official name inside a ministry's name, a ministry's diaspora
portfolio kept in its name, masthead lines over a hard-wrapped body, a "Country - Headline" line, and a
named event wrapped right after the dateline (invented text)."""

from __future__ import annotations

from extracting import event_names, org_names, run, speakers
from kg.model import Release
from kg.segment import segment


def test_ministry_of_the_former_yugoslav_republic_kept_whole() -> None:
    ex = run(
        "The workshop was convened by the Ministry of Labour of the former Yugoslav Republic of Macedonia "
        "and the Lake Basin Authority.\n"
    )
    assert "Ministry of Labour of the former Yugoslav Republic of Macedonia" in org_names(ex)


def test_diaspora_portfolio_stays_in_the_ministry() -> None:
    ex = run(
        "The forum was opened by the Ministry of Foreign Affairs and Elarans Abroad in Port Elara.\n"
        "Mr. Tomas Vell, Director of Elarans Abroad, welcomed the delegates.\n"
    )
    names = org_names(ex)
    assert "Ministry of Foreign Affairs and Elarans Abroad" in names
    assert "Elarans Abroad" not in names


WRAPPED = (
    "Lake Basin Authority\n"
    "Weekly Briefing Notes\n"
    "12-04-2001\n"
    "Elaria - Protecting Seasonal Farm Workers\n"
    "Vell (LBA) - A national workshop on the protection of seasonal farm\n"
    "workers who travel abroad for the harvest ended in Vell this week with\n"
    "a call to simplify the permits that push many into irregular work.\n"
    "The workshop was organised by the Authority together with the local\n"
    "farmers' unions and brought together some sixty participants from\n"
    "government, recruiting agencies, trade unions and the press.\n"
)


def test_masthead_lines_over_wrapped_body_split_off() -> None:
    doc = segment(Release(id="t", source="t.txt", text=WRAPPED))
    kinds = [(sg.kind, doc.text[sg.start : sg.end]) for sg in doc.segments]
    assert ("headline", "Elaria - Protecting Seasonal Farm Workers") in kinds
    assert ("dateline", "Vell (LBA)") in kinds
    assert not any("Vell" in s for s in speakers(run(WRAPPED, lead="")))


def test_wrapped_subtitle_ends_before_a_dated_dateline() -> None:
    text = (
        "Lakeside News | Releases 2004\n"
        "Regional talks on water safety in emergencies end in Vell\n"
        "Countries of the Lake Basin agree to make water safety part\n"
        "of every emergency response\n"
        "Vell, 14 April 2004 -- The Regional Consultation on Water Safety\n"
        "and Sanitation in Emergencies closed today at the Lake Basin\n"
        "Authority in Vell after three days of discussion among ministries.\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    kinds = [(sg.kind, doc.text[sg.start : sg.end]) for sg in doc.segments]
    assert ("dateline", "Vell, 14 April 2004") in kinds


def test_event_wrapped_after_the_dateline_is_no_headline() -> None:
    ex = run(
        "Lakeside talks end\n\nPORT ELARA, 3 May 2022 -- The Regional Consultation on Water Safety\n"
        "and Sanitation in Emergencies closed today at the Lakeside Office\n"
        "in Port Elara after three days of long and careful discussion.\n",
        lead="",
    )
    assert "Regional Consultation on Water Safety and Sanitation in Emergencies" in event_names(ex)


def test_committee_portfolio_list_runs_over_commas() -> None:
    ex = run(
        "The debate was chaired by Ms. Ana Roy, Chair of the Assembly's Committee on Fisheries, Refugees "
        "and Housing, who said the report was overdue.\n"
    )
    assert "Committee on Fisheries, Refugees and Housing" in org_names(ex)
    assert "Committee on Fisheries" not in org_names(ex)


def test_hospital_is_an_organisation_head() -> None:
    ex = run(
        "Volunteer surgeons opened a training workshop for 30 staff of Port Elara General\n"
        "Hospital on Sunday. Her colleagues at Vell University Hospital donated instruments.\n"
    )
    assert {"Port Elara General Hospital", "Vell University Hospital"} <= org_names(ex)


def test_diaspora_association_keeps_its_host_country() -> None:
    ex = run("Ana Gutu, a member of the Union of Elaran Workers in the United Kingdom, told the panel.\n")
    assert "Union of Elaran Workers in the United Kingdom" in org_names(ex)
    ex = run("Ana Gutu, of the Association of Elaran Students in Port Elara, told the panel.\n")
    assert "Association of Elaran Students" in org_names(ex)  # a city is no host country


def test_national_association_keeps_its_host_country() -> None:
    ex = run(
        "Speaking for the Ghanaian Traders Association in Germany, its\n"
        "chairman offered mentoring to returnees who want to open small firms.\n"
    )
    assert "Ghanaian Traders Association in Germany" in org_names(ex)
