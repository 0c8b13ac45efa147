"""The rules read hard-wrapped paragraphs as if unwrapped, and lists as they are written."""

from __future__ import annotations

import textwrap

from extracting import roles, speakers
from kg.extract import extract
from kg.extract.readingcopy import join_wrapped
from kg.model import Release
from kg.segment import segment

PARAGRAPHS = [
    "Lakeside Forum Agrees on Safer River Crossings",
    "PORT ELARA, 3 May 2022 - Delegates from nine riverside countries met in Port Elara this week "
    "for a regional forum on safe crossings, organised by the United Nations High Commissioner for "
    "Refugees and financed by the Global Fund to Fight AIDS, Tuberculosis and Malaria.",
    '"No family should have to choose between a flooded road and a smuggler\'s boat," said Anna '
    "Berg, Director of the Lakeland Water Authority, who opened the forum on Tuesday.",
]
WRAPPED = "\n\n".join(textwrap.fill(p, 66, break_on_hyphens=False) for p in PARAGRAPHS)


def extraction(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def test_names_broken_by_the_wrap_are_read_whole():
    assert "High Commissioner for\nRefugees" in WRAPPED and "AIDS,\nTuberculosis" in WRAPPED
    ex = extraction(WRAPPED)
    assert roles(ex, "organiser") == {"United Nations High Commissioner for Refugees"}
    assert roles(ex, "sponsor") == {"Global Fund to Fight AIDS, Tuberculosis and Malaria"}
    assert ex.release.text == WRAPPED
    unhcr = ex.organisation("United Nations High Commissioner for Refugees")
    assert any("\n" in WRAPPED[s.start : s.end] for s in unhcr.spans)  # spans are the release's own


def test_wrapped_and_unwrapped_releases_give_the_same_facts():
    wrapped, flat = extraction(WRAPPED), extraction("\n\n".join(PARAGRAPHS))
    assert roles(wrapped, "sponsor") == roles(flat, "sponsor")
    assert roles(wrapped, "organiser") == roles(flat, "organiser")
    assert speakers(wrapped) == speakers(flat) == {"Anna Berg"}


def test_list_lines_well_short_of_the_width_stay_lines():
    text = WRAPPED + (
        "\n\nOpening speakers:\nMs. Ina Falk, Minister of Water\nMr. Olu Dada, Mayor of Port Elara\n"
        "Dr. Lea Moss, Director, River Basin Commission\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    joined = join_wrapped(doc)
    assert len(joined) == len(text)
    assert "Ms. Ina Falk, Minister of Water\nMr. Olu Dada" in joined
    assert "High Commissioner for Refugees" in joined
    assert {"Ina Falk", "Olu Dada", "Lea Moss"} <= speakers(extraction(text))


def test_one_line_paragraphs_are_left_alone():
    text = "\n\n".join(PARAGRAPHS) + "\n\nContact:\nJo Kim\nPress Officer\n"
    doc = segment(Release(id="t", source="t.txt", text=text))
    assert join_wrapped(doc) == text
