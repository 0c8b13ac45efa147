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

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pyoxigraph import BlankNode, Literal, NamedNode, RdfFormat, Store, parse

from kg import ntriples
from kg.shacl_rows import Conformance
from kg.vocab import PREFIXES

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDF_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
RDF_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"
RDF_NIL = "http://www.w3.org/1999/02/22-rdf-syntax-ns#nil"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
XSD = "http://www.w3.org/2001/XMLSchema#"
SCHEMA_NAME = "https://schema.org/name"
EVIDENCE = "https://example.org/kg/ontology#evidence"
OA_EXACT = "http://www.w3.org/ns/oa#exact"

# Property-shape keys we understand; anything else in a shape is Unsupported.
_VALUE_KEYS = {"datatype", "class", "pattern", "flags", "minLength", "maxLength", "minInclusive", "or"}
_PROPERTY_KEYS = _VALUE_KEYS | {
    "path",
    "minCount",
    "maxCount",
    "lessThanOrEquals",
    "message",
    "severity",
    "name",
    "description",
}
_NODE_KEYS = {"targetClass", "property", "sparql", "message", "severity", "name", "description"}

_LEXICAL = {
    XSD + "integer": re.compile(r"^[+-]?\d+$"),
    XSD + "boolean": re.compile(r"^(true|false|1|0)$"),
    XSD + "date": re.compile(r"^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?$"),
    XSD + "gYearMonth": re.compile(r"^-?\d{4,}-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?$"),
    XSD + "gYear": re.compile(r"^-?\d{4,}(Z|[+-]\d{2}:\d{2})?$"),
}
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}


class Unsupported(Exception):
    """The shapes use a SHACL feature this engine does not implement: use pyshacl."""


@dataclass
class ValueCheck:
    """Constraints on each value node (also the members of an sh:or)."""

    datatype: str | None = None
    cls: str | None = None
    pattern: re.Pattern | None = None
    min_length: int | None = None
    max_length: int | None = None
    min_inclusive: Decimal | None = None
    any_of: list[ValueCheck] = field(default_factory=list)

    def failures(self, value, types_of) -> list[str]:
        """The names of the constraints `value` breaks (empty when it conforms)."""
        out = []
        if self.datatype and not _has_datatype(value, self.datatype):
            out.append("datatype")
        if self.cls and self.cls not in types_of(value):
            out.append("class")
        text = None if isinstance(value, BlankNode) else value.value
        if self.pattern is not None and (text is None or not self.pattern.search(text)):
            out.append("pattern")
        if self.min_length is not None and (text is None or len(text) < self.min_length):
            out.append("minLength")
        if self.max_length is not None and (text is None or len(text) > self.max_length):
            out.append("maxLength")
        if self.min_inclusive is not None:
            n = _number(value)
            if n is None or n < self.min_inclusive:
                out.append("minInclusive")
        if self.any_of and all(alt.failures(value, types_of) for alt in self.any_of):
            out.append("or")
        return out


@dataclass
class PropertyShape:
    path: str
    check: ValueCheck
    min_count: int | None
    max_count: int | None
    message: str | None
    severity: str
    node: str  # the shape's id, for reports
    less_than_or_equals: str | None = None  # a property of the focus node each value must not exceed


@dataclass
class SparqlCheck:
    select: str
    message: str | None
    severity: str


@dataclass
class NodeShape:
    id: str
    target_class: list[str]
    properties: list[PropertyShape]
    sparql: list[SparqlCheck]


@dataclass
class Finding:
    focus: object
    path: str | None
    message: str
    shape: str
    severity: str


def _has_datatype(value, datatype: str) -> bool:
    if not isinstance(value, Literal):
        return False
    if value.datatype.value != datatype:
        return False
    lexical = _LEXICAL.get(datatype)
    return lexical is None or bool(lexical.match(value.value))


def _number(value) -> Decimal | None:
    if not isinstance(value, Literal) or value.datatype.value not in _NUMERIC:
        return None
    try:
        return Decimal(value.value)
    except InvalidOperation:
        return None


class _Triples:
    """subject -> predicate -> [objects], from any iterable of triples or quads."""

    def __init__(self, triples: Iterable):
        self.index: dict = defaultdict(lambda: defaultdict(list))
        for t in triples:
            s, p, o = t if type(t) is tuple else (t.subject, t.predicate, t.object)
            self.index[s][p.value].append(o)

    def values(self, s, p: str) -> list:
        by_p = self.index.get(s)
        return by_p.get(p, []) if by_p else []

    def one(self, s, p: str):
        v = self.values(s, p)
        return v[0] if v else None

    def rdf_list(self, head) -> list:
        out = []
        while head is not None and not (isinstance(head, NamedNode) and head.value == RDF_NIL):
            out.append(self.one(head, RDF_FIRST))
            head = self.one(head, RDF_REST)
        return out


def _keys(g: _Triples, node) -> set[str]:
    return {p[len(SH) :] for p in g.index.get(node, {}) if p.startswith(SH)}


def _value_check(g: _Triples, node, allowed: set[str]) -> ValueCheck:
    unknown = _keys(g, node) - allowed
    if unknown:
        raise Unsupported(f"shape {node} uses sh:{', sh:'.join(sorted(unknown))}")
    v = g.one
    flags = v(node, SH + "flags")
    pattern = v(node, SH + "pattern")
    check = ValueCheck(
        datatype=v(node, SH + "datatype").value if v(node, SH + "datatype") else None,
        cls=v(node, SH + "class").value if v(node, SH + "class") else None,
        pattern=re.compile(pattern.value, _flags(flags.value if flags else "")) if pattern else None,
        min_length=int(v(node, SH + "minLength").value) if v(node, SH + "minLength") else None,
        max_length=int(v(node, SH + "maxLength").value) if v(node, SH + "maxLength") else None,
        min_inclusive=Decimal(v(node, SH + "minInclusive").value) if v(node, SH + "minInclusive") else None,
    )
    for head in g.values(node, SH + "or"):
        for alt in g.rdf_list(head):
            check.any_of.append(_value_check(g, alt, _VALUE_KEYS - {"or"}))
    return check


def _flags(text: str) -> int:
    return re.IGNORECASE if "i" in text else 0


def _severity(g: _Triples, node) -> str:
    s = g.one(node, SH + "severity")
    return s.value.rsplit("#", 1)[-1] if s else "Violation"


def compile_shapes(triples: Iterable) -> list[NodeShape]:
    g = _Triples(triples)
    shapes = []
    node_shape = NamedNode(SH + "NodeShape")
    for subject, by_p in list(g.index.items()):
        if node_shape not in by_p.get(RDF_TYPE, []) and SH + "targetClass" not in by_p:
            if SH + "property" in by_p or any(p.startswith(SH + "target") for p in by_p):
                raise Unsupported(f"shape {subject} is not a node shape with sh:targetClass")
            continue
        unknown = _keys(g, subject) - _NODE_KEYS
        if unknown:
            raise Unsupported(f"shape {subject} uses sh:{', sh:'.join(sorted(unknown))}")
        if g.values(subject, SH + "deactivated"):
            continue
        props = []
        for p in g.values(subject, SH + "property"):
            path = g.one(p, SH + "path")
            if not isinstance(path, NamedNode):
                raise Unsupported(f"property shape {p} has a complex path")
            count = {k: g.one(p, SH + k) for k in ("minCount", "maxCount")}
            message = g.one(p, SH + "message")
            other = g.one(p, SH + "lessThanOrEquals")
            props.append(
                PropertyShape(
                    path=path.value,
                    check=_value_check(g, p, _PROPERTY_KEYS),
                    min_count=int(count["minCount"].value) if count["minCount"] else None,
                    max_count=int(count["maxCount"].value) if count["maxCount"] else None,
                    message=message.value if message else None,
                    severity=_severity(g, p),
                    node=str(p),
                    less_than_or_equals=other.value if isinstance(other, NamedNode) else None,
                )
            )
        sparql = []
        for c in g.values(subject, SH + "sparql"):
            if _keys(g, c) - {"select", "message", "prefixes", "severity"}:
                raise Unsupported(f"SPARQL constraint {c} uses more than sh:select")
            select = g.one(c, SH + "select").value
            prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in _declared(g, c).items())
            message = g.one(c, SH + "message")
            sparql.append(SparqlCheck(prefixes + select, message.value if message else None, _severity(g, c)))
        targets = [t.value for t in g.values(subject, SH + "targetClass")]
        shapes.append(NodeShape(str(subject), targets, props, sparql))
    return shapes


def _declared(g: _Triples, constraint) -> dict[str, str]:
    out = {}
    for owner in g.values(constraint, SH + "prefixes"):
        for decl in g.values(owner, SH + "declare"):
            out[g.one(decl, SH + "prefix").value] = g.one(decl, SH + "namespace").value
    return out


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
        self.fast = Conformance(shapes, _LEXICAL, frozenset(_NUMERIC))

    def validate(self, triples: Iterable) -> list[Finding]:
        """Findings for one graph (triples, quads or N-Triples rows; graph names are ignored)."""
        triples = _terms(list(triples))
        return self.findings(_Triples(triples), triples)

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
        g = _Triples(triples)
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

    def findings(self, g: _Triples, triples: list) -> list[Finding]:
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


def _with_supers(types: set[str], g: _Triples) -> set[str]:
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


def _check_order(ps: PropertyShape, node, g: _Triples) -> list[Finding]:
    """sh:lessThanOrEquals: one result per (value, other value) pair not in order.

    Only numbers compare here (our shapes use it for offsets); any other pair is
    reported, as SPARQL's <= would raise a type error for it.
    """
    out = []
    for value in g.values(node, ps.path):
        for other in g.values(node, ps.less_than_or_equals):
            a, b = _number(value), _number(other)
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
