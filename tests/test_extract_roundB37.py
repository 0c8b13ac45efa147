"""Round B37: governments and bodies of regional ministerial meetings (invented sentences)."""

from __future__ import annotations

from tests.extracting import org_names, roles, run

from kg.extract.orgdateline import drop_dateline_agencies
from kg.extract.orgpressoffice import drop_bare_press_offices
from kg.model import Extraction, Organisation, Release
from kg.segment import segment


def test_portfolio_officials_from_a_country_list_act_as_governments() -> None:
    ex = run("Ministers of the interior and of labour from Benin, Ghana and Togo took part in the talks.")
    assert {"Government of Benin", "Government of Ghana", "Government of Togo"} <= org_names(ex)


def test_officials_responsible_for_a_portfolio_from_countries_act_as_governments() -> None:
    ex = run("Senior officials responsible for migration from Kenya and Uganda met in Lakeport.")
    assert {"Government of Kenya", "Government of Uganda"} <= org_names(ex)


def test_representatives_among_other_groups_from_countries_are_no_governments() -> None:
    ex = run(
        "Some 60 officials, researchers and representatives of women's groups from Kenya and Uganda met."
    )
    assert not {"Government of Kenya", "Government of Uganda"} & org_names(ex)


def test_a_country_attending_as_an_observer_acts_as_a_government() -> None:
    ex = run("Officials from Peru met in Lakeport, with Chile attending as an observer.")
    assert {"Government of Chile", "Government of Peru"} <= org_names(ex)


def test_place_dash_line_ending_in_a_comma_opens_the_body() -> None:
    text = (
        "Lakeport Water Talks Close with Call for Shared Data\n"
        "Fiji - Senior officials from Fiji, Kiribati, Samoa, Tonga,\n"
        "Tuvalu and Vanuatu yesterday wrapped up the Lakeport Water Consultation, a two-day meeting\n"
        "held in Lakeport on 27 and 28 July 2016.\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    assert [s.kind for s in doc.segments][:2] == ["headline", "dateline"]
    ex = run(text, lead="")
    assert {"Government of Kiribati", "Government of Tonga"} <= org_names(ex)


def test_countries_after_a_territory_in_a_ministers_list_act_as_governments() -> None:
    ex = run(
        "Interior ministers from Albania, Kosovo/UNSCR 1244, Montenegro and Serbia today adopted a plan."
    )
    assert {"Government of Montenegro", "Government of Serbia"} <= org_names(ex)


def test_a_country_after_a_region_in_a_list_of_governments_acts_as_one() -> None:
    ex = run("Governments from Central Asia and Mongolia gathered in Lakeport for the dialogue.")
    assert "Government of Mongolia" in org_names(ex)


def test_members_named_after_a_counted_group_of_participants_act_as_governments() -> None:
    ex = run("Participants from fourteen Member States, including Jamaica and Suriname, examined the rules.")
    assert {"Government of Jamaica", "Government of Suriname"} <= org_names(ex)


def test_a_country_closing_an_address_is_no_government() -> None:
    ex = run("Ann Lorr, Director, Lakeport Association for the Care of Youth, Greece, spoke on the panel.")
    assert "Government of Greece" not in org_names(ex)


def test_a_country_after_a_region_as_a_place_is_no_government() -> None:
    ex = run("Migrants from Central Asia and Mongolia arrived in Lakeport last week.")
    assert "Government of Mongolia" not in org_names(ex)


def test_funder_through_a_named_agency_without_article_sponsors_too() -> None:
    ex = run(
        "The Lakeport Water Network held a two-day workshop on flood warnings in Port Elara. The workshop, "
        "funded by the Government of Norway through Riverland Aid Agency, brought together 40 officials. "
        "Riverland Aid Agency has backed the Network since 2015."
    )
    assert {"Government of Norway", "Riverland Aid Agency"} <= roles(ex, "sponsor")


def test_funder_through_the_bureau_of_a_department_sponsors_too() -> None:
    ex = run(
        "The Lakeport Water Network held a two-day workshop on flood warnings in Port Elara. It was funded "
        "by the Government of Norway through the Bureau of Water, Rivers and Lakes (BWRL) of the Ministry of "
        "Climate of Norway."
    )
    assert {"Government of Norway", "Bureau of Water, Rivers and Lakes"} <= roles(ex, "sponsor")


def test_funder_through_a_joint_partnership_programme_gives_no_second_sponsor() -> None:
    ex = run(
        "The Lakeport Water Network held a two-day workshop on flood warnings in Port Elara. It was funded "
        "by the Government of Norway through the Lakeland-Norway Water Partnership (LNWP)."
    )
    assert roles(ex, "sponsor") == {"Government of Norway"}


_WIRE = (
    "LIS/NAR/861\n\nLakeland officials agree on river data\n\n"
    "LAKEPORT, 16 June (LIS) -- Officials of the Lakeport Water Network agreed yesterday to share river "
    "data at a two-day workshop.\n"
)


def _after_drop(text: str) -> set[str]:
    doc = segment(Release(id="t", source="t.txt", text=text))
    ex = Extraction(release=doc.release)
    ex.organisations += [
        Organisation("Lakeland Information Service", ["LIS"]),
        Organisation("Lakeport Water Network"),
    ]
    drop_dateline_agencies(doc, ex)
    return {o.name for o in ex.organisations}


def test_news_service_in_the_dateline_bracket_is_no_organisation() -> None:
    assert _after_drop(_WIRE) == {"Lakeport Water Network"}


def test_news_service_named_again_in_the_contact_line_stays() -> None:
    text = _WIRE + "\nFor more information, contact: Ann Lorr, LIS Lakeport, Email: alorr@lis.org\n"
    assert "Lakeland Information Service" in _after_drop(text)


def test_bare_press_office_is_no_organisation() -> None:
    ex = Extraction(release=Release(id="t", source="t.txt", text=""))
    ex.organisations += [Organisation("Press Office"), Organisation("Lakeport Water Board")]
    drop_bare_press_offices(ex)
    assert {o.name for o in ex.organisations} == {"Lakeport Water Board"}


def test_press_office_in_its_owners_name_stays() -> None:
    ex = Extraction(release=Release(id="t", source="t.txt", text=""))
    ex.organisations += [
        Organisation("Lakeport Water Board Press Office"),
        Organisation("Media Freedom Unit"),
    ]
    drop_bare_press_offices(ex)
    assert {o.name for o in ex.organisations} == {"Lakeport Water Board Press Office", "Media Freedom Unit"}
