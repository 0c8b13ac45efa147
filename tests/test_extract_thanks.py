from __future__ import annotations

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def organisers(text: str) -> set[tuple[str, str]]:
    ex = extract(segment(Release(id="t", source="t.txt", text=text)))
    return {(r.event, r.organisation) for r in ex.event_roles if r.role == "organiser"}


def test_thanked_host_is_an_organiser_of_the_main_event():
    text = (
        "Regional Forum on Labour Mobility Opens\n\n"
        "The Regional Forum on Labour Mobility opened in Accra on Monday. Amina Owusu, Director of the "
        "Ghana Migration Network, addressed the forum and thanked the Government of Ghana for hosting the "
        "meeting.\n"
    )
    assert ("Regional Forum on Labour Mobility", "Government of Ghana") in organisers(text)


def test_thanks_for_support_make_no_organiser():
    text = (
        "Regional Forum on Labour Mobility Opens\n\n"
        "The Regional Forum on Labour Mobility opened in Accra on Monday. Amina Owusu, Director of the "
        "Ghana Migration Network, thanked the Government of Ghana for its support.\n"
    )
    assert all(org != "Government of Ghana" for _, org in organisers(text))


def test_a_thanked_person_is_not_an_organiser():
    text = (
        "Regional Forum on Labour Mobility Opens\n\n"
        "The Regional Forum on Labour Mobility opened in Accra on Monday. Amina Owusu thanked "
        "Mr. Kwame Mensah for hosting the meeting.\n"
    )
    assert organisers(text) == set()
