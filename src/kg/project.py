"""Projection of the RDF graph onto a networkx graph of people, organisations, events and more.

One library function that drawing, exports and analytics share: nodes are
entities (with type, label and the evidence that mentions them), edges are
typed, labelled relations (spoke at, role at, sponsored, organised,
recommended, mentioned in ...).
"""

from __future__ import annotations

import networkx as nx

from kg.query import run_query
from kg.vocab import sparql_prefixes

NODE_TYPES = ("person", "organisation", "event", "recommendation", "release", "country")

_EDGES = {
    "spoke at": "?s a kg:Speech ; kg:speaker ?a ; kg:atEvent ?b .",
    "role at": "?m a org:Membership ; org:member ?a ; org:organization ?b . "
    "OPTIONAL { ?m kg:roleLabel ?detail }",
    "sponsored": "?x a kg:Sponsorship ; schema:sponsor ?a ; kg:event ?b .",
    "organised": "?x a kg:Organising ; schema:organizer ?a ; kg:event ?b .",
    "recommended": "?b a kg:Recommendation ; kg:recommendedBy ?a .",
    "made recommendation": "?b a kg:Recommendation ; kg:madeBy ?a .",
    "government of": "?a kg:governmentOf ?b .",
    "mentioned in": "?m a kg:Mention ; kg:mentionOf ?a . BIND(?g AS ?b)",
}

_NODES = """
SELECT ?n ?type ?label WHERE { GRAPH ?g {
  { ?n a schema:Person ; schema:name ?label . BIND("person" AS ?type) }
  UNION { ?n a schema:Organization ; schema:name ?label . BIND("organisation" AS ?type) }
  UNION { ?n a schema:Event ; schema:name ?label . BIND("event" AS ?type) }
  UNION { ?n a kg:Recommendation ; schema:text ?label . BIND("recommendation" AS ?type) }
  UNION { ?n a schema:NewsArticle ; dct:identifier ?id . OPTIONAL { ?n schema:headline ?h }
          BIND(COALESCE(?h, ?id) AS ?label) BIND("release" AS ?type) }
  UNION { ?n a schema:Country ; schema:identifier ?label . BIND("country" AS ?type) }
} }"""

_EVIDENCE = """
SELECT ?n (SAMPLE(?text) AS ?evidence) (SAMPLE(?rid) AS ?release) WHERE { GRAPH ?g {
  { ?m kg:mentionOf ?n ; kg:evidence/oa:exact ?text } UNION { ?n kg:evidence/oa:exact ?text }
  ?g dct:identifier ?rid } } GROUP BY ?n"""


def project(
    store, types: tuple[str, ...] = NODE_TYPES, release: str | None = None, mentions: bool = False
) -> nx.MultiDiGraph:
    """A MultiDiGraph of the store: node attrs type/label/evidence, edge attrs relation/release."""
    g = nx.MultiDiGraph()
    pre = sparql_prefixes()
    params = {"rid": release} if release else None
    scope = "?g dct:identifier ?rid ." if release else ""
    for row in run_query(store, pre + _NODES.replace("GRAPH ?g {", "GRAPH ?g { " + scope, 1), params).rows:
        iri, kind, label = row
        if kind in types and iri not in g:
            g.add_node(iri, type=kind, label=label)
    for iri, text, rid in run_query(store, pre + _EVIDENCE).rows:
        if iri in g:
            g.nodes[iri]["evidence"] = text
            g.nodes[iri]["release"] = rid
    for relation, pattern in _EDGES.items():
        if relation == "mentioned in" and not mentions:
            continue
        q = (
            pre
            + "SELECT DISTINCT ?a ?b ?rid ?detail WHERE { GRAPH ?g { "
            + scope
            + " "
            + pattern
            + " ?g dct:identifier ?rid } }"
        )
        for a, b, rid, detail in run_query(store, q, params).rows:
            if a in g and b in g:
                g.add_edge(
                    a, b, key=f"{relation}|{rid}", relation=relation, release=rid, label=detail or relation
                )
    return g
