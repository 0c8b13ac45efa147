"""Real releases laid out differently must still extract and map, never raise.

Scraped pages differ in layout more than in wording: a headline in capitals,
text hard-wrapped at another width, blank lines lost. Rules are written
against one layout and can fail on another in ways no template release
reaches (an all-capitals headline that "CALLS FOR" something once stopped
its release's extraction with a StopIteration). Every probe release is run
through each layout below; the property is simply that the pipeline returns
a graph. `benchmarks/fuzz.py --seeds` explores the same space at random.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kg.extract import extract
from kg.mapping import to_quads
from kg.model import Release
from kg.segment import segment

PROBE = sorted((Path(__file__).parent / "probe" / "releases").glob("*.txt"))


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


def headline_in_capitals(text: str) -> str:
    first, _, rest = text.lstrip().partition("\n")
    return first.upper() + "\n" + rest


def rewrapped_without_blank_lines(text: str) -> str:
    return "\n".join(textwrap.fill(" ".join(p.split()), 58) for p in _paragraphs(text))


def one_line_per_paragraph_in_capitals(text: str) -> str:
    return "\n\n".join(" ".join(p.split()).upper() for p in _paragraphs(text))


LAYOUTS = [headline_in_capitals, rewrapped_without_blank_lines, one_line_per_paragraph_in_capitals]


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda f: f.__name__)
def test_every_probe_release_survives_the_layout(layout):
    assert len(PROBE) > 100
    failures = []
    for path in PROBE:
        text = layout(path.read_text(encoding="utf-8"))
        release = Release(id=path.stem, source=str(path), text=text)
        try:
            quads = to_quads(extract(segment(release)), "https://test.example/id/")
        except Exception as e:  # noqa: BLE001 - the failure is what the test reports
            failures.append(f"{path.name}: {type(e).__name__}: {e}")
            continue
        assert quads, path.name
    assert not failures, "\n".join(failures)
