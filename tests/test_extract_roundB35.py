"""Round B35: funds named as a funder's instrument are not organisations; the funder sponsors."""

from __future__ import annotations

from tests.extracting import org_names, roles, run

from kg.model import Organisation


def test_fund_through_which_a_known_body_pays_is_not_an_organisation() -> None:
    ex = run(
        "The Lakeport Water Forum opened on Monday. The forum was funded by the Northland Development "
        "Agency through the Lakeport Resilience Fund."
    )
    names = org_names(ex)
    assert "Northland Development Agency" in names
    assert not any("Resilience Fund" in n for n in names)


def test_possessive_fund_passes_its_sponsorship_to_its_owner() -> None:
    ex = run(
        "The Lakeport Water Forum, organised by the Harbour Trust, opened on Monday. The forum is funded "
        "by the European Union's Lakeport Resilience Fund."
    )
    assert not any("Resilience Fund" in n for n in org_names(ex))
    assert roles(ex, "sponsor") == {"European Union"}


def test_fund_named_alone_as_funder_stays() -> None:
    ex = run(
        "The Lakeport Water Forum opened on Monday. The forum was funded by the Lakeport Resilience Fund."
    )
    assert any("Resilience Fund" in n for n in org_names(ex))


def test_two_word_capitals_short_name_is_shown_as_acronym() -> None:
    org = Organisation(name="Directorate-General for Lakes and Rivers", aliases=["DG LAKES"])
    assert org.acronym == "DG LAKES"
    assert Organisation(name="Lakeport Rowing Club", aliases=["Lakeport Rowing"]).acronym is None


def test_union_named_only_as_qualifier_or_place_is_not_an_organisation() -> None:
    ex = run(
        "Delegates from Lakeland took part alongside EU Member States in the Lakeport Water Forum. "
        "The forum discussed the new EU directive on river basins and asylum in the European Union."
    )
    assert "European Union" not in org_names(ex)


def test_union_whose_staff_act_stays() -> None:
    ex = run("The Lakeport Water Forum opened on Monday. EU officials joined the forum.")
    assert "European Union" in org_names(ex)


def test_union_acting_once_stays() -> None:
    ex = run(
        "The Lakeport Water Forum discussed the new EU directive on river basins. "
        "The European Union funded the forum."
    )
    assert "European Union" in org_names(ex)


def test_venue_after_host_is_not_part_of_its_name() -> None:
    ex = run(
        "The Lakeport Water Forum opened on Monday. The forum was hosted by the Lakeland Water Board "
        "in the Harbour Congress Palace."
    )
    assert "Lakeland Water Board" in roles(ex, "organiser")
    assert not any("Palace" in n for n in org_names(ex))


def test_partner_named_in_apposition_after_together_with_its_organises() -> None:
    ex = run(
        "Thirty teachers met in Lakeport on Monday for a one-day workshop on river safety, organised by "
        "the Harbour Education Network together with its local partner, the Lakeport Literacy Trust."
    )
    assert {"Harbour Education Network", "Lakeport Literacy Trust"} <= roles(ex, "organiser")


def test_member_of_a_parliament_defined_by_acronym_is_a_title_not_a_body() -> None:
    ex = run(
        "The Lakeport Water Forum opened on Monday. Member of the Lakeland Assembly (MLA) Tomas Rivenhall "
        'said: "Rivers need rules."'
    )
    assert not any(n.startswith("Member of") for n in org_names(ex))


def test_bare_presidency_is_the_government_of_the_named_presidency() -> None:
    ex = run(
        "Ministers met in Lakeport for a conference of the Kenyan Presidency of the Lake Council. "
        "The conference was co-organised by the Presidency and the Lake Council Secretariat. "
        "The Government of Kenya welcomed the ministers."
    )
    assert not any(n == "Presidency" for n in org_names(ex))
    assert "Government of Kenya" in roles(ex, "organiser")


def test_about_heading_run_into_the_paragraph_is_the_full_name() -> None:
    ex = run(
        'The Lakeport Water Forum opened on Monday. "Rivers need rules," said Tomas Rivenhall.\n\n'
        "About Riverwatch\nRiverwatch Fishers Alliance was founded in 2009 by fishers of the lake."
    )
    names = org_names(ex)
    assert not any(n.startswith("About ") for n in names)
    assert "Riverwatch Fishers Alliance" in names
