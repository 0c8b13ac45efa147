"""Round 26b: two organisers joined after a known name holding commas, a body "under the X's Programme",
and programmes framed as funded projects (invented text)."""

from __future__ import annotations

from extracting import org_names, roles, run


def test_known_name_with_commas_ends_before_and() -> None:
    ex = run(
        "The Ministry of Water, Forests, Fisheries and Rural Affairs welcomed the plan.\n"
        "The two-day training on river safety was organized jointly by the Lake Basin Authority, the "
        "Ministry of Water, Forests, Fisheries and Rural Affairs and Save the Children, "
        "with support from Norway.\n"
    )
    organisers = roles(ex, "organiser")
    assert "Ministry of Water, Forests, Fisheries and Rural Affairs" in organisers
    assert "Save the Children" in organisers
    assert not any(o.endswith("and Save the Children") and o != "Save the Children" for o in org_names(ex))


def test_body_under_another_bodys_programme() -> None:
    ex = run(
        "The workshop was convened by the Lake Basin Authority (LBA) and the Ministry of Fisheries under "
        "the LBA's Joint Programme on Safe River Transport (JPSRT), which is funded by "
        "the Government of Norway.\n"
    )
    names = org_names(ex)
    assert "Ministry of Fisheries" in names
    assert not any("under" in n for n in names)
    assert "Joint Programme on Safe River Transport" not in names
    organisers = roles(ex, "organiser")
    assert "Ministry of Fisheries" in organisers
    assert "Joint Programme on Safe River Transport" not in organisers


def test_body_under_the_state_council_kept_whole() -> None:
    ex = run(
        "The forum was opened by the National Committee for Rural Women under the State Council in Vell.\n"
    )
    assert "National Committee for Rural Women under the State Council" in org_names(ex)


def test_quoted_funded_programme_is_no_organisation() -> None:
    ex = run(
        'The seminar was held in Vell within the framework of the joint programme "Partnership for River '
        'Safety III", which is funded by the Lake Basin Authority.\n'
        "The Lakeside Disaster Preparedness Programme (LDPP), which is financed by Norway, trained 40 "
        "volunteers.\n"
    )
    names = org_names(ex)
    assert "Partnership for River Safety III" not in names
    assert "Lakeside Disaster Preparedness Programme" not in names


def test_programme_with_its_own_director_stays() -> None:
    ex = run(
        "The Lakeside Disaster Preparedness Programme (LDPP), which is funded by Norway, held a seminar.\n"
        "Ms. Ana Vell, Director of the Lakeside Disaster Preparedness Programme, opened the seminar.\n"
    )
    assert "Lakeside Disaster Preparedness Programme" in org_names(ex)


def test_region_with_and_the_stays_in_one_office() -> None:
    ex = run(
        "The consultation was hosted by the Ministry of Water (MoW) of Elaria together with the UNICEF Asia "
        "and the Pacific Regional Office and the Lake Basin Authority (LBA).\n"
    )
    organisers = roles(ex, "organiser")
    assert "Lake Basin Authority" in organisers
    assert "Ministry of Water" in organisers
    assert "Pacific" not in organisers
    assert not any(n.startswith("Pacific") for n in org_names(ex))
