"""Round 27a (speakers, their roles and organisations): "closed the Forum" with a capitalised event noun is
speech and ends the title before it; a Dutch "Stichting" opens a body's name, not a person's; a name after
"a"/"an" ("a Lake Bay farm") is a place or brand modifying a noun, not a person. Invented sentences."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_closed_the_capitalised_forum_is_speech() -> None:
    ex = run(
        "The Ministry of Fisheries hosted the talks. Mr. Peter Okello Lumu, Commissioner for Inland Waters "
        "at the Ministry of Fisheries, officially closed the Forum.\n"
    )
    assert "Peter Okello Lumu" in speakers(ex)
    assert aff(ex, "Peter Okello Lumu") == ("Commissioner for Inland Waters", "Ministry of Fisheries")


def test_closed_a_road_is_not_speech() -> None:
    ex = run("The talks went on for a week. Ms. Anna Berg closed the Harbour Road to traffic on Monday.\n")
    assert "Anna Berg" not in speakers(ex)


def test_stichting_opens_a_body_not_a_person() -> None:
    ex = run(
        "The clinic network met in Lakeport. Joris Dekker of Stichting Groen Leven, which runs four clinics "
        "near the border, described how his staff follow patients by phone.\n"
    )
    assert speakers(ex) == {"Joris Dekker"}


def test_name_after_indefinite_article_does_not_cut_the_apposition() -> None:
    ex = run(
        "The workshop opened on Monday. Hemi Te Rangi, Operations Manager at Lakeview Berry Farms Ltd, a "
        "Harbour Bay orchard that has hired seasonal teams since 2011, told the workshop that returning "
        "workers now trained newcomers.\n"
    )
    assert "Hemi Te Rangi" in speakers(ex)
    assert aff(ex, "Hemi Te Rangi") == ("Operations Manager", "Lakeview Berry Farms Ltd")
