"""Round 16 (organisations and segmentation): a separator row, a run-on first line, a portfolio before a
possessive owner, and an acronym that spells only the last words of its name. Invented sentences."""

from __future__ import annotations

from extracting import org_names, roles, run
from kg.model import Release
from kg.segment import segment


def _segments(text: str) -> list[tuple[str, str]]:
    doc = segment(Release(id="t", source="t.txt", text=text))
    return [(sg.kind, text[sg.start : sg.end]) for sg in doc.segments]


def test_first_line_ending_on_a_comma_is_no_headline() -> None:
    text = (
        "Lakeport Aid's Regional Coordinator for the Northern Hills, Ann Morel,\n"
        "said on Tuesday that the new clinics would open in every district of the\n"
        "province before the end of the rainy season this year.\n"
    )
    segs = _segments(text)
    assert "headline" not in {kind for kind, _ in segs}
    assert any(kind == "paragraph" and part.startswith("Lakeport Aid's") for kind, part in segs)


def test_star_separator_before_a_contact_block_is_no_bullet() -> None:
    text = (
        "Harbour towns agree on a flood plan\n\n"
        "PORT ELARA, 3 May 2022 - Mayors of six harbour towns agreed a joint flood plan today.\n\n"
        "* * *\n"
        "For further information contact:\n"
        "Tomas Vela\n"
        "Press Officer, Coastal Towns Alliance\n"
        "Tel: +41 22 555 0101\n"
    )
    segs = _segments(text)
    assert "bullet" not in {kind for kind, _ in segs}
    assert [part for kind, part in segs if kind == "contact"][0].startswith("For further information")
    ex = run(
        "Mayors agreed a joint plan today.\n\n- - -\nFor further information contact:\nTomas Vela\n"
        "Press Officer\nCoastal Towns Alliance Regional Office\nTel: +41 22 555 0101\n"
    )
    assert not any(n.startswith("Tomas Vela") for n in org_names(ex))


def test_portfolio_before_a_possessive_owner_is_no_organisation() -> None:
    ex = run(
        "Mr. Idris Farah, Director of Consular and Diaspora Affairs at Ruritania's Ministry of Foreign "
        "Affairs, said the new passports would be ready in March."
    )
    names = org_names(ex)
    assert "Consular and Diaspora Affairs" not in names
    assert any("Ministry of Foreign Affairs" in n for n in names)


def test_acronym_of_the_last_words_takes_the_capitalised_words_before_them() -> None:
    ex = run(
        "Officials of the Lakeport Process on Coastal Migration met today.\n\n"
        "The seminar was convened by the Lakeport Process Regional Liaison Office (RLO), in cooperation "
        "with the Harbour Workers Federation."
    )
    names = org_names(ex)
    assert "Lakeport Process Regional Liaison Office" in names
    assert "Regional Liaison Office" not in names
    assert "Lakeport Process Regional Liaison Office" in roles(ex, "organiser")


def test_acronym_lead_leaves_a_unit_of_another_body_alone() -> None:
    ex = run(
        "The forum was convened by the Department of Rural Affairs of the Lakeport Regional Commission (LRC)."
    )
    assert "Lakeport Regional Commission" in org_names(ex)
