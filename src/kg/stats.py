"""Counts per class and per release, straight from the store."""

from __future__ import annotations

from dataclasses import dataclass

from kg.query import QueryResult, run_query
from kg.vocab import PREFIXES, sparql_prefixes

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


_PER_RELEASE_COLUMNS = (
    "people",
    "organisations",
    "events",
    "speeches",
    "sponsorships",
    "organisings",
    "recommendations",
    "quotes",
    "contacts",
)


def stats(store) -> Stats:
    """Counts from the type triples only (an index scan), never a scan of every triple per release."""
    pre = sparql_prefixes()
    per_class = {}
    for label, cls in CLASSES.items():
        q = pre + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} }}"
        per_class[label] = int(run_query(store, q).rows[0][0])
    triples = int(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])
    by_class = {cls: label for label, cls in CLASSES.items()}
    counts: dict[str, dict[str, int]] = {}
    q = (
        pre
        + """SELECT ?release ?cls (COUNT(?x) AS ?n)
WHERE { GRAPH ?g { ?x a ?cls . ?g dct:identifier ?release } } GROUP BY ?release ?cls"""
    )
    expand = {iri: prefix for prefix, iri in PREFIXES.items()}
    for release, cls, n in run_query(store, q).rows:
        prefix, local = _split(cls)
        label = by_class.get(f"{expand.get(prefix, '')}:{local}")
        if label in _PER_RELEASE_COLUMNS:
            counts.setdefault(release, {})[label] = int(n)
    columns = ["release", *_PER_RELEASE_COLUMNS]
    rows = [[rid, *(str(counts[rid].get(c, 0)) for c in _PER_RELEASE_COLUMNS)] for rid in sorted(counts)]
    return Stats(
        graphs=len(store.graphs()),
        triples=triples,
        per_class=per_class,
        per_release=QueryResult(columns, rows),
    )


def _split(iri: str) -> tuple[str, str]:
    cut = max(iri.rfind("#"), iri.rfind("/")) + 1
    return iri[:cut], iri[cut:]
