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
