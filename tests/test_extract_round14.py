"""Round 14: organisations, events, sponsors, organisers and recommendations (invented releases)."""

from extracting import event_names, roles, run

from kg.model import Release
from kg.segment import segment


def test_a_release_opening_on_its_dateline_takes_no_headline_from_a_later_paragraph():
    text = (
        "TARN, 4 May 2012 (LWA) - Water engineers and fishers meeting in Tarn have agreed on\n"
        "steps to keep the northern lakes clean for the coming seasons.\n"
        "\n"
        "The Second Lakeland Forum on Water and Fisheries was held on 2 and\n"
        "3 May 2012. It was organized by the Lakes Water Agency in partnership\n"
        "with the Fishers Union, and supported by the Government of Palia.\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    assert "headline" not in {sg.kind for sg in doc.segments}
    ex = run(text, lead="")
    assert "Second Lakeland Forum on Water and Fisheries" in event_names(ex)
    assert roles(ex, "organiser") == {"Lakes Water Agency", "Fishers Union"}
    assert roles(ex, "sponsor") == {"Government of Palia"}
