"""Names and texts from releases can contain anything; the graph must stay valid and round-trip.

Property-based: hypothesis generates names and texts (quotes, angle brackets,
backslashes, newlines, triple quotes, braces, SPARQL keywords, any script,
control characters, bidi marks) and the mapped graph must parse back with a
second, strict parser (rdflib) in Turtle, N-Triples and JSON-LD, with every
literal intact, and conform to the shapes.
"""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib import Literal as RLiteral

from kg.mapping import clean, to_quads
from kg.model import Contact, Event, EventRole, Extraction, Organisation, Person, Quote, Release, Span, Speech
from kg.validate import validate_quads

BASE = "https://test.example/id/"
NASTY = [
    '"',
    "'",
    "<",
    ">",
    "\\",
    "\n",
    '"""',
    "}",
    "{",
    "SELECT * WHERE",
    "DROP ALL",
    "\u202e",
    "\u200f",
    "\x00",
    "\x1b",
    "王",
    "Ж",
    "ا",
    "🙂",
    "@prefix",
    "_:b0",
    "^^",
    "#",
    " ",
]
pieces = st.one_of(st.sampled_from(NASTY), st.text(min_size=1, max_size=8))
names = st.lists(pieces, min_size=1, max_size=6).map("".join)


def extraction(org: str, person: str, event: str, quote: str, rid: str) -> Extraction:
    text = f'{person} of {org} spoke at {event}: "{quote}"'
    release = Release(id=rid or "r", source=f"{rid}.txt", text=text, title=person)
    ex = Extraction(release=release)
    whole = Span(0, len(text))
    ex.organisations.append(Organisation(org, [org + " (alias)"], spans=[whole]))
    ex.people.append(Person(person, spans=[whole]))
    ex.events.append(Event(event, True, spans=[whole], location=org))
    ex.speeches.append(Speech(person, whole, event=event))
    ex.event_roles.append(EventRole(event, org, "sponsor", whole))
    ex.quotes.append(Quote(quote, whole, speaker=person))
    ex.contacts.append(Contact(person, whole, organisation=org, emails=["a@b.org"]))
    return ex


def literals(triples) -> set[str]:
    return {t.object.value for t in triples if isinstance(t.object, ox.Literal)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(org=names, person=names, event=names, quote=names, rid=names)
def test_any_text_gives_a_valid_graph_that_round_trips(org, person, event, quote, rid):
    quads = to_quads(extraction(org, person, event, quote, rid), BASE)
    triples = [q.triple for q in quads]
    for q in quads:  # every IRI passes pyoxigraph's strict IRI parser
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, ox.NamedNode):
                ox.NamedNode(term.value)
    expected = literals(triples)
    assert clean(quote) in expected and clean(person) in expected
    for fmt, parser in (
        (ox.RdfFormat.TURTLE, "turtle"),
        (ox.RdfFormat.N_TRIPLES, "nt"),
        (ox.RdfFormat.JSON_LD, "json-ld"),
    ):
        data = ox.serialize(triples, format=fmt)
        g = Graph().parse(data=data, format=parser)
        assert len(g) == len(set(triples))
        assert {str(o) for o in g.objects() if isinstance(o, RLiteral)} == expected
    assert validate_quads(quads).conforms
