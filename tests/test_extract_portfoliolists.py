"""A ministry named for a list of fields, "Ministry of Health, Nutrition and Coastal Medicine", is one body,
and its minister's title keeps the whole list."""

from __future__ import annotations

from extracting import aff, org_names, run

MINISTRY = "Ministry of Health, Nutrition and Coastal Medicine"


def test_a_field_list_with_words_outside_the_topic_list_stays_one_ministry():
    ex = run(
        f"The forum was organised by the Government of Chile through its {MINISTRY}, "
        "with support from Norway.\n"
    )
    assert MINISTRY in org_names(ex)
    assert "Ministry of Health, Nutrition" not in org_names(ex)
    assert "Ministry of Health" not in org_names(ex)


def test_the_minister_of_a_field_list_keeps_the_whole_title():
    ex = run(
        "Chile's Minister of Health, Nutrition and Coastal Medicine, Dr. Paulo Serrat, told delegates that "
        "the health of workers abroad mattered.\n"
    )
    assert aff(ex, "Paulo Serrat") == (
        "Minister of Health, Nutrition and Coastal Medicine",
        "Government of Chile",
    )
