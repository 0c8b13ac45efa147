from __future__ import annotations

from kg.extract import extract
from kg.model import Release
from kg.segment import segment

TEXT = """Agency Opens Shelter for Displaced Families

KAMPALA, 4 March 2016 (UNHCR) – The UN refugee agency opened a new shelter today, said its
Representative, Marta Olsen.
"""


def run(text: str, **meta) -> Release:
    release = Release(id="t", source="t.txt", text=text, **meta)
    return extract(segment(release)).release


def test_title_date_and_publisher_from_the_release_itself():
    r = run(TEXT)
    assert r.title == "Agency Opens Shelter for Displaced Families"
    assert r.date == "2016-03-04"
    assert r.publisher == "United Nations High Commissioner for Refugees"


def test_stated_metadata_wins():
    r = run(TEXT, title="Given title", date="2016-03-05", publisher="Someone Else")
    assert (r.title, r.date, r.publisher) == ("Given title", "2016-03-05", "Someone Else")


def test_nothing_is_guessed_without_signs():
    r = run("Shelter opens\n\nA shelter opened in the north of the country last week.\n")
    assert r.date is None and r.publisher is None
