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


def test_short_framed_quote_kept_scare_quote_dropped():
    text = (
        'Talks Close\n\nILO Director-General Tom Reyes opened the talks, calling migrants "ambassadors". '
        '"We must act now," Mr. Reyes said.\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "people", "quotes"])
    assert [(q.speaker, q.text) for q in ex.quotes] == [("Tom Reyes", "We must act now")]


def test_title_anaphora_reported_and_described_as_quotes():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Clinic Opens\n\n"
        "Kenya's Minister of Health, Dr. Ruth Wanjiru, told delegates the clinic was open. "
        '"We have built this for the people who need it most," the Minister said.\n\n'
        "Opening the forum, the Director of the World Bank, Hugo Lind, reminded participants that "
        'the plan "is a promise we intend to keep in full" before the vote.\n\n'
        'Maria Soto, a UNDP adviser, described the scheme as "a model that other districts can copy."\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    by_text = {q.text.split()[0]: q.speaker for q in ex.quotes}
    assert by_text["We"] == "Ruth Wanjiru"
    assert by_text["is"] == "Hugo Lind"
    assert by_text["a"] == "Maria Soto"


def test_according_to_after_a_quote_and_portfolio_words_before_names():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Floods Spread\n\n"
        '"Water levels are still rising in the north", according to Shafiq Rahman, IOM\'s coordinator.\n\n'
        "“This is the worst flooding in forty years,” Minister of Disaster Management Mofa Hossain told "
        "reporters.\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    assert {q.speaker for q in ex.quotes} == {"Shafiq Rahman", "Mofa Hossain"}


def test_named_after_a_possessive_title_and_photo_credits():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Shelters Funded\n\nThe John Smith Foundation said it would fund shelters.\n\n"
        "Photo: UNICEF/Jane Tembo\n\n"
        '"We will not stop until every child is safe," the Foundation\'s director Mark Lee said.\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    assert [q.speaker for q in ex.quotes] == ["Mark Lee"]
    assert "United Nations Children's Fund" not in {o.name for o in ex.organisations}


def test_appositive_before_the_verb_and_colon_introductions():
    from kg.extract import extract
    from kg.model import Release
    from kg.segment import segment

    text = (
        "Shelter Opens\n\n"
        '"Every survivor deserves a safe place to recover," Ama Owusu, director of the Hope Shelter '
        "Network, said at the opening.\n\n"
        'The minister, Esi Boateng, was blunt: "We will prosecute every trafficker we find."\n\n'
        'Delegates adopted the following text: "All states shall protect survivors of trafficking."\n'
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    assert [q.speaker for q in ex.quotes] == ["Ama Owusu", "Esi Boateng"]


def test_quote_attributed_by_a_following_these_words_sentence():
    text = (
        "Clinic Opens\n\n"
        '"No child should wait a week for a doctor." The words were those of Dr. Lina Haddad, head of the '
        "clinic, who opened it on Monday.\n\n"
        '"Roads are the lifeline of every family we serve." It was with these words that Omar Farah, '
        "of the drivers union, closed the day.\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)), ["organisations", "people", "quotes"])
    got = {q.text: q.speaker for q in ex.quotes}
    assert got == {
        "No child should wait a week for a doctor": "Lina Haddad",
        "Roads are the lifeline of every family we serve": "Omar Farah",
    }
