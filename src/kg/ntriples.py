"""RDF terms as N-Triples text: written by the mapping, read back by the SHACL fast path.

A build maps a few hundred statements per release. Building a pyoxigraph
object for every term, hashing those for deduplication and calling `str()` on
each again to write N-Quads cost more than the mapping logic itself, so the
mapping keeps each term as its N-Triples text, a plain `str` that hashes,
compares and joins into N-Quads at string speed.

Escaping stays pyoxigraph's: text is written here by hand only when it needs
no escaping at all (then pyoxigraph writes it verbatim between quotes too);
anything else, and anything that is not a `str`, goes through pyoxigraph's
own writer. tests/test_ntriples.py checks this against pyoxigraph on every
code point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pyoxigraph import Literal, NamedNode, RdfFormat, parse

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD + "string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
INTEGER_SUFFIX = f'"^^<{XSD}integer>'

# Characters pyoxigraph escapes in a literal (\b \t \n \f \r \" \\ or \uXXXX), plus lone
# surrogates, which pyoxigraph refuses: text with any of them is left to pyoxigraph.
NEEDS_PYOXIGRAPH = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff\ud800-\udfff]')
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.DOTALL)
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}

Row = tuple[str, str, str]  # (subject, predicate, object) as N-Triples terms


def iri(value: str) -> str:
    """An IRI term, unchecked: for IRIs minted from an already checked base and safe parts."""
    return f"<{value}>"


def checked_iri(value: str) -> str:
    """An IRI term, checked by pyoxigraph (ValueError when `value` is not a valid IRI)."""
    return str(NamedNode(value))


def literal(value: object) -> str:
    """What `str(pyoxigraph.Literal(value))` gives: strings, ints, bools, floats."""
    kind = type(value)
    if kind is str and NEEDS_PYOXIGRAPH.search(value) is None:  # type: ignore[arg-type]
        return f'"{value}"'
    if kind is int:
        return f'"{value}{INTEGER_SUFFIX}'
    return str(Literal(value))  # type: ignore[arg-type]


def typed(value: str, datatype: str) -> str:
    """What `str(Literal(value, datatype=NamedNode(datatype)))` gives."""
    if datatype == XSD_STRING:
        return literal(value)
    if type(value) is str and NEEDS_PYOXIGRAPH.search(value) is None:
        return f'"{value}"^^<{datatype}>'
    return str(Literal(value, datatype=NamedNode(datatype)))


def unescape(text: str) -> str:
    """The text an N-Triples string body stands for (ECHAR and UCHAR escapes resolved)."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m[1] or m[2], 16)) if m[3] is None else _ECHAR[m[3]], text)


def literal_parts(term: str) -> tuple[str, str] | None:
    """(lexical form, datatype IRI) of a literal term; None for IRIs and blank nodes."""
    if term[0] != '"':
        return None
    end = term.rfind('"')  # the closing quote: neither a datatype IRI nor a language tag holds one
    tail = term[end + 1 :]
    if not tail:
        datatype = XSD_STRING
    elif tail[0] == "@":
        datatype = RDF_LANGSTRING
    else:
        datatype = tail[3:-1]
    return unescape(term[1:end]), datatype


def text_of(term: str) -> str | None:
    """The IRI of an IRI term, the lexical form of a literal, None for a blank node."""
    if term[0] == "<":
        return term[1:-1]
    if term[0] == '"':
        return unescape(term[1 : term.rfind('"')])
    return None


def rows(triples: Iterable) -> list[Row]:
    """N-Triples rows from rows, (s, p, o) tuples of pyoxigraph terms, Triples or Quads.

    A list whose first item is a row is taken to be all rows (as the mapping makes them)."""
    if type(triples) is list and triples and type(triples[0]) is tuple and type(triples[0][0]) is str:
        return triples
    out = []
    for t in triples:
        if type(t) is tuple:
            s, p, o = t
            if type(s) is str:
                out.append(t)
                continue
        else:
            s, p, o = t.subject, t.predicate, t.object
        out.append((str(s), str(p), str(o)))
    return out


def terms(rows: list[Row]) -> list:
    """pyoxigraph Triples for N-Triples rows (parsed, so any malformed row raises)."""
    data = "".join([f"{s} {p} {o} .\n" for s, p, o in rows]).encode("utf-8")
    return [q.triple for q in parse(data, format=RdfFormat.N_TRIPLES)]
