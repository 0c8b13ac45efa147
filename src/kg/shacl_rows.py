"""The fast path of kg.shacl_fast: does a graph conform? Shapes compiled to checks over N-Triples rows.

Nearly every release graph conforms, and then a report has nothing to say,
so the question worth answering fast is yes/no. The compiled shapes
(kg.shacl_fast.NodeShape) become one list of checks per target class; each
check is a closure over one property shape that answers "no finding here"
from the values of one predicate. The graph is indexed once, subject ->
predicate -> [object terms], with terms as N-Triples text (kg.ntriples), so
nothing is built per term or per node.

Every check mirrors a constraint of kg.shacl_fast's full engine exactly, and
whenever the answer is anything but "conforms" (or a shape needs SPARQL),
kg.shacl_fast runs its full engine for the report: a check may say "no" too
often (which only costs time) but never "yes" where the full engine would
report a finding. tests/test_shacl_fast.py holds both to pyshacl.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from kg.ntriples import Row, literal_parts, text_of, unescape

if TYPE_CHECKING:
    from kg.shacl_fast import NodeShape, PropertyShape, ValueCheck

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Index = dict[str, dict[str, list[str]]]
TypesOf = Callable[[str], "set[str] | list[str]"]
# A check of one property shape on one focus node: (its predicate -> values, types_of) -> conforms.
Check = Callable[[dict[str, list[str]], TypesOf], bool]
ValueTest = Callable[[str, TypesOf], bool]
_NONE: list[str] = []


def index(rows: list[Row]) -> Index:
    """subject -> predicate -> [objects], in row order."""
    out: Index = {}
    for s, p, o in rows:
        by_p = out.get(s)
        if by_p is None:
            out[s] = {p: [o]}
        else:
            values = by_p.get(p)
            if values is None:
                by_p[p] = [o]
            else:
                values.append(o)
    return out


def number(term: str, numeric: frozenset[str]) -> Decimal | None:
    """A numeric literal's value (like kg.shacl_fast._number); None for anything else."""
    parts = literal_parts(term)
    if parts is None or parts[1] not in numeric:
        return None
    try:
        return Decimal(parts[0])
    except InvalidOperation:
        return None


class Conformance:
    """Answers "does this graph conform to the shapes?" without building a report."""

    def __init__(self, shapes: list[NodeShape], lexical: dict, numeric: frozenset[str]):
        self.lexical = lexical  # datatype IRI -> compiled lexical-form pattern
        self.numeric = numeric  # datatype IRIs whose literals are numbers
        self.by_class: dict[str, list[Check]] = {}
        self.sparql_classes: set[str] = set()  # target classes whose shapes need the full engine
        for shape in shapes:
            for cls in shape.target_class:
                checks = self.by_class.setdefault(f"<{cls}>", [])
                checks += [self._property(ps) for ps in shape.properties]
                if shape.sparql:
                    self.sparql_classes.add(f"<{cls}>")

    def conforms(self, rows: list[Row]) -> bool:
        """True only when the full engine would find nothing (False: ask the full engine)."""
        g = index(rows)
        if any(SUBCLASS in by_p for by_p in g.values()):
            types_of = _types_with_supers(g)
        else:

            def types_of(node: str) -> list[str]:
                by_p = g.get(node)
                return by_p.get(RDF_TYPE, _NONE) if by_p else _NONE

        by_class, sparql = self.by_class, self.sparql_classes
        for node, by_p in g.items():
            types = types_of(node) if RDF_TYPE in by_p else _NONE
            for cls in types:
                if cls in sparql:
                    return False
                for check in by_class.get(cls, _NONE):
                    if not check(by_p, types_of):
                        return False
        return True

    # -- compiling ---------------------------------------------------------------------------------
    def _property(self, ps: PropertyShape) -> Check:
        path = f"<{ps.path}>"
        low, high = ps.min_count, ps.max_count
        value_ok = self._value(ps.check)
        other = f"<{ps.less_than_or_equals}>" if ps.less_than_or_equals else None
        numeric = self.numeric

        def check(by_p: dict[str, list[str]], types_of: TypesOf) -> bool:
            values = by_p.get(path, _NONE)
            n = len(values)
            if (low is not None and n < low) or (high is not None and n > high):
                return False
            if value_ok is not None:
                for value in values:
                    if not value_ok(value, types_of):
                        return False
            if other is not None and values:
                for b_term in by_p.get(other, _NONE):
                    b = number(b_term, numeric)
                    for a_term in values:
                        a = number(a_term, numeric)
                        if a is None or b is None or a > b:
                            return False
            return True

        return check

    def _value(self, vc: ValueCheck) -> ValueTest | None:
        """One test for all of a value's constraints (None when there are none)."""
        tests = [t for t in self._value_tests(vc) if t is not None]
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]

        def all_hold(value: str, types_of: TypesOf) -> bool:
            return all(t(value, types_of) for t in tests)

        return all_hold

    def _value_tests(self, vc: ValueCheck) -> list[ValueTest | None]:
        tests: list[ValueTest | None] = []
        if vc.datatype:
            tests.append(self._datatype(vc.datatype))
        if vc.cls:
            cls = f"<{vc.cls}>"
            tests.append(lambda value, types_of: cls in types_of(value))
        if vc.pattern is not None or vc.min_length is not None or vc.max_length is not None:
            tests.append(_text_test(vc))
        if vc.min_inclusive is not None:
            least, numeric = vc.min_inclusive, self.numeric

            def at_least(value: str, types_of: TypesOf) -> bool:
                n = number(value, numeric)
                return n is not None and n >= least

            tests.append(at_least)
        if vc.any_of:
            alternatives = [self._value(alt) for alt in vc.any_of]
            if any(alt is None for alt in alternatives):
                return tests  # an alternative without constraints always holds
            tests.append(lambda value, types_of: any(alt(value, types_of) for alt in alternatives))
        return tests

    def _datatype(self, datatype: str) -> ValueTest:
        """A literal of exactly this datatype whose lexical form is valid for it."""
        lexical = self.lexical.get(datatype)
        if datatype == XSD_STRING and lexical is None:
            # A plain string's term ends with its closing quote; typed and language-tagged ones do not.
            return lambda value, types_of: value[0] == '"' and value[-1] == '"'
        if datatype == RDF_LANGSTRING:

            def tagged(value: str, types_of: TypesOf) -> bool:
                parts = literal_parts(value)
                return (
                    parts is not None
                    and parts[1] == datatype
                    and (lexical is None or bool(lexical.match(parts[0])))
                )

            return tagged
        # Any other datatype is written after the closing quote, so the term's ending says it all.
        suffix = f'"^^<{datatype}>'
        cut = -len(suffix)
        if lexical is None:
            return lambda value, types_of: value[0] == '"' and value.endswith(suffix)

        def valid(value: str, types_of: TypesOf) -> bool:
            return value[0] == '"' and value.endswith(suffix) and bool(lexical.match(unescape(value[1:cut])))

        return valid


def _text_test(vc: ValueCheck) -> ValueTest:
    """sh:pattern, sh:minLength and sh:maxLength: on an IRI or a literal's text, never a blank node."""
    pattern, low, high = vc.pattern, vc.min_length, vc.max_length

    def holds(value: str, types_of: TypesOf) -> bool:
        text = text_of(value)
        if text is None:
            return False
        if pattern is not None and not pattern.search(text):
            return False
        if low is not None and len(text) < low:
            return False
        return high is None or len(text) <= high

    return holds


def _types_with_supers(g: Index) -> Callable[[str], set[str]]:
    """types_of for a graph that states rdfs:subClassOf: a node's classes and their superclasses."""
    memo: dict[str, set[str]] = {}

    def types_of(node: str) -> set[str]:
        found = memo.get(node)
        if found is None:
            by_p = g.get(node)
            found = {t for t in by_p.get(RDF_TYPE, _NONE) if t[0] == "<"} if by_p else set()
            todo = list(found)
            while todo:
                sup_of = g.get(todo.pop())
                for sup in sup_of.get(SUBCLASS, _NONE) if sup_of else _NONE:
                    if sup[0] == "<" and sup not in found:
                        found.add(sup)
                        todo.append(sup)
            memo[node] = found
        return found

    return types_of
