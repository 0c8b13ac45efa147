"""The conformance fast path says "conforms" exactly when the full engine finds nothing.

Our shapes use only part of what kg.shacl_fast supports, so these shapes use
the rest (sh:or, lengths, patterns on IRIs, language-tagged and decimal
datatypes, sh:lessThanOrEquals, rdfs:subClassOf in the data), over random
graphs with awkward terms.
"""

from __future__ import annotations

import random

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, parse

from kg.shacl_fast import Engine, compile_shapes

SHAPES = b"""
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:S a sh:NodeShape ; sh:targetClass ex:C ;
  sh:property [ sh:path ex:lang ; sh:datatype rdf:langString ] ,
    [ sh:path ex:str ; sh:datatype xsd:string ; sh:minLength 1 ; sh:maxLength 3 ] ,
    [ sh:path ex:iri ; sh:pattern "^URN:EX:" ; sh:flags "i" ] ,
    [ sh:path ex:dec ; sh:datatype xsd:decimal ; sh:minInclusive 1.5 ] ,
    [ sh:path ex:int ; sh:datatype xsd:integer ; sh:minInclusive 0 ; sh:maxCount 2 ] ,
    [ sh:path ex:num ; sh:minInclusive -2 ] ,
    [ sh:path ex:lo ; sh:lessThanOrEquals ex:hi ] ,
    [ sh:path ex:either ; sh:or ( [ sh:datatype xsd:integer ] [ sh:class ex:D ] ) ] ,
    [ sh:path ex:any ; sh:or ( [ sh:datatype xsd:date ] [ ] ) ] ,
    [ sh:path ex:bool ; sh:datatype xsd:boolean ] ,
    [ sh:path ex:cls ; sh:class ex:D ; sh:minCount 1 ] .
ex:T a sh:NodeShape ; sh:targetClass ex:D ; sh:property [ sh:path ex:str ; sh:minCount 1 ; sh:pattern "a" ] .
"""
EX = "urn:ex:"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SUBCLASS = NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
XSD = "http://www.w3.org/2001/XMLSchema#"
PREDICATES = [NamedNode(EX + p) for p in "lang str iri dec int num lo hi either any bool cls".split()]
NODES = [NamedNode(EX + "n1"), NamedNode(EX + "n2"), BlankNode("b1")]
CLASSES = [NamedNode(EX + c) for c in ("C", "D", "E")]


def _typed(value: str, datatype: str) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + datatype))


VALUES = [
    Literal(""),
    Literal("a"),
    Literal("abcd"),
    Literal('a"'),
    Literal("\\a"),
    Literal("é\U0001f600"),
    Literal("a", language="en"),
    Literal("", language="en-GB"),
    Literal(0),
    Literal(-3),
    Literal(7),
    Literal(True),
    Literal(2.5),
    _typed("5\n", "integer"),
    _typed(" 5", "integer"),
    _typed("+5", "integer"),
    _typed("x", "integer"),
    _typed("1.5", "decimal"),
    _typed("1.49", "decimal"),
    _typed("1_000", "decimal"),
    _typed("2024-01-02", "date"),
    _typed("2024-02-30", "date"),
    _typed("1", "boolean"),
    _typed("yes", "boolean"),
    NamedNode("urn:ex:thing"),
    NamedNode("http://other.example/x"),
    *NODES,
    *CLASSES,
]


def _graph(rnd: random.Random) -> list:
    triples = [(n, RDF_TYPE, rnd.choice(CLASSES)) for n in NODES if rnd.random() < 0.8]
    for _ in range(rnd.randrange(12)):
        triples.append((rnd.choice(NODES), rnd.choice(PREDICATES), rnd.choice(VALUES)))
    if rnd.random() < 0.2:
        triples.append((CLASSES[2], SUBCLASS, rnd.choice(CLASSES[:2])))
    return triples


def test_fast_path_agrees_with_the_full_engine_on_random_graphs():
    engine = Engine(compile_shapes(parse(SHAPES, format=RdfFormat.TURTLE)))
    rnd = random.Random(11)
    outcomes = set()
    for _ in range(3000):
        triples = _graph(rnd)
        rows = [(str(s), str(p), str(o)) for s, p, o in triples]
        findings = engine.validate(triples)
        assert engine.fast.conforms(rows) == (not findings), triples
        outcomes.add(not findings)
    assert outcomes == {True, False}


def test_sparql_shapes_leave_the_answer_to_the_full_engine():
    ttl = b"""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <urn:ex:> .
    ex:S a sh:NodeShape ; sh:targetClass ex:C ;
      sh:sparql [ sh:select "SELECT $this WHERE { $this <urn:ex:p> 1 }" ] ."""
    engine = Engine(compile_shapes(parse(ttl, format=RdfFormat.TURTLE)))
    typed = [(f"<{EX}n1>", str(RDF_TYPE), f"<{EX}C>")]
    assert not engine.fast.conforms(typed)
    assert engine.report(typed).conforms
    assert engine.fast.conforms([(f"<{EX}n1>", str(RDF_TYPE), f"<{EX}D>")])
