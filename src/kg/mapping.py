"""Mapping: an `Extraction` becomes the statements of one named graph (the release's own).

Mapping knows nothing of text: it reads names, spans and relations from the
extraction and mints deterministic IRIs for them. Every fact node carries
`kg:evidence` (a text span: offsets plus the exact text) and
`prov:wasDerivedFrom` (the release), so each statement can be traced back.

Statements are (subject, predicate, object) rows of N-Triples text (see
kg.ntriples): a build maps hundreds per release, and strings dedup, validate
(kg.shacl_fast reads rows directly) and join into N-Quads much faster than
pyoxigraph terms. `to_quads` and `to_triples` give pyoxigraph terms for
callers that want them.
"""

from __future__ import annotations

import hashlib
import re

from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from kg.iris import Minter
from kg.model import Extraction, Organisation, Person, Span
from kg.ntriples import NEEDS_PYOXIGRAPH, Row, checked_iri, iri, literal, terms, typed
from kg.vocab import XSD, N

PIPELINE_VERSION = "1"
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ISO_YEAR = re.compile(r"^\d{4}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_needs_pyoxigraph = NEEDS_PYOXIGRAPH.search  # finds every _CONTROL character too


def clean(text: str) -> str:
    """Literal text without control characters (they are invalid in XML-based RDF formats)."""
    return _CONTROL.sub(" ", text)


def text_literal(text: str) -> str:
    """The literal term of `clean(text)`: most text has nothing to clean or escape (one search)."""
    if type(text) is str and _needs_pyoxigraph(text) is None:
        return f'"{text}"'
    return literal(clean(text))


def date_literal(value: str) -> str | None:
    """An xsd:date, gYearMonth or gYear literal term for an ISO date, month or year."""
    if _ISO_DAY.match(value):
        return typed(value, XSD + "date")
    if _ISO_MONTH.match(value):
        return typed(value, XSD + "gYearMonth")
    if _ISO_YEAR.match(value):
        return typed(value, XSD + "gYear")
    return None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_statements(
    ex: Extraction, base: str, pipeline_version: str = PIPELINE_VERSION
) -> tuple[str, list[Row]]:
    """The release's graph name and its statements, all as N-Triples terms, without duplicates."""
    mapper = _Mapper(ex, Minter(base), pipeline_version)
    return mapper.rel, mapper.run()


def to_triples(ex: Extraction, base: str, pipeline_version: str = PIPELINE_VERSION) -> tuple[NamedNode, list]:
    """The release's graph name (its IRI) and its statements as (s, p, o) pyoxigraph term tuples."""
    graph, rows = to_statements(ex, base, pipeline_version)
    return NamedNode(graph[1:-1]), [(t.subject, t.predicate, t.object) for t in terms(rows)]


def to_quads(ex: Extraction, base: str, pipeline_version: str = PIPELINE_VERSION) -> list[Quad]:
    """The release's named graph as a list of quads (graph name = the release IRI)."""
    graph, rows = to_statements(ex, base, pipeline_version)
    return list(parse(nquads(graph, rows), format=RdfFormat.N_QUADS))


def nquads(graph: NamedNode | str, statements: list) -> bytes:
    """N-Quads of one graph's statements: N-Triples rows, or pyoxigraph terms (written by their str())."""
    g = str(graph)
    return "".join([f"{s} {p} {o} {g} .\n" for s, p, o in statements]).encode("utf-8")


class _Mapper:
    """Maps one extraction. Nodes are IRI terms ("<...>"): minted IRIs are only checked once,
    on the release IRI, as every other one is that base plus slugs, digests and numbers."""

    def __init__(self, ex: Extraction, mint: Minter, version: str):
        self.ex = ex
        self.mint = mint
        self.version = version
        self.rid = ex.release.id
        self.rel = checked_iri(mint.release(self.rid))
        # Statements in insertion order; assigning a key again keeps its first position.
        self.out: dict[Row, None] = {}
        # Node of each Organisation / Person object mapped, by id(). The object is kept with its
        # node: one made up for a name the extraction does not know is otherwise freed at once,
        # and a later one could reuse its id and get the wrong node.
        self._orgs: dict[int, tuple[Organisation, str]] = {}
        self._people: dict[int, tuple[Person, str]] = {}
        self._named: set[str] = set()
        self._acronyms: set[str] = set()
        self._events: set[str] = set()
        self._spans: dict[tuple[int, int], str] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self.out[(s, p, o)] = None

    # -- helpers -------------------------------------------------------------------------------
    def span(self, span: Span) -> str:
        """A text span's node; its statements are made once, though a span is often met twice."""
        start, end = span.start, span.end
        node = self._spans.get((start, end))
        if node is None:
            node = self._spans[(start, end)] = iri(self.mint.span(self.rid, start, end))
            out = self.out
            out[(node, N.type, N.TextSpan)] = None
            out[(node, N.oa_start, literal(start))] = None
            out[(node, N.oa_end, literal(end))] = None
            out[(node, N.oa_exact, text_literal(span.text(self.ex.release.text)))] = None
        return node

    def fact(self, node: str, cls: str, span: Span | None, method: str | None = None) -> None:
        self.add(node, N.type, cls)
        self.add(node, N.wasDerivedFrom, self.rel)
        if span is not None:
            self.add(node, N.evidence, self.span(span))
        if method:
            self.add(node, N.method, literal(method))

    def name(self, node: str, name: str) -> None:
        """One preferred name per node: two forms that fold to the same IRI keep the first as
        schema:name and the others as schema:alternateName."""
        if node in self._named:
            self.add(node, N.alternateName, text_literal(name))
        else:
            self._named.add(node)
            self.add(node, N.name, text_literal(name))

    def mention(self, entity: str, span: Span) -> None:
        """One triple per mention (entity kg:mention span): mentions are a release's most
        numerous statements, and the span's IRI and the graph already say which release."""
        self.out[(entity, N.mention, self.span(span))] = None

    def org(self, name: str | None) -> str | None:
        if not name:
            return None
        org = self.ex.organisation(name) or Organisation(name=name)
        if id(org) in self._orgs:
            return self._orgs[id(org)][1]
        node = iri(self.mint.organisation(org.name))
        self._orgs[id(org)] = (org, node)
        add = self.add
        add(node, N.type, N.Organization)
        self.name(node, org.name)
        for alias in sorted(set(org.aliases) - {org.name}):
            add(node, N.alternateName, text_literal(alias))
        add(node, N.orgKind, literal(org.kind))
        acronym = org.acronym
        if acronym and node not in self._acronyms:
            self._acronyms.add(node)  # one per node: two forms folding to one IRI keep the first's
            add(node, N.acronym, text_literal(acronym))
        if org.kind == "government":
            add(node, N.type, N.GovernmentOrganization)
        if org.country:
            country = iri(self.mint.country(org.country))
            add(country, N.type, N.Country)
            add(country, N.identifier, literal(org.country))
            add(node, N.governmentOf if org.kind == "government" else N.location, country)
        for span in org.spans:
            self.mention(node, span)
        return node

    def person(self, name: str) -> str:
        person = self.ex.person(name) or Person(name=name)
        if id(person) in self._people:
            return self._people[id(person)][1]
        node = iri(self.mint.person(person.name))
        self._people[id(person)] = (person, node)
        self.add(node, N.type, N.Person)
        self.name(node, person.name)
        for alias in sorted(set(person.aliases) - {person.name}):
            self.add(node, N.alternateName, text_literal(alias))
        for span in person.spans:
            self.mention(node, span)
        return node

    def place(self, name: str, cls: str) -> str:
        node = iri(self.mint.place(name))
        self.add(node, N.type, N.Place)
        if cls != N.Place:
            self.add(node, N.type, cls)
        if node not in self._named:
            self.name(node, name)
        return node

    # -- the release and its facts ---------------------------------------------------------------
    def run(self) -> list[Row]:
        ex, add, rel = self.ex, self.add, self.rel
        r = ex.release
        add(rel, N.type, N.NewsArticle)
        add(rel, N.dct_identifier, literal(r.id))
        add(rel, N.sourceFile, text_literal(r.source))
        add(rel, N.contentHash, literal(content_hash(r.text)))
        add(rel, N.pipelineVersion, literal(self.version))
        if r.title:
            add(rel, N.headline, text_literal(r.title))
        if r.date and (lit := date_literal(r.date)):
            add(rel, N.datePublished, lit)
        if r.url:
            add(rel, N.url, text_literal(r.url))
        if r.encoding:
            add(rel, N.encoding, literal(r.encoding))
        if r.publisher and (pub := self.org(r.publisher)):
            add(rel, N.publisher, pub)

        for org in ex.organisations:
            self.org(org.name)
        for person in ex.people:
            self.person(person.name)
        events = {e.name: self.event(e) for e in ex.events}
        for e in ex.events:
            for alias in e.aliases:
                events.setdefault(alias, events[e.name])
        self.affiliations()
        self.speeches(events)
        self.event_roles(events)
        self.recommendations()
        self.quotes()
        self.contacts()
        return list(self.out)

    def event(self, e) -> str:
        node = iri(self.mint.event(self.rid, e.name, e.named))
        add = self.add
        add(node, N.type, N.Event)
        self.name(node, e.name)
        if node in self._events:
            return node
        self._events.add(node)
        add(node, N.named, literal(bool(e.named)))
        add(node, N.eventKind, literal(e.kind))
        add(node, N.wasDerivedFrom, self.rel)
        for alias in sorted(set(e.aliases) - {e.name}):
            add(node, N.alternateName, text_literal(alias))
        if e.location:
            add(node, N.location, self.place(e.location, N.City))
        if e.venue:
            venue = self.place(e.venue, N.Place)
            add(node, N.venue, venue)
            if e.location:
                add(venue, N.containedInPlace, self.place(e.location, N.City))
        for prop, value in ((N.startDate, e.start_date), (N.endDate, e.end_date)):
            if value and (lit := date_literal(value)):
                add(node, prop, lit)
        for span in e.spans:
            self.mention(node, span)
        return node

    def affiliations(self) -> None:
        add = self.add
        for a in self.ex.affiliations:
            person = self.person(a.person)
            org = self.org(a.organisation)
            node = iri(self.mint.fact(self.rid, "membership", person[1:-1], org and org[1:-1], a.role))
            self.fact(node, N.Membership, a.span)
            add(node, N.member, person)
            if org is not None:
                add(node, N.organization, org)
            if a.role:
                role = iri(self.mint.role(a.role))
                add(role, N.type, N.Role)
                add(role, N.label, text_literal(a.role))
                add(node, N.role, role)
                add(node, N.roleLabel, text_literal(a.role))
            if self.ex.release.date and (lit := date_literal(self.ex.release.date)):
                add(node, N.dct_date, lit)

    def speeches(self, events: dict[str, str]) -> None:
        add = self.add
        for s in self.ex.speeches:
            person = self.person(s.person)
            node = iri(self.mint.fact(self.rid, "speech", person[1:-1], s.span.start, s.span.end))
            self.fact(node, N.Speech, s.span)
            add(node, N.speaker, person)
            if s.verb:
                add(node, N.speechVerb, literal(s.verb))
            event = events.get(s.event) if s.event else None
            if event is not None:
                add(node, N.atEvent, event)
                add(person, N.spokeAt, event)

    def event_roles(self, events: dict[str, str]) -> None:
        add = self.add
        for r in self.ex.event_roles:
            event = events.get(r.event)
            org = self.org(r.organisation)
            if event is None or org is None:
                continue
            sponsor = r.role == "sponsor"
            cls, prop = (N.Sponsorship, N.sponsor) if sponsor else (N.Organising, N.organizer)
            # The role names a path segment as it is, so this IRI is checked.
            node = checked_iri(self.mint.fact(self.rid, r.role, event[1:-1], org[1:-1]))
            self.fact(node, cls, r.span)
            add(node, N.event, event)
            add(node, prop, org)
            add(event, prop, org)

    def recommendations(self) -> None:
        add = self.add
        for rec in self.ex.recommendations:
            node = iri(self.mint.fact(self.rid, "recommendation", rec.span.start, rec.text))
            self.fact(node, N.Recommendation, rec.span)
            add(node, N.text, text_literal(rec.text))
            if by := self.org(rec.by):
                add(node, N.recommendedBy, by)
            if rec.speaker:
                add(node, N.madeBy, self.person(rec.speaker))
            if rec.addressee:
                add(node, N.addressee, text_literal(rec.addressee))

    def quotes(self) -> None:
        for q in self.ex.quotes:
            node = iri(self.mint.fact(self.rid, "quote", q.span.start, q.text))
            self.fact(node, N.Quote, q.span)
            self.add(node, N.text, text_literal(q.text))
            if q.speaker:
                self.add(node, N.wasAttributedTo, self.person(q.speaker))

    def contacts(self) -> None:
        add = self.add
        for c in self.ex.contacts:
            node = iri(self.mint.fact(self.rid, "contact", c.name, c.span.start))
            self.fact(node, N.PressContact, c.span)
            add(self.rel, N.pressContact, node)
            add(node, N.name, text_literal(c.name))
            add(node, N.contactPerson, self.person(c.name))
            if org := self.org(c.organisation):
                add(node, N.contactOrganisation, org)
            if c.office:
                add(node, N.office, text_literal(c.office))
            for email in c.emails:
                add(node, N.email, text_literal(email))
            for phone in c.phones:
                add(node, N.telephone, text_literal(phone))
