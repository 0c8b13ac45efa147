"""Projection of the RDF graph onto a networkx graph of people, organisations, events and more.

One library function (`project`) that drawing, exports and analytics share, so
a notebook user gets exactly the graph the pictures show. Nodes are entities
(attributes: type, label, iri, releases, props, evidence); edges are typed,
labelled relations (spoke at, role at / member of, sponsored, organised,
recommended, addressed to, mentioned in ...), one edge per relation, detail
and release, each carrying the text span that evidences it.

Fact nodes of the RDF (speeches, memberships, sponsorships) become edges, not
nodes: a reader of the picture wants "Jane Doe -> spoke at -> Forum", not the
reification. `select` then cuts the projection down (focus, depth, degree)
without going back to the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from kg.query import Scope, run_query
from kg.vocab import sparql_prefixes

NODE_TYPES = (
    "person",
    "organisation",
    "event",
    "recommendation",
    "addressee",
    "release",
    "country",
)
DEFAULT_TYPES = ("person", "organisation", "event")
MAX_EVIDENCE = 5  # spans kept per node and per edge: enough to convince, small enough to embed
QUERY_GRAPH = "urn:kg:query"

_TYPE_PATTERNS = {
    "person": "?n a schema:Person ; schema:name ?label .",
    "organisation": "?n a schema:Organization ; schema:name ?label .",
    "event": "?n a schema:Event ; schema:name ?label .",
    "recommendation": "?n a kg:Recommendation ; schema:text ?label .",
    "release": "?n a schema:NewsArticle ; dct:identifier ?id . OPTIONAL { ?n schema:headline ?h } "
    "BIND(COALESCE(?h, ?id) AS ?label)",
    "country": "?n a schema:Country ; schema:identifier ?label .",
}

# relation -> pattern binding ?a (source), ?b (target), ?x (the fact whose evidence backs the edge)
# and optionally ?detail (a role, a verb) that labels the edge.
_EDGES = {
    "spoke at": "?x a kg:Speech ; kg:speaker ?a ; kg:atEvent ?b . OPTIONAL { ?x kg:speechVerb ?detail }",
    "role at": "?x a org:Membership ; org:member ?a ; org:organization ?b . "
    "OPTIONAL { ?x kg:roleLabel ?detail }",
    "sponsored": "?x a kg:Sponsorship ; schema:sponsor ?a ; kg:event ?b .",
    "organised": "?x a kg:Organising ; schema:organizer ?a ; kg:event ?b .",
    "recommended": "?b a kg:Recommendation . { ?b kg:recommendedBy ?a } UNION { ?b kg:madeBy ?a } "
    "BIND(?b AS ?x)",
    "addressed to": "?a a kg:Recommendation ; kg:addressee ?detail . BIND(?a AS ?x) BIND(?a AS ?b)",
    "government of": "?a kg:governmentOf ?b . BIND(?a AS ?x)",
    "mentioned in": "?a kg:mention [] . ?b a schema:NewsArticle . BIND(?a AS ?x)",
    "quoted in": "?x a kg:Quote ; prov:wasAttributedTo ?a . ?b a schema:NewsArticle .",
    "press contact for": "?x a kg:PressContact ; kg:contactPerson ?a . ?b a schema:NewsArticle .",
    "published": "?b schema:publisher ?a . BIND(?b AS ?x)",
}

_PROPS = """
SELECT ?n ?p ?o ?rid WHERE { GRAPH ?g { SCOPE
  ?n a ?t . VALUES ?t { schema:Person schema:Organization schema:Event kg:Recommendation
                        schema:NewsArticle schema:Country }
  { ?n ?p ?o FILTER(isLiteral(?o)) }
  UNION { ?n schema:location/schema:name ?o BIND(schema:location AS ?p) }
  UNION { ?n schema:venue/schema:name ?o BIND(schema:venue AS ?p) }
} }"""

_EVIDENCE = """
SELECT DISTINCT ?n ?text ?start ?end ?rid WHERE { GRAPH ?g { SCOPE
  { ?n kg:mention ?s } UNION { ?n a kg:Recommendation ; kg:evidence ?s }
  ?s oa:exact ?text ; oa:start ?start ; oa:end ?end .
} } ORDER BY ?n ?rid ?start"""

_HIDDEN_PROPS = {"contentHash", "pipelineVersion", "sourceFile", "named", "encoding"}


@dataclass(frozen=True)
class Evidence:
    """A text span of a release that supports a node or an edge."""

    release: str
    text: str
    start: int | None = None
    end: int | None = None

    def as_dict(self) -> dict:
        return {"release": self.release, "text": self.text, "start": self.start, "end": self.end}


def project(
    store,
    types: Iterable[str] = DEFAULT_TYPES,
    release: str | None = None,
    query: str | None = None,
    scope: Scope | None = None,
) -> nx.MultiDiGraph:
    """Project the store (or one release, or the triples a CONSTRUCT `query` builds) onto networkx.

    `scope` (kg.query.Scope: release ids, a date range) projects only those
    releases' graphs, reading nothing else of the store; `release` is the
    one-release shorthand.

    Edges whose source or target type is not in `types` are dropped with the node.
    A CONSTRUCT result is projected with the same patterns, so it should keep the
    types and names of the nodes it wants drawn (see README "Drawing").
    """
    types = tuple(types)
    unknown = set(types) - set(NODE_TYPES)
    if unknown:
        raise ValueError(f"unknown node type(s) {', '.join(sorted(unknown))}; choose from {NODE_TYPES}")
    if release:
        scope = Scope(releases=(release,))
    if query is not None:
        store = construct_store(store, query)
        scope = None  # the CONSTRUCT result is its own one-graph store
    # looked up once: the projection runs a query per node type and per relation
    return _Projector(store, types, scope.resolve(store) if scope else None).run()


def construct_store(store, sparql: str):
    """An in-memory store holding what a CONSTRUCT (or DESCRIBE) query returns, in one named graph."""
    from pyoxigraph import NamedNode, Quad, QueryTriples

    from kg.query import QueryError
    from kg.store import open_store

    try:
        result = store.query(sparql)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from None
    if not isinstance(result, QueryTriples):
        raise QueryError("kg draw --query needs a CONSTRUCT or DESCRIBE query")
    graph = NamedNode(QUERY_GRAPH)
    out = open_store(":memory:")
    out.replace_graph(QUERY_GRAPH, [Quad(t.subject, t.predicate, t.object, graph) for t in result])
    return out


class _Projector:
    def __init__(self, store, types: tuple[str, ...], scope: Scope | None):
        self.store = store
        self.types = types
        self.releases = scope if scope else None
        # The release graph's own triple names the release; a CONSTRUCT graph may not have one.
        self.scope = "?g dct:identifier ?rid ." if scope else "OPTIONAL { ?g dct:identifier ?rid }"
        self.g = nx.MultiDiGraph()

    def select(self, body: str) -> list[list[str]]:
        sparql = sparql_prefixes() + body.replace("SCOPE", self.scope)
        return run_query(self.store, sparql, scope=self.releases).rows

    def run(self) -> nx.MultiDiGraph:
        self.nodes()
        self.props()
        self.evidence()
        self.edges()
        return self.g

    def nodes(self) -> None:
        for kind in self.types:
            pattern = _TYPE_PATTERNS.get(kind)
            if pattern is None:
                continue
            body = f"SELECT DISTINCT ?n ?label ?rid WHERE {{ GRAPH ?g {{ SCOPE {pattern} }} }}"
            for iri, label, r in sorted(self.select(body)):
                if iri not in self.g:
                    self.g.add_node(
                        iri,
                        type=kind,
                        label=" ".join(label.split()),
                        iri=iri,
                        releases=[],
                        props={},
                        evidence=[],
                    )
                node = self.g.nodes[iri]
                if node["type"] == kind and r and r not in node["releases"]:
                    node["releases"].append(r)

    def props(self) -> None:
        for iri, p, o, _ in self.select(_PROPS):
            if iri not in self.g:
                continue
            name = p.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            if name in _HIDDEN_PROPS:
                continue
            values = self.g.nodes[iri]["props"].setdefault(name, [])
            if o not in values:
                values.append(o)
        for _, data in self.g.nodes(data=True):
            data["props"] = {k: sorted(v) for k, v in sorted(data["props"].items())}

    def evidence(self) -> None:
        for iri, text, start, end, r in self.select(_EVIDENCE):
            if iri in self.g:
                ev = self.g.nodes[iri]["evidence"]
                item = Evidence(r, text, int(start), int(end)).as_dict()
                if len(ev) < MAX_EVIDENCE and item not in ev:
                    ev.append(item)

    def edges(self) -> None:
        addressees: dict[tuple[str, str], str] = {}
        for relation, pattern in _EDGES.items():
            body = (
                "SELECT DISTINCT ?a ?b ?rid ?detail ?text ?start ?end WHERE { GRAPH ?g { "
                f"SCOPE {pattern} OPTIONAL {{ ?x kg:evidence|kg:mention ?s . "
                "?s oa:exact ?text ; oa:start ?start ; oa:end ?end } } }"
            )
            for a, b, r, detail, text, start, end in sorted(self.select(body)):
                if relation == "addressed to":
                    b = self._addressee(a, detail, r, addressees)
                if a not in self.g or b not in self.g or a == b:
                    continue
                label = detail if relation == "role at" and detail else relation
                rel = "member of" if relation == "role at" and not detail else relation
                key = f"{rel}|{label}|{r}"
                if not self.g.has_edge(a, b, key):
                    self.g.add_edge(a, b, key=key, relation=rel, label=label, release=r, evidence=[])
                ev = self.g.edges[a, b, key]["evidence"]
                if text and len(ev) < MAX_EVIDENCE and all(e["text"] != text for e in ev):
                    ev.append(Evidence(r, text, int(start), int(end)).as_dict())

    def _addressee(self, rec: str, text: str, release: str, seen: dict) -> str:
        """The node a recommendation is addressed to: an organisation of that name, else a group node."""
        key = text.casefold().strip()
        for v, d in self.g.nodes(data=True):
            if d["type"] == "organisation" and key in {
                f.casefold() for f in [d["label"], *d["props"].get("alternateName", [])]
            }:
                return v
        if "addressee" not in self.types or rec not in self.g:
            return ""
        node = seen.get((key, ""))
        if node is None:
            node = f"urn:kg:addressee:{key}"
            seen[(key, "")] = node
            self.g.add_node(node, type="addressee", label=text, iri=node, releases=[], props={}, evidence=[])
        if release and release not in self.g.nodes[node]["releases"]:
            self.g.nodes[node]["releases"].append(release)
        return node


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """The node called `name`: its IRI, else its name or an alternate name, else a unique partial match."""
    if name in g:
        return name
    key = " ".join(name.split()).casefold()
    exact = [v for v, d in g.nodes(data=True) if key in {f.casefold() for f in _forms(d)}]
    if len(exact) >= 1:
        return sorted(exact, key=lambda v: (-g.degree(v), v))[0]
    partial = [v for v, d in g.nodes(data=True) if any(key in f.casefold() for f in _forms(d))]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = ", ".join(sorted(g.nodes[v]["label"] for v in partial)[:8])
        raise LookupError(f"{name!r} matches several entities: {names}; give the full name or the IRI")
    raise LookupError(f"no entity called {name!r} in the graph")


def _forms(data: dict) -> list[str]:
    return [data.get("label", ""), *data.get("props", {}).get("alternateName", [])]


def select(
    g: nx.MultiDiGraph,
    focus: str | None = None,
    depth: int = 1,
    min_degree: int = 0,
) -> nx.MultiDiGraph:
    """Cut the projection down: nodes with at least `min_degree` neighbours, then `focus`'s neighbourhood.

    Degree counts distinct neighbours in the whole projection, so the filter
    does not depend on the order of cuts; the focus node is always kept.
    """
    keep = set(g)
    centre = find_node(g, focus) if focus else None
    if min_degree > 0:
        und = nx.Graph(g)
        keep = {v for v in g if und.degree(v) >= min_degree or v == centre}
    sub = g.subgraph(keep)
    if centre is not None:
        sub = g.subgraph(nx.ego_graph(sub.to_undirected(as_view=True), centre, radius=depth))
    return nx.MultiDiGraph(sub)
