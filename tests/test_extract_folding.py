"""Names whose letters lie beyond Latin-1 are read like any other, and keep their letters."""

from __future__ import annotations

from extracting import aff, org_names, run, speakers
from kg.extract.folding import fold
from kg.mapping import to_quads

TEXT = (
    '"We need better data on who crosses," said Zorana Đokić, Director of the Border Police Academy.\n\n'
    "Şükrü Yıldız, Head of the Provincial Migration Office, told participants that the centres "
    "would open in spring.\n\n"
    '"Borders are shared," said Władysław Żmuda, a trainer from Nova Šansa, a local NGO.\n'
)


def test_capitals_beyond_latin_1_start_names():
    ex = run(TEXT)
    assert speakers(ex) == {"Zorana Đokić", "Şükrü Yıldız", "Władysław Żmuda"}
    assert aff(ex, "Zorana Đokić") == ("Director", "Border Police Academy")
    assert "Nova Šansa" in org_names(ex)


def test_every_reference_and_span_uses_the_release_letters():
    ex = run(TEXT)
    people = {p.name for p in ex.people}
    assert {a.person for a in ex.affiliations} <= people
    assert {q.speaker for q in ex.quotes if q.speaker} <= people
    for p in ex.people:
        for span in p.spans:
            assert fold(span.text(ex.release.text)) == fold(ex.release.text[span.start : span.end])
    assert ex.release.text.count("Đokić") == 1
    assert all("Dokic" not in q.text for q in ex.quotes)
    assert any("Đokić" in str(q.object) for q in to_quads(ex, "https://test.example/id/"))


def test_folding_keeps_length_case_and_latin_1():
    text = "Łódź, İzmir, Đakovo, Əliyev, Nguyễn; École, Müller, São Tomé"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "Lódz, Izmir, Dakovo, Eliyev, Nguyen; École, Müller, São Tomé"


def test_a_plain_release_is_read_as_it_is():
    ex = run('"Water is life," said Anna Berg, Director of the Lake Authority.\n')
    assert speakers(ex) == {"Anna Berg"}
    assert aff(ex, "Anna Berg") == ("Director", "Lake Authority")


def test_the_release_title_keeps_its_letters():
    ex = run(
        "Delegates met in the town hall.\n",
        lead="Đakovo Forum on River Safety Opens\n\nĐAKOVO, 3 May 2022 - ",
    )
    assert ex.release.title == "Đakovo Forum on River Safety Opens"
