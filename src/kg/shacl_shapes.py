"""The SHACL shapes compiled to plain Python checks: the half of kg.shacl_fast that reads shapes.

Our shapes use node shapes with `sh:targetClass` and property shapes with a
single predicate path and the constraints listed here; `compile_shapes` turns
them into `NodeShape`s that kg.shacl_fast (findings) and kg.shacl_rows
(conformance from N-Triples rows) both run. A shape using anything else makes
it raise `Unsupported`, so callers fall back to pyshacl and no shape is ever
silently ignored.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from pyoxigraph import BlankNode, Literal, NamedNode

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

LEXICAL = {
    XSD + "integer": re.compile(r"^[+-]?\d+$"),
    XSD + "boolean": re.compile(r"^(true|false|1|0)$"),
    XSD + "date": re.compile(r"^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?$"),
    XSD + "gYearMonth": re.compile(r"^-?\d{4,}-(0[1-9]|1[0-2])(Z|[+-]\d{2}:\d{2})?$"),
    XSD + "gYear": re.compile(r"^-?\d{4,}(Z|[+-]\d{2}:\d{2})?$"),
}
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "nonNegativeInteger")}


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
            n = number_value(value)
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


def _has_datatype(value, datatype: str) -> bool:
    if not isinstance(value, Literal):
        return False
    if value.datatype.value != datatype:
        return False
    lexical = LEXICAL.get(datatype)
    return lexical is None or bool(lexical.match(value.value))


def number_value(value) -> Decimal | None:
    if not isinstance(value, Literal) or value.datatype.value not in NUMERIC:
        return None
    try:
        return Decimal(value.value)
    except InvalidOperation:
        return None


class Triples:
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


def _keys(g: Triples, node) -> set[str]:
    return {p[len(SH) :] for p in g.index.get(node, {}) if p.startswith(SH)}


def _value_check(g: Triples, node, allowed: set[str]) -> ValueCheck:
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


def _severity(g: Triples, node) -> str:
    s = g.one(node, SH + "severity")
    return s.value.rsplit("#", 1)[-1] if s else "Violation"


def compile_shapes(triples: Iterable) -> list[NodeShape]:
    g = Triples(triples)
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


def _declared(g: Triples, constraint) -> dict[str, str]:
    out = {}
    for owner in g.values(constraint, SH + "prefixes"):
        for decl in g.values(owner, SH + "declare"):
            out[g.one(decl, SH + "prefix").value] = g.one(decl, SH + "namespace").value
    return out
