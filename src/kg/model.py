"""The plain data that flows between the pipeline stages.

Each stage is a function over these dataclasses: readers make a `Release`,
segmentation turns it into a `Document`, extraction fills an `Extraction`,
and mapping turns that into RDF. Extraction refers to organisations and
people by *name* (any form it saw in the text); mapping resolves those names
to nodes, so extractors never need to agree on identifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """Character offsets into `Release.text`, end exclusive."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass
class Release:
    """One press release as read from disk, before any interpretation."""

    id: str
    source: str
    text: str
    title: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO date of publication, when known
    url: str | None = None
    encoding: str | None = None
    format: str = "txt"
    language: str | None = None


@dataclass(frozen=True)
class Segment:
    """A block of the release with a structural role.

    kind is one of: headline, dateline, paragraph, bullet, contact, navigation, caption.
    """

    kind: str
    start: int
    end: int
    intro: int | None = None  # for bullets: index of the segment that introduces the list


@dataclass
class Document:
    release: Release
    segments: list[Segment] = field(default_factory=list)
    # Shared, lazily computed analyses (tokens, sentences) so components do not redo them.
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        return self.release.text

    def of_kind(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]

    def segment_text(self, seg: Segment) -> str:
        return self.release.text[seg.start : seg.end]


@dataclass
class Organisation:
    """An organisation named in a release, with every form the release uses for it."""

    name: str  # preferred name: the gazetteer's canonical name, else the fullest form seen
    aliases: list[str] = field(default_factory=list)
    kind: str = "organisation"  # un, intergovernmental, government, ministry, ngo, company, university, media
    country: str | None = None  # ISO 3166-1 alpha-2, for governments and national bodies
    spans: list[Span] = field(default_factory=list)
    method: str = "rule"

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]

    @property
    def acronym(self) -> str | None:
        """The short form readers know the body by ("UNHCR"), when the release uses one that the name
        does not already hold: listings show it beside the name, so a reader who knows either form
        finds the body, and two readers' different full names for it ("Office of the United Nations
        High Commissioner for Refugees") still meet on it."""
        words = set(self.name.replace("/", " ").split())
        found = [
            a
            for a in self.aliases
            if (ACRONYM.fullmatch(a) or _spaced_acronym(a)) and _capitals(a) >= 2 and a not in words
        ]
        if not found:
            return None
        return min(found, key=lambda a: (-_capitals(a) / len(a), len(a), a))


# One word of letters (digits, '&', '/', '-' and '.' inside), opening with a capital.
ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&/.-]{1,11}")


def _spaced_acronym(form: str) -> bool:
    """Two capitals-only words that readers use as one short name ("DG HOME", a directorate-general)."""
    parts = form.split(" ")
    return len(parts) == 2 and all(len(p) >= 2 and p.isalpha() and p.isupper() for p in parts)


def _capitals(word: str) -> int:
    return sum(c.isupper() for c in word)


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Affiliation:
    """ "X, Deputy Director General of IOM": a person's role at an organisation, as stated."""

    person: str
    role: str | None
    organisation: str | None
    span: Span


@dataclass
class Speech:
    """A person speaking: quoted, reported (said, urged ...), addressing or listed as a speaker."""

    person: str
    span: Span
    event: str | None = None
    verb: str | None = None


@dataclass
class Event:
    name: str
    named: bool
    spans: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: str = "event"  # conference, meeting, workshop, forum, training, launch ...
    location: str | None = None  # city, or country when no city is given
    venue: str | None = None
    start_date: str | None = None  # ISO date or month
    end_date: str | None = None


@dataclass
class EventRole:
    """An organisation's part in an event: sponsor (funded, supported) or organiser (hosted, convened)."""

    event: str
    organisation: str
    role: str  # "sponsor" | "organiser"
    span: Span


@dataclass
class Recommendation:
    text: str
    span: Span
    by: str | None = None  # organisation name
    speaker: str | None = None  # person name, when a person made it
    addressee: str | None = None  # "countries of destination", an organisation ...


@dataclass
class Quote:
    text: str
    span: Span
    speaker: str | None = None


@dataclass
class Contact:
    name: str
    span: Span
    organisation: str | None = None
    office: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything found in one release. Names in relations refer to `organisations` / `people` forms."""

    release: Release
    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    affiliations: list[Affiliation] = field(default_factory=list)
    speeches: list[Speech] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_roles: list[EventRole] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)

    def organisation(self, name: str | None) -> Organisation | None:
        """The organisation that `name` is a form of (case-insensitive), if any.

        The `forms` test written out: look-ups run thousands of times per release, and building a
        forms list and a generator per record cost more than the comparisons."""
        if not name:
            return None
        key = name.casefold()
        for org in self.organisations:
            if org.name.casefold() == key or (org.aliases and key in [a.casefold() for a in org.aliases]):
                return org
        return None

    def named_by_relations(self) -> set[str]:
        """The organisation names that some relation uses (affiliation, event role, recommendation,
        contact): a record named by none of them may be dropped as noise without breaking a link."""
        used = (
            {a.organisation for a in self.affiliations}
            | {r.organisation for r in self.event_roles}
            | {r.by for r in self.recommendations}
            | {c.organisation for c in self.contacts}
        )
        return {u for u in used if u}

    def person(self, name: str | None) -> Person | None:
        if not name:
            return None
        key = name.casefold()
        for p in self.people:
            if p.name.casefold() == key or (p.aliases and key in [a.casefold() for a in p.aliases]):
                return p
        return None
