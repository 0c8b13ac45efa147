"""A fast SHACL engine for the subset of SHACL our shapes use, with pyshacl as the reference.

pyshacl takes ~0.1-0.6 s per release graph (it re-parses each SPARQL
constraint per focus node, and walks rdflib graphs), which caps a build at a
few releases per second. Our shapes only use node shapes with `sh:targetClass`
and property shapes with a single predicate path and the constraints below, so
they compile to plain Python checks over a per-subject index of the graph.
SPARQL constraints (`sh:sparql` / `sh:select`) run on pyoxigraph. Any shape
feature outside the subset makes `compile_shapes` raise `Unsupported`, and
callers fall back to pyshacl, so a new shape can never be silently ignored.
tests/test_shacl_fast.py checks both engines report the same violations.

A report starts with kg.shacl_rows, which answers "conforms?" from the graph's
N-Triples rows (~0.4 ms per release in a build); only a graph that does not
conform goes through the full engine here, which builds the findings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pyoxigraph import NamedNode, RdfFormat, Store, parse

from kg import ntriples
from kg.shacl_rows import Conformance
from kg.shacl_shapes import (
    EVIDENCE,
    LEXICAL,
    NUMERIC,
    OA_EXACT,
    RDF_TYPE,
    SCHEMA_NAME,
    SUBCLASS,
    NodeShape,
    PropertyShape,
    Triples,
    Unsupported,
    compile_shapes,
    number_value,
)
from kg.vocab import PREFIXES


@dataclass
class Finding:
    focus: object
    path: str | None
    message: str
    shape: str
    severity: str


@lru_cache(maxsize=1)
def engine() -> Engine | None:
    """The compiled project shapes, or None when they need pyshacl."""
    from kg.resources import shape_files

    triples = []
    for path in shape_files():
        triples += list(parse(path=str(path), format=RdfFormat.TURTLE))
    try:
        return Engine(compile_shapes(triples))
    except Unsupported:
        return None


class Engine:
    def __init__(self, shapes: list[NodeShape]):
        self.shapes = shapes
        self.fast = Conformance(shapes, LEXICAL, frozenset(NUMERIC))

    def validate(self, triples: Iterable) -> list[Finding]:
        """Findings for one graph (triples, quads or N-Triples rows; graph names are ignored)."""
        triples = _terms(list(triples))
        return self.findings(Triples(triples), triples)

    def report(self, triples: Iterable, release: str | None = None):
        """A kg.validate.ValidationReport for one graph, like pyshacl's but fast.

        `triples`: N-Triples rows (kg.mapping.to_statements), (s, p, o) tuples of
        pyoxigraph terms, Triples or Quads. A graph that conforms is answered by
        kg.shacl_rows without building a report; any other runs the full engine.
        """
        from kg.validate import ValidationReport, Violation

        triples = list(triples)
        report = ValidationReport(checked=1)
        if self.fast.conforms(ntriples.rows(triples)):
            return report
        triples = _terms(triples)
        g = Triples(triples)
        for f in sorted(self.findings(g, triples), key=lambda f: (str(f.focus), f.path or "", f.message)):
            name = g.one(f.focus, SCHEMA_NAME)
            span = g.one(f.focus, EVIDENCE)
            text = g.one(span, OA_EXACT) if span is not None else None
            report.violations.append(
                Violation(
                    release=release,
                    focus=f.focus.value if isinstance(f.focus, NamedNode) else str(f.focus),
                    focus_name=name.value if name is not None else None,
                    path=short(f.path),
                    message=f.message,
                    shape=f.shape,
                    evidence=" ".join(text.value.split()) if text is not None else None,
                    severity=f.severity,
                )
            )
        return report

    def findings(self, g: Triples, triples: list) -> list[Finding]:
        memo: dict = {}

        def types_of(node) -> set[str]:
            if node not in memo:
                direct = {t.value for t in g.values(node, RDF_TYPE) if isinstance(t, NamedNode)}
                memo[node] = _with_supers(direct, g)
            return memo[node]

        by_class: dict[str, list[NodeShape]] = defaultdict(list)
        for shape in self.shapes:
            for c in shape.target_class:
                by_class[c].append(shape)
        findings: list[Finding] = []
        sparql_focus: dict[int, set] = defaultdict(set)
        for node in list(g.index):
            shapes = {id(s): s for c in types_of(node) for s in by_class.get(c, ())}
            for shape in shapes.values():
                for ps in shape.properties:
                    findings += _check_property(ps, node, g.values(node, ps.path), types_of)
                    if ps.less_than_or_equals:
                        findings += _check_order(ps, node, g)
                if shape.sparql:
                    sparql_focus[id(shape)].add(node)
        for shape in self.shapes:
            if sparql_focus.get(id(shape)):
                findings += self._sparql(shape, triples, sparql_focus[id(shape)])
        return findings

    @staticmethod
    def _sparql(shape: NodeShape, triples: list, focus: set) -> list[Finding]:
        # $this unbound, then kept to the focus nodes: the same result as binding it per
        # focus node for queries that only use $this as a pattern term (as ours do).
        store = Store()
        store.extend(_as_quads(triples))
        out = []
        for c in shape.sparql:
            query = c.select.replace("$this", "?this")
            for sol in store.query(query, use_default_graph_as_union=True):
                if sol["this"] in focus:
                    message = c.message or "SPARQL constraint not met"
                    out.append(Finding(sol["this"], None, message, shape.id, c.severity))
        return out


def _terms(triples: list) -> list:
    """pyoxigraph terms for the full engine: rows are parsed, anything else is kept."""
    rows = ntriples.rows(triples)
    return ntriples.terms(rows) if rows is triples else triples


def _as_quads(triples: list):
    from pyoxigraph import DefaultGraph, Quad

    if triples and isinstance(triples[0], Quad):
        return triples
    spo = (t if type(t) is tuple else (t.subject, t.predicate, t.object) for t in triples)
    return [Quad(s, p, o, DefaultGraph()) for s, p, o in spo]


def _with_supers(types: set[str], g: Triples) -> set[str]:
    out, todo = set(types), list(types)
    while todo:
        for sup in g.values(NamedNode(todo.pop()), SUBCLASS):
            if isinstance(sup, NamedNode) and sup.value not in out:
                out.add(sup.value)
                todo.append(sup.value)
    return out


def _check_property(ps: PropertyShape, node, values: list, types_of) -> list[Finding]:
    out = []

    def finding() -> Finding:
        return Finding(node, ps.path, ps.message or "constraint not met", ps.node, ps.severity)

    if ps.min_count is not None and len(values) < ps.min_count:
        out.append(finding())
    if ps.max_count is not None and len(values) > ps.max_count:
        out.append(finding())
    for value in values:
        # pyshacl reports one result per constraint component per value node.
        out += [finding() for _ in ps.check.failures(value, types_of)]
    return out


def _check_order(ps: PropertyShape, node, g: Triples) -> list[Finding]:
    """sh:lessThanOrEquals: one result per (value, other value) pair not in order.

    Only numbers compare here (our shapes use it for offsets); any other pair is
    reported, as SPARQL's <= would raise a type error for it.
    """
    out = []
    for value in g.values(node, ps.path):
        for other in g.values(node, ps.less_than_or_equals):
            a, b = number_value(value), number_value(other)
            if a is None or b is None or a > b:
                out.append(Finding(node, ps.path, ps.message or "constraint not met", ps.node, ps.severity))
    return out


def short(iri: str | None) -> str | None:
    """A prefixed name when a project prefix fits, like rdflib's normalizeUri."""
    if iri is None:
        return None
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and "/" not in iri[len(ns) :] and "#" not in iri[len(ns) :]:
            return f"{prefix}:{iri[len(ns) :]}"
    return f"<{iri}>"
