from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import (
    Affiliation,
    Contact,
    Event,
    EventRole,
    Extraction,
    Organisation,
    Person,
    Quote,
    Recommendation,
    Release,
    Span,
    Speech,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "data" / "releases"

TEXT = (
    "Ministers Meet on Safe Migration\n\n"
    "GENEVA - The Director General of the International Organization for Migration (IOM), "
    "Jane Doe, opened the Regional Forum on Safe Migration sponsored by the Government of Norway.\n\n"
    '"We must act now," said Ms. Doe.\n\n'
    "IOM recommends that states expand legal pathways.\n\n"
    "For further information, please contact: John Roe, IOM Geneva, Tel: +41 22 000 0000, "
    "Email: jroe@iom.int\n"
)


def span_of(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


@pytest.fixture
def handmade() -> Extraction:
    """An extraction written by hand, so RDF-side tests do not depend on extraction quality."""
    t = TEXT
    release = Release(
        id="forum-release",
        source="forum-release.txt",
        text=t,
        title="Ministers Meet on Safe Migration",
        date="2024-05-02",
    )
    ex = Extraction(release=release)
    ex.organisations += [
        Organisation(
            "International Organization for Migration",
            ["IOM"],
            kind="intergovernmental",
            spans=[span_of(t, "International Organization for Migration")],
        ),
        Organisation(
            "Government of Norway",
            ["Norway"],
            kind="government",
            country="NO",
            spans=[span_of(t, "Government of Norway")],
        ),
    ]
    ex.people.append(Person("Jane Doe", ["Ms. Doe"], spans=[span_of(t, "Jane Doe")]))
    ex.affiliations.append(
        Affiliation("Jane Doe", "Director General", "IOM", span_of(t, "The Director General"))
    )
    ex.events.append(
        Event(
            "Regional Forum on Safe Migration",
            True,
            spans=[span_of(t, "Regional Forum on Safe Migration")],
            kind="forum",
            location="Geneva",
            start_date="2024-05-01",
        )
    )
    ex.speeches.append(
        Speech(
            "Jane Doe",
            span_of(t, "Jane Doe, opened"),
            event="Regional Forum on Safe Migration",
            verb="opened",
        )
    )
    ex.event_roles.append(
        EventRole(
            "Regional Forum on Safe Migration",
            "Government of Norway",
            "sponsor",
            span_of(t, "sponsored by the Government of Norway"),
        )
    )
    ex.recommendations.append(
        Recommendation(
            "states expand legal pathways",
            span_of(t, "states expand legal pathways"),
            by="IOM",
            addressee="states",
        )
    )
    ex.quotes.append(Quote("We must act now", span_of(t, "We must act now"), speaker="Ms. Doe"))
    ex.contacts.append(
        Contact(
            "John Roe",
            span_of(t, "John Roe"),
            organisation="IOM",
            office="IOM Geneva",
            phones=["+41 22 000 0000"],
            emails=["jroe@iom.int"],
        )
    )
    return ex


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE_DIR
