"""Terms written as N-Triples text by hand are exactly what pyoxigraph writes, and read back."""

from __future__ import annotations

import random

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from kg.mapping import clean, date_literal, text_literal
from kg.ntriples import (
    RDF_LANGSTRING,
    XSD,
    XSD_STRING,
    checked_iri,
    iri,
    literal,
    literal_parts,
    rows,
    terms,
    text_of,
    typed,
    unescape,
)

# Every code point but surrogates, which no str() of a pyoxigraph term can hold.
CODE_POINTS = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
HOSTILE = [
    "",
    'say "hi"',
    "back\\slash \\n not a newline",
    "line\nbreak\r\n\ttab",
    "\x00\x01\x08\x0b\x0c\x1f\x7f",
    "\ufffe\uffff\ufeff",
    "emoji \U0001f600 and \U0010ffff",
    "accents: café, Ελληνικά, 中文, العربية",
    '"',
    "\\",
    '\\"',
    "ends with backslash\\",
    "\\u0041 looks escaped",
]


def _random_texts(n: int, seed: int = 3) -> list[str]:
    rnd = random.Random(seed)
    pool = [*"\"\\\n\r\t\b\f\x00\x1f\x7f\ufffe\uffff'@^<>", "a", "é", "\U0001f600", "\u2028", " "]
    return ["".join(rnd.choice(pool) for _ in range(rnd.randrange(12))) for _ in range(n)]


def test_every_code_point_is_written_like_pyoxigraph_and_read_back():
    for ch in CODE_POINTS:
        text = f"a{ch}b"
        assert literal(text) == str(Literal(text)), hex(ord(ch))
        assert literal_parts(literal(text)) == (text, XSD_STRING), hex(ord(ch))


@pytest.mark.parametrize("text", HOSTILE + _random_texts(500))
def test_hostile_strings_match_pyoxigraph(text):
    assert literal(text) == str(Literal(text))
    assert typed(text, XSD + "date") == str(Literal(text, datatype=NamedNode(XSD + "date")))
    assert literal_parts(literal(text)) == (text, XSD_STRING)
    assert text_of(literal(text)) == text
    lang = str(Literal(text, language="en"))
    assert literal_parts(lang) == (text, RDF_LANGSTRING)
    parts = literal_parts(typed(text, XSD + "gYear"))
    assert parts == (text, XSD + "gYear")


@pytest.mark.parametrize("value", [0, -1, 7, 10**30, True, False, 1.5, -0.0, float("inf")])
def test_non_strings_match_pyoxigraph(value):
    assert literal(value) == str(Literal(value))


@pytest.mark.parametrize("value", [None, "lone \udc80 surrogate", b"bytes", ["list"]])
def test_what_pyoxigraph_refuses_is_still_refused(value):
    with pytest.raises(Exception) as expected:
        Literal(value)
    with pytest.raises(expected.type, match=str(expected.value)):
        literal(value)
    with pytest.raises(ValueError):
        checked_iri("http://example.org/a b")


@pytest.mark.parametrize(
    "value",
    ["http://example.org/a", "https://example.org/kg/id/release/a%20b~c", "urn:x:é", "http://a/#x?y=1"],
)
def test_iris_match_pyoxigraph(value):
    assert iri(value) == checked_iri(value) == str(NamedNode(value))
    assert text_of(iri(value)) == value


def test_unescape_reads_every_escape_form():
    assert unescape(r"a\tb\bc\nd\re\ff\"g\'h\\i") == "a\tb\bc\nd\re\ff\"g'h\\i"
    assert unescape(r"\u00E9\U0001F600") == "é\U0001f600"
    assert text_of("_:b1") is None
    assert literal_parts("<http://example.org/a>") is None


def test_rows_and_terms_round_trip():
    s, p = NamedNode("http://example.org/s"), NamedNode("http://example.org/p")
    triples = [(s, p, Literal(t)) for t in HOSTILE] + [(s, p, BlankNode("b1")), (s, p, Literal(5))]
    as_rows = rows(triples)
    assert as_rows == rows([Triple(*t) for t in triples]) == rows(as_rows)
    assert terms(as_rows) == [Triple(*t) for t in triples]


@pytest.mark.parametrize("text", HOSTILE + _random_texts(200, seed=5))
def test_mapping_text_literals_are_pyoxigraphs_of_the_cleaned_text(text):
    assert text_literal(text) == str(Literal(clean(text)))


@pytest.mark.parametrize(
    "value,datatype",
    [
        ("2024-01-02", "date"),
        ("2024-05", "gYearMonth"),
        ("1999", "gYear"),
        ("2024-01-02\n", "date"),  # $ matches before a final newline: escaped like pyoxigraph does
        ("May 2024", None),
    ],
)
def test_mapping_date_literals_match_pyoxigraph(value, datatype):
    expected = None if datatype is None else str(Literal(value, datatype=NamedNode(XSD + datatype)))
    assert date_literal(value) == expected
