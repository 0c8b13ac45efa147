"""The fast path of kg.shacl_fast: does a graph conform? Shapes compiled to checks over N-Triples rows.

Nearly every release graph conforms, and then a report has nothing to say,
so the question worth answering fast is yes/no. The compiled shapes
(kg.shacl_shapes.NodeShape) become one plan per target class: a step per
property shape (its path, counts, one closure testing each value, the
sh:lessThanOrEquals property), run in one loop that stops at the first
problem. The graph is indexed once, subject -> predicate -> [object terms],
for the predicates some step reads, with terms as N-Triples text
(kg.ntriples), so nothing is built per term or per node.

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

from kg.ntriples import INTEGER_SUFFIX, Row, literal_parts, text_of, unescape

if TYPE_CHECKING:
    from kg.shacl_shapes import NodeShape, PropertyShape, ValueCheck

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

Index = dict[str, dict[str, list[str]]]
TypesOf = Callable[[str], "set[str] | list[str]"]
ValueTest = Callable[[str, TypesOf], bool]
# One property shape, compiled: (path, least count, most count, test of each value or None,
# the sh:lessThanOrEquals property or None), every IRI as an N-Triples term.
Step = tuple[str, int, float, "ValueTest | None", "str | None"]
_NONE: list[str] = []
_INTEGER_CUT = -len(INTEGER_SUFFIX)


def index(rows: list[Row], wanted: frozenset[str]) -> Index:
    """subject -> predicate -> [objects], in row order, for the `wanted` predicates only."""
    out: Index = {}
    for s, p, o in rows:
        if p not in wanted:
            continue
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


class Conformance:
    """Answers "does this graph conform to the shapes?" without building a report."""

    def __init__(self, shapes: list[NodeShape], lexical: dict, numeric: frozenset[str]):
        self.lexical = lexical  # datatype IRI -> compiled lexical-form pattern
        self.numeric = numeric  # datatype IRIs whose literals are numbers
        self.integer_is_numeric = XSD + "integer" in numeric
        self.plan: dict[str, list[Step]] = {}  # target class -> steps of all its shapes
        self.sparql_classes: set[str] = set()  # target classes whose shapes need the full engine
        wanted = {RDF_TYPE, SUBCLASS}
        for shape in shapes:
            for cls in shape.target_class:
                steps = self.plan.setdefault(f"<{cls}>", [])
                steps += [self._step(ps) for ps in shape.properties]
                wanted.update(step[0] for step in steps)
                wanted.update(step[4] for step in steps if step[4])
                if shape.sparql:
                    self.sparql_classes.add(f"<{cls}>")
        self.wanted = frozenset(wanted)  # predicates any check reads

    def conforms(self, rows: list[Row]) -> bool:
        """True only when the full engine would find nothing (False: ask the full engine)."""
        g = index(rows, self.wanted)
        direct = not any(SUBCLASS in by_p for by_p in g.values())  # no class hierarchy to follow
        types_of = _direct_types(g) if direct else _types_with_supers(g)
        plan, sparql, number = self.plan, self.sparql_classes, self.number
        for node, by_p in g.items():
            types = by_p.get(RDF_TYPE)
            if types is None:
                continue
            for cls in types if direct else types_of(node):
                if cls in sparql:
                    return False
                for path, least, most, value_ok, other in plan.get(cls, _NONE):
                    values = by_p.get(path, _NONE)
                    if not least <= len(values) <= most:
                        return False
                    if value_ok is not None:
                        for value in values:
                            if not value_ok(value, types_of):
                                return False
                    if other is not None and values:
                        # sh:lessThanOrEquals: every (value, other value) pair must be numbers in order.
                        for b_term in by_p.get(other, _NONE):
                            b = number(b_term)
                            for a_term in values:
                                a = number(a_term)
                                if a is None or b is None or a > b:
                                    return False
        return True

    def number(self, term: str) -> Decimal | int | None:
        """A numeric literal's value (like kg.shacl_shapes.number_value); None for anything else."""
        if term.endswith(INTEGER_SUFFIX) and self.integer_is_numeric:
            return _decimal(unescape(term[1:_INTEGER_CUT]))
        parts = literal_parts(term)
        if parts is None or parts[1] not in self.numeric:
            return None
        return _decimal(parts[0])

    # -- compiling ---------------------------------------------------------------------------------
    def _step(self, ps: PropertyShape) -> Step:
        least = ps.min_count or 0
        most = float("inf") if ps.max_count is None else ps.max_count
        other = f"<{ps.less_than_or_equals}>" if ps.less_than_or_equals else None
        return f"<{ps.path}>", least, most, self._value(ps.check), other

    def _value(self, vc: ValueCheck) -> ValueTest | None:
        """One test for all of a value's constraints (None when there are none)."""
        tests = [t for t in self._value_tests(vc) if t is not None]
        if not tests:
            return None
        if len(tests) == 1:
            return tests[0]
        if len(tests) == 2:
            first, second = tests
            return lambda value, types_of: first(value, types_of) and second(value, types_of)

        def all_hold(value: str, types_of: TypesOf) -> bool:
            return all(test(value, types_of) for test in tests)

        return all_hold

    def _value_tests(self, vc: ValueCheck) -> list[ValueTest | None]:
        tests: list[ValueTest | None] = []
        least = vc.min_inclusive
        if vc.datatype and least is not None and vc.datatype in self.numeric:
            # A number of one datatype, at least so much (every offset): read the literal once.
            tests.append(self._datatype(vc.datatype, least))
            least = None
        elif vc.datatype:
            tests.append(self._datatype(vc.datatype))
        if vc.cls:
            cls = f"<{vc.cls}>"
            tests.append(lambda value, types_of: cls in types_of(value))
        if vc.pattern is not None or vc.min_length is not None or vc.max_length is not None:
            tests.append(_text_test(vc))
        if least is not None:
            number = self.number

            def at_least(value: str, types_of: TypesOf) -> bool:
                n = number(value)
                return n is not None and n >= least

            tests.append(at_least)
        if vc.any_of:
            alternatives = [self._value(alt) for alt in vc.any_of]
            if any(alt is None for alt in alternatives):
                return tests  # an alternative without constraints always holds
            tests.append(lambda value, types_of: any(alt(value, types_of) for alt in alternatives))
        return tests

    def _datatype(self, datatype: str, least: Decimal | None = None) -> ValueTest:
        """A literal of exactly this datatype whose lexical form is valid for it (and, for a
        numeric datatype, whose value is at least `least`)."""
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
        if lexical is None and least is None:
            return lambda value, types_of: value[0] == '"' and value.endswith(suffix)

        def valid(value: str, types_of: TypesOf) -> bool:
            if value[0] != '"' or not value.endswith(suffix):
                return False
            text = value[1:cut]
            if "\\" in text:
                text = unescape(text)
            if lexical is not None and not lexical.match(text):
                return False
            if least is None:
                return True
            n = _decimal(text)  # the datatype is numeric: kg.shacl_shapes.number_value reads it so
            return n is not None and n >= least

        return valid


def _decimal(lexical: str) -> Decimal | int | None:
    """The value of a numeric lexical form, None when it is not one. Plain ASCII digits (every
    offset) are read by int(), which gives the value Decimal would, faster."""
    if lexical.isdigit() and lexical.isascii():
        return int(lexical)
    try:
        return Decimal(lexical)
    except InvalidOperation:
        return None


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


def _direct_types(g: Index) -> Callable[[str], list[str]]:
    """types_of for a graph without rdfs:subClassOf: a node's rdf:type objects, as stated.

    Literals or blank nodes among them never equal a class IRI, so they need no filtering."""

    def types_of(node: str) -> list[str]:
        by_p = g.get(node)
        return by_p.get(RDF_TYPE, _NONE) if by_p else _NONE

    return types_of


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
