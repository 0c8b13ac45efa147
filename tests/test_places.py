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
