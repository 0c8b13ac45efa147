"""Round A33: speakers, their titles and organisations (invented releases)."""

from __future__ import annotations

from extracting import aff, run


def test_secretary_of_the_ministry_names_back_the_publisher_ministry() -> None:
    ex = run(
        "The Ministry of Fisheries and Coastal Affairs opened a course for harbour officers today. The "
        "Ministry, known until 2015 as the Ministry of Coastal Works, "
        "ran it with the Lakeport Harbour Board. "
        "The Ministry of Fisheries and Coastal Affairs will repeat it next year.\n\n"
        'Secretary of the Ministry Mr. Tomas Verlaine said that "every harbour needs trained staff."'
    )
    assert aff(ex, "Tomas Verlaine") == ("Secretary", "Ministry of Fisheries and Coastal Affairs")
