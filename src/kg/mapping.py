"""Mapping: an `Extraction` becomes the quads of one named graph (the release's own).

Mapping knows nothing of text: it reads names, spans and relations from the
extraction and mints deterministic IRIs for them. Every fact node carries
`kg:evidence` (a text span: offsets plus the exact text) and
`prov:wasDerivedFrom` (the release), so each statement can be traced back.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from kg.iris import Minter
from kg.model import Extraction, Organisation, Person, Span
from kg.vocab import XSD, T

PIPELINE_VERSION = "1"
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ISO_YEAR = re.compile(r"^\d{4}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Literal text without control characters (they are invalid in XML-based RDF formats)."""
    return _CONTROL.sub(" ", text)


def date_literal(value: str) -> Literal | None:
    if _ISO_DAY.match(value):
        return Literal(value, datatype=NamedNode(XSD + "date"))
    if _ISO_MONTH.match(value):
        return Literal(value, datatype=NamedNode(XSD + "gYearMonth"))
    if _ISO_YEAR.match(value):
        return Literal(value, datatype=NamedNode(XSD + "gYear"))
    return None


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# (subject, predicate, object) as pyoxigraph terms: plain tuples hash ~10x faster than Quad
# objects cost to build, and a build maps hundreds of statements per release.
Triple = tuple[NamedNode, NamedNode, object]


@dataclass
class _Graph:
    """Collects the statements of one release graph, without duplicates, in insertion order."""

    graph: NamedNode
    triples: dict

    def add(self, s: NamedNode, p: NamedNode, o) -> None:
        self.triples.setdefault((s, p, o), None)


def to_triples(ex: Extraction, base: str, pipeline_version: str = PIPELINE_VERSION) -> tuple[NamedNode, list]:
    """The release's graph name (its IRI) and its statements as (s, p, o) term tuples."""
    mapper = _Mapper(ex, Minter(base), pipeline_version)
    return mapper.rel, mapper.run()


def to_quads(ex: Extraction, base: str, pipeline_version: str = PIPELINE_VERSION) -> list[Quad]:
    """The release's named graph as a list of quads (graph name = the release IRI)."""
    graph, triples = to_triples(ex, base, pipeline_version)
    return [Quad(s, p, o, graph) for s, p, o in triples]


def nquads(graph: NamedNode, triples: list) -> bytes:
    """N-Quads of one graph's statements; every term is written by pyoxigraph (its str())."""
    g = str(graph)
    return "".join([f"{s} {p} {o} {g} .\n" for s, p, o in triples]).encode("utf-8")


class _Mapper:
    def __init__(self, ex: Extraction, mint: Minter, version: str):
        self.ex = ex
        self.mint = mint
        self.version = version
        self.rid = ex.release.id
        self.rel = NamedNode(mint.release(self.rid))
        self.g = _Graph(self.rel, {})
        self._orgs: dict[int, NamedNode] = {}
        self._people: dict[int, NamedNode] = {}
        self._named: set[NamedNode] = set()
        self._events: set[NamedNode] = set()

    # -- helpers -------------------------------------------------------------------------------
    def span(self, span: Span) -> NamedNode:
        node = NamedNode(self.mint.span(self.rid, span.start, span.end))
        add = self.g.add
        add(node, T.type, T.TextSpan)
        add(node, T.oa_start, Literal(span.start))
        add(node, T.oa_end, Literal(span.end))
        add(node, T.oa_exact, Literal(clean(span.text(self.ex.release.text))))
        return node

    def fact(self, node: NamedNode, cls: NamedNode, span: Span | None, method: str | None = None) -> None:
        self.g.add(node, T.type, cls)
        self.g.add(node, T.wasDerivedFrom, self.rel)
        if span is not None:
            self.g.add(node, T.evidence, self.span(span))
        if method:
            self.g.add(node, T.method, Literal(method))

    def name(self, node: NamedNode, name: str) -> None:
        """One preferred name per node: two forms that fold to the same IRI keep the first as
        schema:name and the others as schema:alternateName."""
        if node in self._named:
            self.g.add(node, T.alternateName, Literal(clean(name)))
        else:
            self._named.add(node)
            self.g.add(node, T.name, Literal(clean(name)))

    def mention(self, entity: NamedNode, span: Span) -> None:
        """One triple per mention (entity kg:mention span): mentions are a release's most
        numerous statements, and the span's IRI and the graph already say which release."""
        self.g.add(entity, T.mention, self.span(span))

    def org(self, name: str | None) -> NamedNode | None:
        if not name:
            return None
        org = self.ex.organisation(name) or Organisation(name=name)
        if id(org) in self._orgs:
            return self._orgs[id(org)]
        node = NamedNode(self.mint.organisation(org.name))
        self._orgs[id(org)] = node
        add = self.g.add
        add(node, T.type, T.Organization)
        self.name(node, org.name)
        for alias in sorted(set(org.aliases) - {org.name}):
            add(node, T.alternateName, Literal(clean(alias)))
        add(node, T.orgKind, Literal(org.kind))
        if org.kind == "government":
            add(node, T.type, T.GovernmentOrganization)
        if org.country:
            country = NamedNode(self.mint.country(org.country))
            add(country, T.type, T.Country)
            add(country, T.identifier, Literal(org.country))
            add(node, T.governmentOf if org.kind == "government" else T.location, country)
        for span in org.spans:
            self.mention(node, span)
        return node

    def person(self, name: str) -> NamedNode:
        person = self.ex.person(name) or Person(name=name)
        if id(person) in self._people:
            return self._people[id(person)]
        node = NamedNode(self.mint.person(person.name))
        self._people[id(person)] = node
        self.g.add(node, T.type, T.Person)
        self.name(node, person.name)
        for alias in sorted(set(person.aliases) - {person.name}):
            self.g.add(node, T.alternateName, Literal(clean(alias)))
        for span in person.spans:
            self.mention(node, span)
        return node

    def place(self, name: str, cls: NamedNode) -> NamedNode:
        node = NamedNode(self.mint.place(name))
        self.g.add(node, T.type, T.Place)
        if cls != T.Place:
            self.g.add(node, T.type, cls)
        if node not in self._named:
            self.name(node, name)
        return node

    # -- the release and its facts ---------------------------------------------------------------
    def run(self) -> list:
        ex, add, rel = self.ex, self.g.add, self.rel
        r = ex.release
        add(rel, T.type, T.NewsArticle)
        add(rel, T.dct_identifier, Literal(r.id))
        add(rel, T.sourceFile, Literal(clean(r.source)))
        add(rel, T.contentHash, Literal(content_hash(r.text)))
        add(rel, T.pipelineVersion, Literal(self.version))
        if r.title:
            add(rel, T.headline, Literal(clean(r.title)))
        if r.date and (lit := date_literal(r.date)):
            add(rel, T.datePublished, lit)
        if r.url:
            add(rel, T.url, Literal(clean(r.url)))
        if r.encoding:
            add(rel, T.encoding, Literal(r.encoding))
        if r.publisher and (pub := self.org(r.publisher)):
            add(rel, T.publisher, pub)

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
        return list(self.g.triples)

    def event(self, e) -> NamedNode:
        node = NamedNode(self.mint.event(self.rid, e.name, e.named))
        add = self.g.add
        add(node, T.type, T.Event)
        self.name(node, e.name)
        if node in self._events:
            return node
        self._events.add(node)
        add(node, T.named, Literal(bool(e.named)))
        add(node, T.eventKind, Literal(e.kind))
        add(node, T.wasDerivedFrom, self.rel)
        for alias in sorted(set(e.aliases) - {e.name}):
            add(node, T.alternateName, Literal(clean(alias)))
        if e.location:
            add(node, T.location, self.place(e.location, T.City))
        if e.venue:
            venue = self.place(e.venue, T.Place)
            add(node, T.venue, venue)
            if e.location:
                add(venue, T.containedInPlace, self.place(e.location, T.City))
        for prop, value in ((T.startDate, e.start_date), (T.endDate, e.end_date)):
            if value and (lit := date_literal(value)):
                add(node, prop, lit)
        for span in e.spans:
            self.mention(node, span)
        return node

    def affiliations(self) -> None:
        for a in self.ex.affiliations:
            person = self.person(a.person)
            org = self.org(a.organisation)
            node = NamedNode(self.mint.fact(self.rid, "membership", person.value, org and org.value, a.role))
            self.fact(node, T.Membership, a.span)
            self.g.add(node, T.member, person)
            if org is not None:
                self.g.add(node, T.organization, org)
            if a.role:
                role = NamedNode(self.mint.role(a.role))
                self.g.add(role, T.type, T.Role)
                self.g.add(role, T.label, Literal(clean(a.role)))
                self.g.add(node, T.role, role)
                self.g.add(node, T.roleLabel, Literal(clean(a.role)))
            if self.ex.release.date and (lit := date_literal(self.ex.release.date)):
                self.g.add(node, T.dct_date, lit)

    def speeches(self, events: dict[str, NamedNode]) -> None:
        for s in self.ex.speeches:
            person = self.person(s.person)
            node = NamedNode(self.mint.fact(self.rid, "speech", person.value, s.span.start, s.span.end))
            self.fact(node, T.Speech, s.span)
            self.g.add(node, T.speaker, person)
            if s.verb:
                self.g.add(node, T.speechVerb, Literal(s.verb))
            event = events.get(s.event) if s.event else None
            if event is not None:
                self.g.add(node, T.atEvent, event)
                self.g.add(person, T.spokeAt, event)

    def event_roles(self, events: dict[str, NamedNode]) -> None:
        for r in self.ex.event_roles:
            event = events.get(r.event)
            org = self.org(r.organisation)
            if event is None or org is None:
                continue
            sponsor = r.role == "sponsor"
            cls, prop = (T.Sponsorship, T.sponsor) if sponsor else (T.Organising, T.organizer)
            node = NamedNode(self.mint.fact(self.rid, r.role, event.value, org.value))
            self.fact(node, cls, r.span)
            self.g.add(node, T.event, event)
            self.g.add(node, prop, org)
            self.g.add(event, prop, org)

    def recommendations(self) -> None:
        for rec in self.ex.recommendations:
            node = NamedNode(self.mint.fact(self.rid, "recommendation", rec.span.start, rec.text))
            self.fact(node, T.Recommendation, rec.span)
            self.g.add(node, T.text, Literal(clean(rec.text)))
            if by := self.org(rec.by):
                self.g.add(node, T.recommendedBy, by)
            if rec.speaker:
                self.g.add(node, T.madeBy, self.person(rec.speaker))
            if rec.addressee:
                self.g.add(node, T.addressee, Literal(clean(rec.addressee)))

    def quotes(self) -> None:
        for q in self.ex.quotes:
            node = NamedNode(self.mint.fact(self.rid, "quote", q.span.start, q.text))
            self.fact(node, T.Quote, q.span)
            self.g.add(node, T.text, Literal(clean(q.text)))
            if q.speaker:
                self.g.add(node, T.wasAttributedTo, self.person(q.speaker))

    def contacts(self) -> None:
        for c in self.ex.contacts:
            node = NamedNode(self.mint.fact(self.rid, "contact", c.name, c.span.start))
            self.fact(node, T.PressContact, c.span)
            self.g.add(self.rel, T.pressContact, node)
            self.g.add(node, T.name, Literal(clean(c.name)))
            self.g.add(node, T.contactPerson, self.person(c.name))
            if org := self.org(c.organisation):
                self.g.add(node, T.contactOrganisation, org)
            if c.office:
                self.g.add(node, T.office, Literal(clean(c.office)))
            for email in c.emails:
                self.g.add(node, T.email, Literal(clean(email)))
            for phone in c.phones:
                self.g.add(node, T.telephone, Literal(clean(phone)))
