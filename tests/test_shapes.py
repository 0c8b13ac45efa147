from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.mapping import to_quads
from kg.validate import validate_graph, validate_quads

BASE = "https://test.example/id/"
SCHEMA = "https://schema.org/"
KG = "https://example.org/kg/ontology#"


def graph_of(extraction) -> Graph:
    g = Graph()
    data = ox.serialize([q.triple for q in to_quads(extraction, BASE)], format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=data, format="nt")
    return g


def test_correct_graph_conforms(handmade):
    report = validate_quads(to_quads(handmade, BASE), "forum-release")
    assert report.conforms, report.text()


def test_speaker_without_name_is_reported(handmade):
    g = graph_of(handmade)
    g.remove((URIRef(BASE + "person/jane-doe"), URIRef(SCHEMA + "name"), None))
    report = validate_graph(g, "forum-release")
    assert not report.conforms
    messages = [v.message for v in report.violations]
    assert "A person must have exactly one non-empty name." in messages
    text = report.text()
    assert "person/jane-doe" in text and "forum-release" in text


def test_sponsorship_without_sponsor_is_reported_with_evidence(handmade):
    g = graph_of(handmade)
    sponsorship = next(
        g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(KG + "Sponsorship"))
    )
    g.remove((sponsorship, URIRef(SCHEMA + "sponsor"), None))
    report = validate_graph(g)
    violation = next(v for v in report.violations if "sponsor" in v.message)
    assert violation.message == "A sponsorship must name exactly one sponsor, an organisation."
    assert violation.evidence == "sponsored by the Government of Norway"


def test_span_with_end_before_start_is_reported(handmade):
    g = graph_of(handmade)
    from rdflib import Literal

    span = next(g.subjects(URIRef("http://www.w3.org/ns/oa#start"), None))
    g.set((span, URIRef("http://www.w3.org/ns/oa#end"), Literal(-1)))
    report = validate_graph(g)
    assert not report.conforms
    assert any("end offset" in v.message for v in report.violations)


def test_sponsor_that_is_not_an_organisation_is_reported(handmade):
    g = graph_of(handmade)
    event = URIRef(BASE + "event/regional-forum-on-safe-migration")
    g.add((event, URIRef(SCHEMA + "sponsor"), URIRef(BASE + "person/jane-doe")))
    report = validate_graph(g)
    assert any(v.message == "An event's sponsor must be an organisation." for v in report.violations)
