"""Namespaces and the terms the mapping emits, in one place.

Standard vocabularies first (schema.org, W3C ORG, PROV-O, Dublin Core, Web
Annotation); `KG` holds only what none of them has (see ontology/kg.ttl).
"""

from __future__ import annotations

import os

from pyoxigraph import NamedNode

SCHEMA = "https://schema.org/"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SH = "http://www.w3.org/ns/shacl#"
KG = "https://example.org/kg/ontology#"

DEFAULT_BASE = "https://example.org/kg/id/"

PREFIXES: dict[str, str] = {
    "kg": KG,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "dct": DCT,
    "oa": OA,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
}


def base_iri(base: str | None = None) -> str:
    """The IRI base for minted nodes: the argument, else $KG_BASE, else the default."""
    b = base or os.environ.get("KG_BASE") or DEFAULT_BASE
    return b if b.endswith(("/", "#")) else b + "/"


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


class T:
    """Frequently used terms as pyoxigraph NamedNodes (built once)."""

    type = NamedNode(RDF + "type")
    label = NamedNode(RDFS + "label")

    NewsArticle = NamedNode(SCHEMA + "NewsArticle")
    Person = NamedNode(SCHEMA + "Person")
    Organization = NamedNode(SCHEMA + "Organization")
    GovernmentOrganization = NamedNode(SCHEMA + "GovernmentOrganization")
    Country = NamedNode(SCHEMA + "Country")
    Place = NamedNode(SCHEMA + "Place")
    Event = NamedNode(SCHEMA + "Event")
    name = NamedNode(SCHEMA + "name")
    alternateName = NamedNode(SCHEMA + "alternateName")
    headline = NamedNode(SCHEMA + "headline")
    publisher = NamedNode(SCHEMA + "publisher")
    datePublished = NamedNode(SCHEMA + "datePublished")
    url = NamedNode(SCHEMA + "url")
    location = NamedNode(SCHEMA + "location")
    startDate = NamedNode(SCHEMA + "startDate")
    endDate = NamedNode(SCHEMA + "endDate")
    sponsor = NamedNode(SCHEMA + "sponsor")
    organizer = NamedNode(SCHEMA + "organizer")
    text = NamedNode(SCHEMA + "text")
    email = NamedNode(SCHEMA + "email")
    telephone = NamedNode(SCHEMA + "telephone")
    identifier = NamedNode(SCHEMA + "identifier")
    containedInPlace = NamedNode(SCHEMA + "containedInPlace")

    Membership = NamedNode(ORG + "Membership")
    Role = NamedNode(ORG + "Role")
    member = NamedNode(ORG + "member")
    organization = NamedNode(ORG + "organization")
    role = NamedNode(ORG + "role")

    wasDerivedFrom = NamedNode(PROV + "wasDerivedFrom")
    wasAttributedTo = NamedNode(PROV + "wasAttributedTo")

    dct_identifier = NamedNode(DCT + "identifier")
    dct_source = NamedNode(DCT + "source")
    dct_date = NamedNode(DCT + "date")
    isPartOf = NamedNode(DCT + "isPartOf")

    oa_start = NamedNode(OA + "start")
    oa_end = NamedNode(OA + "end")
    oa_exact = NamedNode(OA + "exact")
    TextPositionSelector = NamedNode(OA + "TextPositionSelector")

    TextSpan = NamedNode(KG + "TextSpan")
    mention = NamedNode(KG + "mention")
    evidence = NamedNode(KG + "evidence")
    method = NamedNode(KG + "method")
    sourceFile = NamedNode(KG + "sourceFile")
    encoding = NamedNode(KG + "encoding")
    contentHash = NamedNode(KG + "contentHash")
    pipelineVersion = NamedNode(KG + "pipelineVersion")
    orgKind = NamedNode(KG + "organisationKind")
    acronym = NamedNode(KG + "acronym")
    governmentOf = NamedNode(KG + "governmentOf")
    roleLabel = NamedNode(KG + "roleLabel")
    Speech = NamedNode(KG + "Speech")
    speaker = NamedNode(KG + "speaker")
    atEvent = NamedNode(KG + "atEvent")
    speechVerb = NamedNode(KG + "speechVerb")
    spokeAt = NamedNode(KG + "spokeAt")
    named = NamedNode(KG + "named")
    eventKind = NamedNode(KG + "eventKind")
    venue = NamedNode(KG + "venue")
    Sponsorship = NamedNode(KG + "Sponsorship")
    Organising = NamedNode(KG + "Organising")
    event = NamedNode(KG + "event")
    Recommendation = NamedNode(KG + "Recommendation")
    recommendedBy = NamedNode(KG + "recommendedBy")
    madeBy = NamedNode(KG + "madeBy")
    addressee = NamedNode(KG + "addressee")
    Quote = NamedNode(KG + "Quote")
    PressContact = NamedNode(KG + "PressContact")
    pressContact = NamedNode(KG + "pressContact")
    contactPerson = NamedNode(KG + "contactPerson")
    contactOrganisation = NamedNode(KG + "contactOrganisation")
    office = NamedNode(KG + "office")
    City = NamedNode(SCHEMA + "City")


class N:
    """The terms of `T` as N-Triples text, for the mapping's rows (kg.ntriples).

    Filled from `T` below, each by pyoxigraph's own `str()`, so the two cannot drift apart.
    """


for _name, _term in vars(T).items():
    if isinstance(_term, NamedNode):
        setattr(N, _name, str(_term))
