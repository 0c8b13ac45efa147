"""Whole releases, generated: the pipeline never crashes, its output parses with a second
strict parser, and every release graph conforms to the shapes."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.build import process_release
from kg.model import Release

NASTY = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "<b>",
        "</script>",
        "\\",
        '"""',
        "}",
        "SELECT * WHERE {",
        "\u202e",
        "\x00",
        "\x0c",
        "王小明",
        "Жанна",
        "مرحبا",
        "🙂",
        "@prefix",
        "_:b0",
        "(IOM)",
        "•",
        "\n\n",
    ]
)
WORDS = st.sampled_from(
    [
        "Minister",
        "Dr.",
        "Ms.",
        "said",
        "urged",
        "sponsored by",
        "the Government of",
        "Ministry of Health",
        "conference",
        "workshop",
        "in Geneva",
        "on 3 May 2015",
        "IOM",
        "UNHCR",
        "the European Union",
        "called for",
        "recommended",
        ":",
        ";",
        ",",
        ".",
    ]
)
NAMES = st.sampled_from(
    ["Amina Diallo", "José Álvarez", "Mary O'Neil", "Nguyễn Văn An", "Li Wei", "Ana-Maria Popescu"]
)


@st.composite
def releases(draw) -> str:
    parts = []
    name = draw(NAMES)
    parts.append(draw(st.sampled_from(["Ministers Meet", "IOM Hosts Forum", "LAUNCH OF REPORT"])) + "\n\n")
    for _ in range(draw(st.integers(1, 6))):
        sentence = " ".join(draw(st.lists(st.one_of(WORDS, NAMES, NASTY, st.text(max_size=6)), max_size=14)))
        parts.append(f'{sentence} "{draw(st.text(max_size=30))}," said {name}.\n\n')
    if draw(st.booleans()):
        parts.append(
            "Recommendations include:\n" + "".join(f"• {draw(st.text(max_size=40))};\n" for _ in range(3))
        )
    if draw(st.booleans()):
        parts.append(
            f"\nFor further information, please contact: {name}, Tel: +41 22 717 9111, "
            f"Email: {draw(st.sampled_from(['a@b.org', 'x[at]y.int', 'not-an-email']))}\n"
        )
    return "".join(parts)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=releases(), rid=st.text(min_size=1, max_size=12))
def test_generated_releases_build_parse_and_conform(text, rid):
    release = Release(id=rid, source=f"{rid}.txt", text=text)
    done = process_release(release, "https://test.example/id/")
    data = ox.serialize([q.triple for q in done.quads], format=ox.RdfFormat.N_TRIPLES)
    assert len(Graph().parse(data=data, format="nt")) == len({q.triple for q in done.quads})
    assert done.report.conforms, done.report.text()
