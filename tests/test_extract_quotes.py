from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def test_quotes_attributed_and_titles_skipped():
    text = (
        "Water Forum Opens\n\nWFP Executive Director Maria Olsen opened the forum titled "
        '"Water for All Nations Today". "We must act on water now," she said. '
        '"Every village deserves a clean and safe well."\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "people", "quotes"])
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Maria Olsen", "We must act on water now"),
        ("Maria Olsen", "Every village deserves a clean and safe well"),
    ]


def test_quote_before_named_speaker_and_untagged_quotes_skipped():
    text = (
        "Jobs Talks Open\n\nILO Director-General Tom Reyes opened the talks. "
        '"Fair recruitment is the foundation of decent work," Mr. Reyes said. '
        'The panel was entitled "migrants, a key population left behind in the response".\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "people", "quotes"])
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Tom Reyes", "Fair recruitment is the foundation of decent work")
    ]


def test_quote_over_two_paragraphs_and_pronoun_to_person_named_before():
    text = (
        "Talks Close\n\nFAO Director-General Ana Duarte closed the talks on Friday.\n\n"
        '"We have made real progress this week and hunger can end.\n\n'
        '"But we need the resources to match our ambitions," she said.\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "people", "quotes"])
    assert [q.speaker for q in ex.quotes] == ["Ana Duarte", "Ana Duarte"]
    assert ex.quotes[0].text.startswith("We have made real progress")
    assert {a.person: a.role for a in ex.affiliations} == {"Ana Duarte": "Director-General"}
