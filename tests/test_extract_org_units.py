"""Units of a named organisation fold into it; co-hosts named after "with" organise too."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def names(ex) -> set[str]:
    return {o.name for o in ex.organisations}


def roles(ex, role: str) -> set[str]:
    return {ex.organisation(r.organisation).name for r in ex.event_roles if r.role == role}


def test_department_named_in_a_title_is_its_owner():
    ex = run(
        'Geneva, 3 May 2020\n\nThe Harbour Forum opened today in Geneva. "Ports matter," said Anna Berg, '
        "Director of the Water and Soil Department of the World Ports Organization (WPO). Tom Ray, Head of "
        "the Disease Control Division of the Kenyan Ministry of Health, also spoke.\n"
    )
    assert "World Ports Organization" in names(ex)
    assert not any("Department" in n or "Division" in n for n in names(ex))
    aff = {a.person: a for a in ex.affiliations}
    assert aff["Anna Berg"].role == "Director of the Water and Soil Department"
    assert ex.organisation(aff["Tom Ray"].organisation).name == "Kenyan Ministry of Health"


def test_board_of_a_university_is_the_university():
    ex = run(
        "Oslo, 3 May 2020\n\nThe Fjord Dialogue opened today in Oslo. Mary Stone, Chair of the Executive "
        "Board of Harbour University, opened the dialogue.\n"
    )
    assert "Harbour University" in names(ex)
    assert not any(n.startswith("Board") for n in names(ex))
    a = next(a for a in ex.affiliations if a.person == "Mary Stone")
    assert (a.role, a.organisation) == ("Chair of the Executive Board", "Harbour University")


def test_regional_office_cut_at_and_is_its_organisation():
    ex = run(
        "Bangkok, 3 May 2020\n\nThe Regional Seminar on Clean Rivers was organized by the Regional Office "
        "for Asia and the Pacific of the World Ports Organization (WPO) in Bangkok.\n"
    )
    assert names(ex) == {"World Ports Organization"}
    assert roles(ex, "organiser") == {"World Ports Organization"}


def test_unit_that_organises_stands_alone():
    ex = run(
        "Geneva, 3 May 2020\n\nThe Expert Meeting on Tide Gauges was co-organized by the Statistics "
        "Division of the World Ports Organization (WPO) and the Institute for Coastal Studies.\n"
    )
    assert "Statistics Division of the World Ports Organization" in {
        f for r in ex.event_roles for f in ex.organisation(r.organisation).forms
    }


def test_active_cohost_with_partners():
    ex = run(
        "Paris, 3 May 2020\n\nThe Ocean Trust co-hosted the Coastal Summit with Harbour University and the "
        "Port Workers Union. Speakers discussed fishing.\n"
    )
    assert roles(ex, "organiser") == {"Ocean Trust", "Harbour University", "Port Workers Union"}


def test_passive_cohosted_with_names_a_co_organiser():
    ex = run(
        "Paris, 3 May 2020\n\nThe Coastal Summit opened today in Paris. The two-day summit is co-hosted "
        "with the French Ministry of the Sea and is supported by a grant from the Blue Foundation.\n"
    )
    assert roles(ex, "organiser") == {"French Ministry of the Sea"}
    assert roles(ex, "sponsor") == {"Blue Foundation"}


def test_hosted_with_support_is_no_partner():
    ex = run(
        "Paris, 3 May 2020\n\nThe Ocean Trust hosted the Coastal Summit with support from the Blue "
        "Foundation.\n"
    )
    assert "Blue Foundation" not in roles(ex, "organiser")


def test_halves_of_a_ministry_name_split_at_and_are_dropped():
    ex = run(
        "Dakar, 3 May 2019\n\nThe workshop was jointly organized by the Coastal Bank and Gambia's "
        "Ministry of Fisheries and Water Resources.\n"
    )
    assert not {"Water Resources", "Ministry of Fisheries", "Coastal Bank and Gambia"} & names(ex)


def test_bare_head_noun_is_the_organisation_mentioned_most():
    ex = run(
        "Abidjan, 3 May 2019\n\nThe Board of Directors of the Sahel Development Bank has approved a loan. "
        'The Sahel Development Bank will fund wells with the Islamic Solidarity Bank. "Water is life," said '
        "Awa Diop, the Bank's Vice-President for Agriculture.\n"
    )
    assert "Bank" not in names(ex)
    a = next(a for a in ex.affiliations if a.person == "Awa Diop")
    assert ex.organisation(a.organisation).name == "Sahel Development Bank"


def test_bare_minister_heads_the_ministry_named_just_before():
    ex = run(
        "Dakar, 3 May 2019\n\nThe workshop was organized by Gambia's Ministry of Fisheries. Speaking at the "
        "workshop, the Minister, Hon. Lamin Jobe, said the project was central.\n"
    )
    a = next(a for a in ex.affiliations if a.person == "Lamin Jobe")
    assert a.role == "Minister" and "Ministry of Fisheries" in ex.organisation(a.organisation).forms


def test_one_word_after_a_country_continues_the_name():
    ex = run(
        "Kampala, 3 May 2022\n\nThe Federation of Uganda Employers (FUE) welcomed the report on jobs and "
        "wages.\n"
    )
    assert "Federation of Uganda Employers" in names(ex)
    assert "Federation of Uganda" not in names(ex)


def test_owners_regional_office_is_the_owner():
    ex = run(
        "Nairobi, 3 May 2012\n\nThe Ocean Fund (OF) today published a report. The Ocean Fund's East Africa "
        "Regional Office prepared it with fishers.\n"
    )
    assert not any("Office" in n for n in names(ex))
    assert "East Africa Regional Office" in ex.organisation("Ocean Fund").forms


def test_subject_that_launches_at_an_event_organised_in_cooperation_organises_it():
    ex = run(
        "Nairobi, 3 May 2012\n\nThe Ocean Fund (OF) today launched a report at a high-level event in "
        "Nairobi, organized in cooperation with the Kenyan Ministry of Fisheries.\n"
    )
    assert {"Ocean Fund", "Kenyan Ministry of Fisheries"} <= roles(ex, "organiser")
