"""Counts per class and per release, straight from the store."""

from __future__ import annotations

from dataclasses import dataclass

from kg.query import QueryResult, run_query
from kg.vocab import sparql_prefixes

CLASSES = {
    "releases": "schema:NewsArticle",
    "people": "schema:Person",
    "organisations": "schema:Organization",
    "events": "schema:Event",
    "speeches": "kg:Speech",
    "roles": "org:Membership",
    "sponsorships": "kg:Sponsorship",
    "organisings": "kg:Organising",
    "recommendations": "kg:Recommendation",
    "quotes": "kg:Quote",
    "contacts": "kg:PressContact",
}


@dataclass
class Stats:
    graphs: int
    triples: int
    per_class: dict[str, int]
    per_release: QueryResult


def stats(store) -> Stats:
    per_class = {}
    for label, cls in CLASSES.items():
        q = sparql_prefixes() + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} }}"
        per_class[label] = int(run_query(store, q).rows[0][0])
    triples = int(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])
    per_release = run_query(
        store,
        sparql_prefixes()
        + """
SELECT ?release (COUNT(*) AS ?triples)
       (SUM(IF(?p = rdf:type && ?o = kg:Speech, 1, 0)) AS ?speeches)
       (SUM(IF(?p = rdf:type && ?o = kg:Quote, 1, 0)) AS ?quotes)
       (SUM(IF(?p = rdf:type && ?o = kg:Recommendation, 1, 0)) AS ?recommendations)
       (SUM(IF(?p = rdf:type && ?o = schema:Event, 1, 0)) AS ?events)
WHERE { GRAPH ?g { ?s ?p ?o } ?g dct:identifier ?release }
GROUP BY ?release ORDER BY ?release""".replace(
            "?g dct:identifier ?release", "GRAPH ?g { ?g dct:identifier ?release }"
        ),
    )
    return Stats(graphs=len(store.graphs()), triples=triples, per_class=per_class, per_release=per_release)
