"""A title owned by a kind noun ("the ministry's head of ...") or by "Its" belongs to the organisation of
that kind named earlier; a name that ends an organisation's name is no person; media services stand alone."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def aff(ex, person: str):
    a = next(a for a in ex.affiliations if a.person == person)
    return a.role, (ex.organisation(a.organisation).name if a.organisation else None)


def test_lowercase_title_of_the_ministry_named_long_before():
    filler = "Delegates from twelve districts attended the meeting and visited two clinics. " * 6
    ex = run(
        "Lusaka, 3 May 2012\n\nThe dialogue was organized with the Zambian Ministry of Water and Sanitation. "
        + filler
        + "The ministry's head of rural supply, Dr. Peter Banda, added that pumps needed repair.\n"
    )
    assert aff(ex, "Peter Banda") == ("head of rural supply", "Zambian Ministry of Water and Sanitation")


def test_adjective_before_the_kind_noun():
    ex = run(
        "Rome, 3 May 2012\n\nThe forum is co-hosted with the Maltese Ministry of Fisheries. Malta joined "
        "early, and the Maltese ministry's Director-General for Coastal Affairs, Paolo Vella, announced new "
        "support.\n"
    )
    assert aff(ex, "Paolo Vella") == ("Director-General for Coastal Affairs", "Maltese Ministry of Fisheries")


def test_its_title_after_an_acronym_mention_without_span():
    ex = run(
        "Paris, 3 May 2012\n\nThe meeting was organized by the Alliance for Coastal Languages (ACL) with "
        "many partners from the region and beyond, including universities, broadcasters and software firms "
        "that build keyboards for languages written in more than one script.\n\n"
        "The ACL presented a survey of coastal towns carried out with local schools. Its Director of "
        "Languages and Scripts, Jean Moreau, said that few websites used a local language.\n"
    )
    assert aff(ex, "Jean Moreau") == ("Director of Languages and Scripts", "Alliance for Coastal Languages")


def test_capitalised_owner_is_not_read_as_a_kind_noun():
    ex = run(
        "Addis Ababa, 3 May 2012\n\nThe African Union's Commissioner for Social Affairs, Amina Bello, "
        "welcomed the plan.\n"
    )
    assert aff(ex, "Amina Bello") == ("Commissioner for Social Affairs", "African Union")


def test_name_ending_an_outlets_name_is_no_speaker():
    ex = run(
        "Doha, 3 May 2012\n\nThe Youth Forum opened today. The afternoon session was moderated by Sara Ali "
        "of Al Jazeera English.\n"
    )
    assert {p.name for p in ex.people} == {"Sara Ali"}
    assert "Al Jazeera English" in {o.name for o in ex.organisations}
