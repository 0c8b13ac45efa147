"""Round 26b: two organisers joined after a known name holding commas, a body "under the X's Programme",
and programmes framed as funded projects (invented text)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run


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
    organisers = roles(ex, "organiser")
    assert "Ministry of Fisheries" in organisers
    assert "Joint Programme on Safe River Transport" not in organisers


def test_body_under_the_state_council_kept_whole() -> None:
    ex = run(
        "The forum was opened by the National Committee for Rural Women under the State Council in Vell.\n"
    )
    assert "National Committee for Rural Women under the State Council" in org_names(ex)


def test_quoted_programme_title_is_no_organisation() -> None:
    ex = run(
        'The seminar was held in Vell within the framework of the joint programme "Partnership for River '
        'Safety III", which is funded by the Lake Basin Authority.\n'
    )
    assert "Partnership for River Safety III" not in org_names(ex)


def test_programme_said_to_be_funded_stays() -> None:
    ex = run(
        "The Lakeside Disaster Preparedness Programme (LDPP), which is funded by Norway, trained 40 "
        "volunteers in Vell.\n"
    )
    assert "Lakeside Disaster Preparedness Programme" in org_names(ex)


def test_quoted_programme_with_its_own_director_stays() -> None:
    ex = run(
        'The seminar is part of the programme "Lakeside Disaster Preparedness Partnership", funded '
        "by Norway.\n"
        "Ms. Ana Vell, Director of the Lakeside Disaster Preparedness Partnership, opened the seminar.\n"
    )
    assert "Lakeside Disaster Preparedness Partnership" in org_names(ex)


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


def test_named_fund_is_the_sponsor() -> None:
    ex = run(
        "The two-day Regional Forum on Safe River Transport opened today in Vell. It is financed through the "
        "Elaria Fund for Rural Roads (EFRR).\n"
    )
    assert "Elaria Fund for Rural Roads" in roles(ex, "sponsor")


def test_graduation_ceremony_keeps_its_modifier() -> None:
    ex = run(
        "Two hundred river pilots received certificates today at a graduation ceremony held at the Vell "
        "Maritime Academy.\n"
        "The ceremony was organized by the Lake Basin Authority.\n"
    )
    assert "graduation ceremony" in event_names(ex)
    assert "ceremony" not in event_names(ex)


def test_quoted_title_with_a_comma_between_commas() -> None:
    ex = run(
        'Mayors spoke at a high-level panel, "Safe Rivers, Safe Towns", held during the Annual Meetings of '
        "the Lake Basin Authority.\n"
        "The panel was organized by the Lake Basin Authority.\n"
    )
    assert "Safe Rivers, Safe Towns" in event_names(ex)


def test_speech_quote_after_event_word_is_no_title() -> None:
    ex = run(
        'Ms. Ana Vell spoke at the panel, "Rivers unite us", said the Director of the Lake Basin Authority.\n'
    )
    assert "Rivers unite us" not in event_names(ex)


def test_funding_of_a_programme_launch_is_no_sponsor() -> None:
    ex = run(
        "The Lake Basin Authority held a regional workshop on river safety in Vell on 3 May 2016.\n"
        "Closing the workshop, the Director pointed to the River Towns Program, launched last year with "
        "funding from the Government of Norway, which helps towns plan dikes.\n"
    )
    assert "Government of Norway" not in roles(ex, "sponsor")


def test_to_be_run_by_names_no_organiser() -> None:
    ex = run(
        "The Lake Basin Authority today handed over the river station in Vell at a handover ceremony.\n"
        "Speaking at the handover ceremony, the Director said the station was built to be run by Elarian "
        "institutions.\n"
    )
    assert "handover ceremony" in event_names(ex)
    assert not any("Elaria" in o for o in roles(ex, "organiser"))


def _recs(ex: object) -> list[str]:
    return [r.text for r in ex.recommendations]  # type: ignore[attr-defined]


def test_recommendations_include_a_gerund_list() -> None:
    ex = run(
        "Key recommendations include requiring life jackets on all river ferries, training boat crews in "
        "first aid, and publishing water levels every morning.\n"
    )
    recs = _recs(ex)
    assert "requiring life jackets on all river ferries" in recs
    assert "training boat crews in first aid" in recs
    assert "publishing water levels every morning" in recs


def test_gerund_phrase_with_and_inside_stays_whole() -> None:
    ex = run("The recommendations include making river paths safer for walking and cycling.\n")
    recs = _recs(ex)
    assert "making river paths safer for walking and cycling" in recs
    assert not any(r.startswith("cycling") for r in recs)
