"""Speakers tied to outlets and coined names: "editor of the X", "Name of ACR", "Fellow, CoinedName"."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def aff(ex, person: str):
    a = next(a for a in ex.affiliations if a.person == person)
    return a.role, (ex.organisation(a.organisation).name if a.organisation else None)


HEAD = "Kampala, 3 May 2012\n\nThe Youth Forum opened today in Kampala. "


def test_editor_of_the_paper_is_no_person_and_names_the_outlet():
    ex = run(HEAD + "The debate was moderated by Grace Akello, business editor of the Morning Herald.\n")
    assert {p.name for p in ex.people} == {"Grace Akello"}
    assert aff(ex, "Grace Akello") == ("business editor", "Morning Herald")


def test_acronym_after_of_is_the_organisation_it_abbreviates():
    ex = run(
        HEAD + "Professor Ravi Nair of CIRS presented data from the Centre for Inland River Studies. "
        "Journalist Tom Okello of KTV moderated the closing debate.\n"
    )
    assert aff(ex, "Ravi Nair") == ("Professor", "Centre for Inland River Studies")
    assert aff(ex, "Tom Okello") == ("Journalist", "KTV")


def test_coined_one_word_name_ends_a_title_chain():
    ex = run(HEAD + "Dr. Mala Perera, Senior Research Fellow, DataNest, said that prices fell.\n")
    assert aff(ex, "Mala Perera") == ("Senior Research Fellow", "DataNest")


def test_city_government_acts_and_employs():
    ex = run(
        "Lyon, 3 May 2026\n\nThe Heat Forum opened today in the City of Lyon. The City of Lyon co-hosted the "
        'forum with the Rhone Hospital Network. "Shade saves lives," said Marco Bellini, Heat Officer of '
        "the City of Turin (Città di Torino).\n"
    )
    orgs = {o.name for o in ex.organisations}
    assert {"City of Lyon", "City of Turin"} <= orgs
    assert aff(ex, "Marco Bellini") == ("Heat Officer", "City of Turin")
    assert "City of Lyon" in {r.organisation for r in ex.event_roles if r.role == "organiser"}


def test_city_named_as_a_place_only_is_no_organisation():
    ex = run(HEAD + "Delegates met in the City of Entebbe for two days.\n")
    assert "City of Entebbe" not in {o.name for o in ex.organisations}
