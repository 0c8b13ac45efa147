from __future__ import annotations

from kg.extract.places import CITIES, cities_in


def found(text: str) -> list[str]:
    return [m.group(1) for m in cities_in(text)]


def test_gazetteer_has_capitals_and_large_cities_beyond_the_curated_list():
    for city in (
        "Geneva",
        "Nairobi",
        "Ouagadougou",
        "Cebu City",
        "Mandalay",
        "Lubumbashi",
        "Bogotá",
        "Bogota",
    ):
        assert city in CITIES


def test_city_mentions():
    assert found("The workshop was held in Mandalay, Myanmar.") == ["Mandalay"]
    assert found("in São Paulo and Sao Paulo") == ["São Paulo", "Sao Paulo"]
    assert found("at the Conference Centre Geneva on Monday") == ["Geneva"]
    assert found("the Lusaka Regional Ministerial Conference") == ["Lusaka"]


def test_a_person_named_like_a_city_is_not_a_city():
    assert found("Florence Mwangi said in Nairobi") == ["Nairobi"]
    assert found("Victoria Santos spoke") == []


def dl(text: str):
    from kg.extract.places import dateline
    from kg.model import Release
    from kg.segment import segment

    return dateline(segment(Release(id="t", source="t.txt", text=text)))


def test_datelines_on_a_line_of_their_own():
    d = dl("Farmers Meet on Water\n\nACCRA, 4 March 2015\n\nFarmers from six regions met today.\n")
    assert (d.place, d.date) == ("Accra", "2015-03-04")
    d = dl("Water Week Ends\n\nLIMA/NEW YORK, 9 May 2019 - Experts closed the week.\n")
    assert d.place == "Lima"
    d = dl("Rain Forum\n\nQuito, 12.05.2014\n\nThe forum opened.\n")
    assert d.place == "Quito"
    # A plain sentence that starts with a city is not a dateline.
    assert dl("Farmers Meet\n\nLima is the capital where farmers met on Monday to discuss water.\n") is None
