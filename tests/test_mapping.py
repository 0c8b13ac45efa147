from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.iris import Minter, person_key, slug
from kg.mapping import to_quads
from kg.vocab import KG, SCHEMA

BASE = "https://test.example/id/"


def test_mapping_is_deterministic(handmade):
    assert to_quads(handmade, BASE) == to_quads(handmade, BASE)


def test_one_named_graph_per_release(handmade):
    graphs = {q.graph_name.value for q in to_quads(handmade, BASE)}
    assert graphs == {BASE + "release/forum-release"}


def test_every_fact_node_has_evidence_matching_the_text(handmade):
    quads = to_quads(handmade, BASE)
    text = handmade.release.text
    evidence = [q for q in quads if q.predicate.value == KG + "evidence"]
    assert len(evidence) >= 4
    mentions = {q.subject.value for q in quads if q.predicate.value == KG + "mention"}
    assert BASE + "person/jane-doe" in mentions  # entities point at the spans that name them
    starts = {q.subject: int(q.object.value) for q in quads if q.predicate.value.endswith("oa#start")}
    ends = {q.subject: int(q.object.value) for q in quads if q.predicate.value.endswith("oa#end")}
    exact = {q.subject: q.object.value for q in quads if q.predicate.value.endswith("oa#exact")}
    for span in starts:
        assert text[starts[span] : ends[span]] == exact[span]


def test_aliases_resolve_to_one_node(handmade):
    quads = to_quads(handmade, BASE)
    orgs = {
        q.subject.value
        for q in quads
        if q.predicate.value.endswith("#type") and q.object.value == SCHEMA + "Organization"
    }
    assert orgs == {BASE + "org/international-organization-for-migration", BASE + "org/government-of-norway"}
    # the quote's speaker "Ms. Doe" is the person "Jane Doe"
    attributed = [q.object.value for q in quads if q.predicate.value.endswith("wasAttributedTo")]
    assert attributed == [BASE + "person/jane-doe"]


def test_government_linked_to_country(handmade):
    g = Graph()
    g.parse(
        data=ox.serialize([q.triple for q in to_quads(handmade, BASE)], format=ox.RdfFormat.N_TRIPLES),
        format="nt",
    )
    rows = list(
        g.query("""PREFIX kg: <https://example.org/kg/ontology#> PREFIX schema: <https://schema.org/>
        SELECT ?code WHERE { ?o kg:governmentOf ?c . ?c schema:identifier ?code }""")
    )
    assert [str(r[0]) for r in rows] == ["NO"]


def test_person_iri_ignores_honorifics():
    assert person_key("Ms. Jane Doe") == person_key("Jane Doe") == "jane doe"
    m = Minter(BASE)
    assert m.person("H.E. Jane Doe") == m.person("jane doe")


def test_iris_are_valid_whatever_the_name():
    m = Minter(BASE)
    for name in [
        'a "quoted" <name>',
        "back\\slash }",
        "Ιωάννης Παπαδόπουλος",
        "王小明",
        "\u202eevil",
        "",
        "   ",
    ]:
        for iri in (m.person(name), m.organisation(name), m.event("r 1", name, False), m.place(name)):
            ox.NamedNode(iri)  # raises on an invalid IRI
    assert slug("王小明") != slug("李小明")


def test_api_functions_stay_callable_after_importing_every_module():
    import importlib
    import pkgutil

    import kg

    for info in pkgutil.walk_packages(kg.__path__, "kg."):
        if info.name != "kg.__main__":
            importlib.import_module(info.name)
    for name in (
        "build",
        "query",
        "export",
        "validate",
        "open_store",
        "to_networkx",
        "select",
        "write_graph",
    ):
        assert callable(getattr(kg, name)), name


def test_two_forms_folding_to_one_node_keep_one_preferred_name(handmade):
    from kg.model import Event, Organisation, Span
    from kg.validate import validate_quads

    handmade.organisations.append(
        Organisation("INTERNATIONAL ORGANIZATION FOR MIGRATION", spans=[Span(0, 5)])
    )
    handmade.events.append(
        Event("REGIONAL FORUM ON SAFE MIGRATION", True, spans=[Span(0, 5)], start_date="2024-05-03")
    )
    quads = to_quads(handmade, BASE)
    names = [
        q
        for q in quads
        if q.subject.value.endswith("/international-organization-for-migration")
        and q.predicate.value == SCHEMA + "name"
    ]
    assert len(names) == 1
    assert validate_quads(quads).conforms


def test_names_the_extraction_does_not_know_each_get_their_own_node():
    """Mapping makes up a Person / Organisation for a name the extraction does not know and
    caches nodes by id(): a made-up object freed at once let the next one reuse its id, and
    every unknown name after the first got the first one's node."""
    from kg.iris import Minter
    from kg.mapping import _Mapper
    from kg.model import Extraction, Release

    ex = Extraction(release=Release(id="r", source="r.txt", text="x"))
    mapper = _Mapper(ex, Minter(BASE), "1")
    assert len({mapper.person(f"Person {i}") for i in range(50)}) == 50
    assert len({mapper.org(f"Org {i}") for i in range(50)}) == 50


def test_an_invalid_base_is_still_refused(handmade):
    """Only the release IRI is checked (every other IRI is the base plus safe parts): a bad
    base must still fail there, as it did when every node was a pyoxigraph NamedNode."""
    with pytest.raises(ValueError):
        to_quads(handmade, "https://test.example/a b/")
    with pytest.raises(ValueError):
        to_quads(handmade, "no-scheme/")
