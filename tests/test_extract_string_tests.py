"""String tests that replaced a regular expression compiled per name give the regex's answers."""

from __future__ import annotations

import re

import pytest

from kg.extract.orgacronyms import last_spaced
from kg.extract.orgshortforms import SHORT_NEXT, cut_before_complement, unit_of

NAMES = [
    "Lakeport Trust for Children",
    "the Lakeport Trust for Children",
    "Lakeport Trusted Fund for Children",
    "Old Lakeport Trust of Vell",
    "Lakeport Trust",
    "Lakeport Trust in\nVell",
    "Anti-Lakeport Trust for All",
]


@pytest.mark.parametrize("name", NAMES)
def test_cut_before_complement_answers_as_the_pattern(name):
    form = "Lakeport Trust"
    pattern = re.compile(rf"(?<![\w-]){re.escape(form)}{SHORT_NEXT.pattern}")
    assert cut_before_complement(name, form, anywhere=True) == bool(pattern.search(name))
    assert cut_before_complement(name, form, anywhere=False) == bool(pattern.match(name))


@pytest.mark.parametrize(
    "name",
    [
        "Department of Flood Relief",
        "Ministry for the Flood Relief",
        "Bureau of  the  Flood Relief",
        "Department of Flood Relief Works",
        "Division of Flood Relief\n",
        "Office of Flood Relief",
        "Department of the Flood",
    ],
)
def test_unit_of_answers_as_the_pattern(name):
    form = "Flood Relief"
    unit = r"^(?:Department|Ministry|Directorate|Division|Bureau)\s+(?:of|for)\s+(?:the\s+)?"
    assert unit_of(name, form) == bool(re.compile(unit + re.escape(form) + "$").match(name))


@pytest.mark.parametrize(
    "text",
    [
        "The Lake Basin  Authority met the Lake Basin\nAuthority (LBA) ...",
        "No such body here (LBA)",
        "Lake Basin Lake Basin Authority (LBA)",
        "the Lake Basin Authorityx and Lake  Basin Authority",
    ],
)
def test_last_spaced_answers_as_the_pattern(text):
    words = ["Lake", "Basin", "Authority"]
    end = len(text)
    starts = [m.start() for m in re.finditer(r"\s+".join(map(re.escape, words)), text[:end])]
    assert last_spaced(text, words, 0, end) == (starts[-1] if starts else None)
