"""The projection: typed, labelled, evidenced edges; selections by release, type, focus, degree, query."""

from __future__ import annotations

import pytest

from draw_corpus import NASTY, corpus, load, ndiaye_release
from kg.analytics import co_sponsors, top
from kg.mapping import to_quads
from kg.project import NODE_TYPES, find_node, project, select
from kg.query import QueryError
from kg.store import open_store


@pytest.fixture
def store(handmade):
    s = open_store(":memory:")
    quads = to_quads(handmade, "https://example.org/kg/id/")
    s.replace_graph(quads[0].graph_name.value, quads)
    load(s, [ndiaye_release(), *corpus(8)])
    return s


def edges_by_label(g):
    return {
        (g.nodes[a]["label"], d["relation"], d["label"], g.nodes[b]["label"])
        for a, b, d in g.edges(data=True)
    }


def test_relations_are_typed_labelled_and_evidenced(store):
    g = project(store, types=NODE_TYPES, release="forum-release")
    edges = edges_by_label(g)
    forum = "Regional Forum on Safe Migration"
    assert ("Jane Doe", "spoke at", "spoke at", forum) in edges
    assert ("Jane Doe", "role at", "Director General", "International Organization for Migration") in edges
    assert ("Government of Norway", "sponsored", "sponsored", forum) in edges
    assert (
        "International Organization for Migration",
        "recommended",
        "recommended",
        "states expand legal pathways",
    ) in edges
    assert ("states expand legal pathways", "addressed to", "addressed to", "states") in edges
    assert ("Jane Doe", "mentioned in", "mentioned in", "Ministers Meet on Safe Migration") in edges
    assert ("Government of Norway", "government of", "government of", "NO") in edges
    spoke = next(d for _, _, d in g.edges(data=True) if d["relation"] == "spoke at")
    assert spoke["evidence"][0]["text"] == "Jane Doe, opened"
    assert spoke["release"] == "forum-release"
    jane = g.nodes[find_node(g, "Ms. Doe")]
    assert jane["type"] == "person" and jane["releases"] == ["forum-release"]
    assert jane["evidence"][0]["text"] == "Jane Doe"
    assert jane["props"]["alternateName"] == ["Ms. Doe"]
    assert g.nodes[find_node(g, forum)]["props"]["location"] == ["Geneva"]


def test_release_and_types_restrict_the_graph(store):
    whole = project(store)
    one = project(store, release="dakar-workshop")
    assert {d["type"] for _, d in whole.nodes(data=True)} == {"person", "organisation", "event"}
    assert {d["release"] for _, _, d in one.edges(data=True)} == {"dakar-workshop"}
    assert set(one) < set(whole)
    people = project(store, types=["person", "organisation"])
    assert {d["type"] for _, d in people.nodes(data=True)} == {"person", "organisation"}
    assert all(d["relation"] == "role at" for _, _, d in people.edges(data=True))
    with pytest.raises(ValueError, match="unknown node type"):
        project(store, types=["people"])


def test_organisation_shared_across_releases_is_one_node(store):
    g = project(store)
    iom = g.nodes[find_node(g, "International Organization for Migration")]
    assert {"forum-release", "dakar-workshop"} <= set(iom["releases"])


def test_focus_depth_and_min_degree(store):
    g = project(store)
    one = select(g, focus="Ndioro Ndiaye", depth=1)
    labels = {d["label"] for _, d in one.nodes(data=True)}
    assert labels == {
        "Ndioro Ndiaye",
        "Dakar Workshop on Labour Migration",
        "International Organization for Migration",
    }
    two = select(g, focus="ndioro ndiaye", depth=2)
    assert {"Government of Italy", "Jane Doe"} <= {d["label"] for _, d in two.nodes(data=True)}
    assert set(one) < set(two)
    by_iri = select(g, focus=find_node(g, "Ndioro Ndiaye"), depth=1)
    assert set(by_iri) == set(one)
    hubs = select(g, min_degree=3)
    assert hubs.number_of_nodes() < g.number_of_nodes()
    assert all(len(set(g.predecessors(v)) | set(g.successors(v))) >= 3 for v in hubs)
    with pytest.raises(LookupError, match="no entity"):
        select(g, focus="Nobody At All")


def test_ambiguous_partial_name_is_an_error(store):
    g = project(store)
    with pytest.raises(LookupError, match="several"):
        find_node(g, "Government of")


def test_construct_query_as_source(store):
    sparql = """PREFIX schema: <https://schema.org/>
PREFIX kg: <https://example.org/kg/ontology#>
CONSTRUCT { ?p a schema:Person ; schema:name ?n . ?e a schema:Event ; schema:name ?en .
            ?s a kg:Speech ; kg:speaker ?p ; kg:atEvent ?e }
WHERE { GRAPH ?g { ?s a kg:Speech ; kg:speaker ?p ; kg:atEvent ?e .
                   ?p schema:name ?n . ?e schema:name ?en } }"""
    g = project(store, query=sparql)
    assert {d["relation"] for _, _, d in g.edges(data=True)} == {"spoke at"}
    assert {d["type"] for _, d in g.nodes(data=True)} == {"person", "event"}
    assert ("Ndioro Ndiaye", "spoke at", "spoke at", "Dakar Workshop on Labour Migration") in edges_by_label(
        g
    )
    with pytest.raises(QueryError, match="CONSTRUCT"):
        project(store, query="SELECT * WHERE { ?s ?p ?o }")


def test_projection_is_deterministic(store):
    a, b = project(store), project(store)
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))


def test_analytics_rank_hubs_and_co_sponsors(store):
    g = project(store, types=("person", "organisation", "event", "recommendation"))
    report = top(g, 5)
    assert len(report.degree) == 5
    assert [r.value for r in report.degree] == sorted((r.value for r in report.degree), reverse=True)
    best = report.degree[0]
    assert best.value == len(set(g.predecessors(best.iri)) | set(g.successors(best.iri)))
    assert {r.type for r in report.pagerank} <= {"person", "organisation"}
    pairs = co_sponsors(g)
    dakar = [p for p in pairs if "Dakar Workshop on Labour Migration" in p.events]
    assert len(dakar) == 1 and dakar[0].a == NASTY
    assert "Co-sponsorship pairs" in report.text()
