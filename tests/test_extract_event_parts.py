"""A programme slot of the reported event and an event only proposed in a recommendation are no events."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def events(ex) -> set[str]:
    return {e.name for e in ex.events}


def test_closing_panel_is_part_of_the_reported_event():
    ex = run(
        "Paris, 3 May 2012\n\nThe International Meeting on River Data opened today in Paris. Jane Roe, "
        "Chief of the Data Section, moderated the closing panel.\n"
    )
    assert events(ex) == {"International Meeting on River Data"}


def test_event_proposed_in_a_recommendation_is_no_event():
    ex = run(
        "Maputo, 3 May 2004\n\nThe Regional Seminar on River Gauges ended today in Maputo. At the end of the "
        "seminar, participants recommended:\n"
        "1. That national services share river data;\n"
        "2. That the Coastal Agency organize a follow-up workshop on flood maps in 2005.\n"
    )
    assert "follow-up workshop on flood maps" not in events(ex)
    assert "Regional Seminar on River Gauges" in events(ex)


def test_only_event_is_kept_even_if_it_looks_like_a_slot():
    ex = run("Paris, 3 May 2012\n\nThe opening session heard from Jane Roe, who said rivers were rising.\n")
    assert len(ex.events) <= 1
