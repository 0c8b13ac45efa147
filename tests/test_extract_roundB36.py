"""Round 36b: humanitarian clusters as bodies, and their "ACR Cluster" short forms (invented text)."""

from __future__ import annotations

from extracting import org_names, roles, run


def test_cluster_named_as_actor_is_an_organisation() -> None:
    ex = run("The Water Cluster, which the Lakeport Relief Agency leads in Lakeport, lists 40 sites at risk.")
    assert "Water Cluster" in org_names(ex)


def test_cluster_short_form_in_parentheses_is_an_alias() -> None:
    ex = run(
        "The three-day course was organized by the Lakeport Relief Agency (LRA), the Emergency Shelter and "
        "Camp Support Cluster (ESCS Cluster) and the Northern Relief Office."
    )
    org = ex.organisation("ESCS Cluster")
    assert org is not None and org.name == "Emergency Shelter and Camp Support Cluster"
    assert "Emergency Shelter and Camp Support Cluster" in roles(ex, "organiser")


def test_cluster_before_a_lower_case_noun_is_named() -> None:
    ex = run("Officials travelled to Lakeport for a Water Cluster coordination meeting on Monday.")
    assert "Water Cluster" in org_names(ex)


def test_funder_of_handed_over_goods_sponsors_the_handover() -> None:
    ex = run(
        "The Lakeport Relief Agency today handed over 4,000 shelter kits to the Northern Disaster Authority "
        "at a ceremony in Port Elara. The kits were procured with funding from the Coastal Aid Foundation."
    )
    assert "Coastal Aid Foundation" in roles(ex, "sponsor")


def test_funder_of_goods_given_at_a_closing_ceremony_sponsors_nothing() -> None:
    ex = run(
        "Twenty officers completed a training course in Port Elara, at the end of which the Lakeport Relief "
        "Agency handed over radios to the border posts. The equipment was donated by the Coastal Aid "
        "Foundation. The Director spoke at the closing ceremony."
    )
    assert "Coastal Aid Foundation" not in roles(ex, "sponsor")


def test_bodies_that_convened_participants_for_a_meeting_organise_it() -> None:
    ex = run(
        "The Northern Disaster Authority and the Lakeport Relief Agency on Tuesday convened more than 30 "
        "aid groups in Port Elara for a two-day workshop on flood response."
    )
    assert {"Northern Disaster Authority", "Lakeport Relief Agency"} <= roles(ex, "organiser")


def test_pro_tempore_presidency_of_a_country_is_its_government() -> None:
    ex = run(
        "The regional workshop was organized by the Lakeport Relief Agency under the auspices of the Pro "
        "Tempore Presidency of Costa Rica, and brought together delegations from eight countries."
    )
    gov = ex.organisation("Pro Tempore Presidency of Costa Rica")
    assert gov is not None and gov.name == "Government of Costa Rica"
    assert "Pro Tempore Presidency of Costa Rica" not in org_names(ex)


def test_member_states_listed_between_dashes_are_governments() -> None:
    ex = run(
        "Delegations from the States Parties of the Lakeland Union (LU) – Argentina, Brazil and Uruguay – "
        "took part in the two days of work."
    )
    assert {"Government of Argentina", "Government of Brazil", "Government of Uruguay"} <= org_names(ex)


def test_countries_between_dashes_without_member_cue_stay_places() -> None:
    ex = run("Migrants travel from the region – Argentina, Brazil and Peru – to the north each year.")
    assert "Government of Brazil" not in org_names(ex)


def test_launchers_of_another_named_thing_do_not_organise_the_launch() -> None:
    ex = run(
        "The Lakeport Relief Agency today launched the Lakeport Displacement Survey at an event in Port "
        "Elara. The revised Coastal Flood Appeal, launched by the Northern Disaster Authority, seeks "
        "USD 40 million."
    )
    assert "Northern Disaster Authority" not in roles(ex, "organiser")
