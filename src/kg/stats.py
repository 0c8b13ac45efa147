"""Counts per class and per release, straight from the store."""

from __future__ import annotations

from dataclasses import dataclass

from kg.query import QueryResult, Scope, run_query
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


PER_RELEASE_MAX = 200  # releases in scope up to which the per-release table is on by default
TRIPLES_MAX = 5000  # releases in scope up to which triples are counted by default


@dataclass
class Stats:
    graphs: int
    triples: int | None  # None: not counted (a scan of every triple; see stats())
    per_class: dict[str, int]
    per_release: QueryResult | None  # None: not asked for


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


def stats(
    store,
    scope: Scope | None = None,
    per_release: bool | None = None,
    triples: bool | None = None,
    base: str | None = None,
) -> Stats:
    """Counts from the type triples (an index scan), never a scan of every triple per release.

    `scope` restricts the counts to some releases. The per-release table and
    the triple count (a scan of every stored triple) are on by default for
    small scopes only, so `kg stats` stays quick on an archive of 100k
    releases; pass True to force them.
    """
    scope = scope.resolve(store, base) if scope else None  # a date range is looked up once, not per query
    graphs = scope.graphs(store) if scope else store.graphs()
    if per_release is None:
        per_release = len(graphs) <= PER_RELEASE_MAX
    if triples is None:
        triples = len(graphs) <= TRIPLES_MAX

    def select(q: str) -> list[list[str]]:
        return run_query(store, q, scope=scope, base=base).rows

    pre = sparql_prefixes()
    per_class = {}
    for label, cls in CLASSES.items():
        q = pre + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{ ?x a {cls} }} }}"
        per_class[label] = int(select(q)[0][0])
    count = None
    if triples:
        count = int(select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0][0])
    return Stats(
        graphs=len(graphs),
        triples=count,
        per_class=per_class,
        per_release=_per_release(select, pre) if per_release else None,
    )


def _per_release(select, pre: str) -> QueryResult:
    by_class = {cls: label for label, cls in CLASSES.items()}
    counts: dict[str, dict[str, int]] = {}
    q = (
        pre
        + """SELECT ?release ?cls (COUNT(?x) AS ?n)
WHERE { GRAPH ?g { ?x a ?cls . ?g dct:identifier ?release } } GROUP BY ?release ?cls"""
    )
    expand = {iri: prefix for prefix, iri in PREFIXES.items()}
    for release, cls, n in select(q):
        prefix, local = _split(cls)
        label = by_class.get(f"{expand.get(prefix, '')}:{local}")
        if label in _PER_RELEASE_COLUMNS:
            counts.setdefault(release, {})[label] = int(n)
    columns = ["release", *_PER_RELEASE_COLUMNS]
    rows = [[rid, *(str(counts[rid].get(c, 0)) for c in _PER_RELEASE_COLUMNS)] for rid in sorted(counts)]
    return QueryResult(columns, rows)


def _split(iri: str) -> tuple[str, str]:
    cut = max(iri.rfind("#"), iri.rfind("/")) + 1
    return iri[:cut], iri[cut:]
