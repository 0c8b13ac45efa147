"""Turtle text from N-Triples rows, in pure Python, so a build worker can write it from what it holds.

Why not pyoxigraph's serializer: a worker holds each release's statements as
N-Triples term strings (the rows the mapping makes); handing them to
pyoxigraph means parsing them back into objects first, which costs more
than writing the Turtle. Nothing here writes a term by hand: IRIs and
literals are the N-Triples terms pyoxigraph wrote, which are valid Turtle as
they stand. The writer only groups a subject's statements ("s p o ; p o .")
and shortens IRIs of the known namespaces to prefixed names where the local
part is plainly safe ([A-Za-z_][A-Za-z0-9_-]*); any other IRI stays <...>.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.ntriples import Row
from kg.vocab import PREFIXES, RDF

HEADER = "".join(f"@prefix {p}: <{iri}> .\n" for p, iri in PREFIXES.items()).encode("utf-8")

_NAMESPACES = tuple(sorted(PREFIXES.items(), key=lambda item: -len(item[1])))
_IRI_STARTS = tuple(f"<{iri}" for _, iri in _NAMESPACES)
_SAFE_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_TYPE = f"<{RDF}type>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPE, _BOOLEAN_TYPE = f"<{_XSD}integer>", f"<{_XSD}boolean>"
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")  # Turtle's INTEGER: read back as this very lexical form
_short: dict[str, str] = {}
_SHORT_MAX = 50_000  # vocabulary terms repeat; a base IRI under a known namespace must not grow this


def compact(term: str) -> str:
    """A term as Turtle: a prefixed name for a vocabulary IRI, a literal's datatype shortened (or its
    bare form, for an integer or a boolean)."""
    if term[-1] != ">":  # a plain or language-tagged literal
        return term
    if term[0] == "<":
        if not term.startswith(_IRI_STARTS):  # a minted IRI, most subjects and objects
            return term
        found = _short.get(term)
        if found is None:
            found = _prefixed(term)
            if len(_short) < _SHORT_MAX:
                _short[term] = found
        return found
    cut = term.rfind('"^^<')  # a typed literal: "lexical"^^<datatype>
    if cut > 0:
        datatype = term[cut + 3 :]
        # Turtle's own forms for integers and booleans ("oa:start 143", "kg:named false"): a reader gets
        # back the same lexical form and datatype, so only exactly those lexical forms are shortened.
        if datatype == _INTEGER_TYPE and _INTEGER.match(term, 1, cut):
            return term[1:cut]
        if datatype == _BOOLEAN_TYPE and term[1:cut] in ("true", "false"):
            return term[1:cut]
        short = compact(datatype)
        if short is not datatype:
            return term[: cut + 3] + short
    return term


def _prefixed(term: str) -> str:
    iri = term[1:-1]
    for prefix, namespace in _NAMESPACES:
        if iri.startswith(namespace):
            if _SAFE_LOCAL.match(iri, len(namespace)):
                return f"{prefix}:{iri[len(namespace) :]}"
            return term
    return term


def write_turtle(rows: Iterable[Row]) -> str:
    """Turtle statements (no prefix lines) for distinct `rows`: subjects in sorted order, each once.

    Grouping by subject first and sorting the few subjects (then each one's
    statements) costs about half of sorting every row. Most objects are
    minted IRIs or plain literals, which stay as they are: they are told
    apart inline, as a call per object was most of the writer's time.
    Predicates are vocabulary IRIs, which `compact` keeps in its table.
    """
    by_subject: dict[str, list[tuple[str, str]]] = {}
    for s, p, o in rows:
        found = by_subject.get(s)
        if found is None:
            by_subject[s] = [(p, o)]
        else:
            found.append((p, o))
    out: list[str] = []
    append = out.append
    starts = _IRI_STARTS
    for s in sorted(by_subject):
        statements = by_subject[s]
        statements.sort()
        predicate = None
        for p, o in statements:
            if o[-1] == ">" and (o[0] != "<" or o.startswith(starts)):
                o = compact(o)
            if p == predicate:
                append(f" , {o}")
                continue
            verb = "a" if p == _TYPE else _short.get(p) or compact(p)
            if predicate is None:
                append(f"{compact(s)} {verb} {o}")
            else:
                append(f" ;\n\t{verb} {o}")
            predicate = p
        append(" .\n")
    return "".join(out)
