"""Round 7: sponsors, organisers, events and organisations on unseen phrasings (invented releases)."""

from extracting import event_names, org_names, roles, run
from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def test_a_date_between_the_participle_and_by_still_names_the_host_and_its_joint_partner():
    ex = run(
        'Water engineers met online at the webinar "Pipes After the Flood", hosted on 4 March 2022 by the '
        "Lakeland Water Agency (LWA) jointly with the Port Elara Urban Lab (PEUL).\n"
    )
    assert {"Lakeland Water Agency", "Port Elara Urban Lab"} <= roles(ex, "organiser")


def test_a_regional_office_after_an_acronym_does_not_end_the_list_of_organisers():
    ex = run(
        "The seminar was organized by the International Labour Organization (ILO) Regional Office for Asia "
        "and the Pacific with the Moravian Ministry of Fisheries, and financed by the Kestrel Trust.\n"
    )
    organisers = roles(ex, "organiser")
    assert "Moravian Ministry of Fisheries" in organisers
    assert "Kestrel Trust" in roles(ex, "sponsor")


def test_a_ministry_with_a_possessive_portfolio_keeps_its_whole_name_as_host():
    ex = run(
        "Officials today opened a regional consultation on child migration, hosted by the Ministry of Youth "
        "and Women's Affairs of Moravia with the support of the Kestrel Trust.\n"
    )
    assert "Ministry of Youth and Women's Affairs of Moravia" in roles(ex, "organiser")
    assert "Affairs of Moravia" not in org_names(ex)


def test_a_well_known_name_before_and_ends_its_list_item():
    ex = run(
        "The forum is co-organized with the Lakeland Water Board, Plan International and Kestrel Youth "
        "Network, and is funded by the Kestrel Trust.\n"
    )
    organisers = roles(ex, "organiser")
    assert "Plan International" in organisers
    assert not any(" and " in n for n in organisers)


def test_a_place_adjective_in_apposition_after_a_sponsor_is_no_sponsor():
    ex = run(
        "The ceremony was hosted by the Lakeland Water Board and sponsored by the Delta Power Company (DPC), "
        "the Elara-area utility.\n"
    )
    sponsors = roles(ex, "sponsor")
    assert "Delta Power Company" in sponsors
    assert not any("Elara-area" in n for n in sponsors | org_names(ex))


def test_a_company_with_a_comma_before_inc_is_found_and_its_short_name_hosts():
    ex = run(
        "Kestrel Optics Systems, Inc. (NASDAQ: KOPT) today opened a laboratory with a ceremony attended by "
        "200 guests. The ceremony was hosted by Kestrel Optics together with the Lakeland Institute of "
        "Technology.\n"
    )
    assert any(n.startswith("Kestrel Optics Systems, Inc") for n in org_names(ex))
    assert any(n.startswith("Kestrel Optics Systems, Inc") for n in roles(ex, "organiser"))


def test_a_modified_dialogue_with_a_topic_is_an_event_with_its_organisers():
    ex = run(
        "Fishers and officials met in Port Elara on 3-4 May 2022 for a regional dialogue on sustainable "
        "lake fisheries, jointly organized by the Lakeland Water Board and the Moravian Ministry of "
        "Fisheries.\n"
    )
    assert "regional dialogue on sustainable lake fisheries" in event_names(ex)
    assert "Lakeland Water Board" in roles(ex, "organiser")


def test_a_dialogue_without_modifier_or_topic_stays_no_event():
    ex = run("The Lakeland Water Board called for a dialogue with fishers before the rains.\n")
    assert not any("dialogue" in n for n in event_names(ex))


def test_a_reference_with_a_proper_name_modifier_is_an_event_of_its_own():
    ex = run(
        "Officials met in Port Elara for a regional meeting on lake fisheries, organized by the Lakeland "
        "Water Board. Its conclusions will be presented at the Delta Basin ministerial consultation.\n"
    )
    assert "Delta Basin ministerial consultation" in event_names(ex)


PAGE = (
    "ABOUT LWBFounded in 1990, the Lakeland Water Board is the principal public body in the field of water "
    "management and works with its partners to meet the growing challenges of the lakes.\n"
    "Lakeland Launches Campaign Against Water Theft\n"
    "Port Elara - The Lakeland Water Board today launched a campaign against illegal water connections\n"
    "at a ceremony in Port Elara. The campaign and its launch ceremony are financed by the Government\n"
    "of Moravia and the Kestrel Trust.\n"
    "The launch ceremony was jointly organized by the Board and the\n"
    "Delta Youth Network, in cooperation with the Elara Women's Association.\n"
)


def test_a_sponsor_list_wrapped_over_lines_of_a_scraped_page_is_read_whole():
    ex = extract(segment(Release(id="t", source="t.txt", text=PAGE)))
    sponsors = roles(ex, "sponsor")
    assert "Government of Moravia" in sponsors
    assert "Kestrel Trust" in sponsors
    assert "Government" not in sponsors
    assert "Delta Youth Network" in roles(ex, "organiser")


def test_a_known_lowercase_form_in_a_list_names_its_organisation_whole():
    ex = run(
        "The forum, co-hosted by the Lakeland Water Board and the UN refugee agency, was funded by the "
        "Kestrel Trust.\n"
    )
    organisers = roles(ex, "organiser")
    assert "United Nations High Commissioner for Refugees" in organisers
    assert "United Nations" not in organisers


def test_a_funder_acting_through_its_national_agency_names_both_sponsors():
    ex = run(
        "The forum, financed by the Government of Norway through the Norwegian Lake Partnership, "
        "looked at how fishers can share the lake.\n"
    )
    sponsors = roles(ex, "sponsor")
    assert {"Government of Norway", "Norwegian Lake Partnership"} <= sponsors


def test_a_funder_acting_through_a_fund_adds_no_sponsor():
    ex = run(
        "The forum, financed by the Government of Moravia through the Moravian Lake Trust Fund, looked at "
        "how fishers can share the lake.\n"
    )
    assert not any("Fund" in n for n in roles(ex, "sponsor"))


def test_a_similar_or_comparable_event_held_elsewhere_is_an_event_with_its_own_sponsor():
    ex = run(
        "The Lakeland Water Board opened a regional workshop on lake fisheries in Port Elara today, funded "
        "by the Kestrel Trust. A comparable course held in Delta Town in May 2019 was financed by the "
        "Heron Foundation.\n"
    )
    course = next(e for e in ex.events if "comparable course" in e.name)
    assert course.location == "Delta Town" or course.location is None
    assert any(r.event == course.name and r.organisation == "Heron Foundation" for r in ex.event_roles)


def test_an_about_heading_joined_to_its_paragraph_makes_no_organisation_of_both():
    ex = run(
        "The Lakeland Water Board opened a workshop on lake fisheries today.\n\n"
        "About LWB\nThe Lakeland Water Board is the public body for water management, founded in 1990.\n"
    )
    names = org_names(ex)
    assert "Lakeland Water Board" in names
    assert not any(n.startswith("About") for n in names)


def test_funding_in_a_whose_clause_is_the_funded_thing_s_not_the_event_s():
    ex = run(
        "The Lakeland Water Board hosted a regional workshop on lake fisheries in Port Elara. Speaking at "
        "the workshop, Ana Lind of the Delta Fishers Network, whose research on fish stocks is co-funded by "
        "the Kestrel Trust, said that catches had halved.\n"
    )
    assert "Kestrel Trust" not in roles(ex, "sponsor")
    assert "Lakeland Water Board" in roles(ex, "organiser")


def test_it_was_held_with_support_from_a_funder_on_behalf_of_its_ministry_names_both_sponsors():
    ex = run(
        "Ministers met in Port Elara on 2 May 2022 for a regional conference on lake fisheries. The "
        "conference was convened by the Lakeland Water Board. It was held with financial support from the "
        "Kestrel Trust (KT), on behalf of the Heron Foundation for Lakes (HFL).\n"
    )
    sponsors = roles(ex, "sponsor")
    assert {"Kestrel Trust", "Heron Foundation for Lakes"} <= sponsors


def test_gtz_before_its_merger_is_its_own_organisation():
    ex = run(
        "The workshop was funded by the Deutsche Gesellschaft fuer Technische Zusammenarbeit (GTZ). GTZ "
        "experts trained 40 engineers.\n"
    )
    names = org_names(ex)
    assert "Deutsche Gesellschaft fuer Technische Zusammenarbeit" in names
    assert "Deutsche Gesellschaft für Internationale Zusammenarbeit" not in names


def test_a_named_business_mission_is_an_event_with_organisers_and_sponsors():
    ex = run(
        "The Lakeland-Moravia Business Matchmaking Mission, held from 8 to 10 June 2021, was organised by "
        "the Lakeland Chamber of Commerce together with the Moravia Export Agency. The mission was staged "
        "thanks to the generous contribution of Heron Airways.\n"
    )
    assert any("Business Matchmaking Mission" in n for n in event_names(ex))
    assert {"Lakeland Chamber of Commerce", "Moravia Export Agency"} <= roles(ex, "organiser")
    assert "Heron Airways" in roles(ex, "sponsor")


def test_an_organisation_s_mission_is_no_event():
    ex = run(
        "The workshop was organised by the Lakeland Water Board. The mission of the Board is to keep the "
        "lakes clean, and its Mission in Delta Town was funded by the Kestrel Trust.\n"
    )
    assert not any("ission" in n for n in event_names(ex))


def test_a_line_in_capitals_only_confirms_the_body_event():
    ex = extract(
        segment(
            Release(
                id="t",
                source="t.txt",
                text="Lakeland Chamber of Commerce\nPress Release\n\nPort Elara, 14 June 2021\n\n"
                "LCC TRADE MISSION TO MORAVIA SIGNS 14 AGREEMENTS\n\n"
                "The Lakeland-Moravia Business Matchmaking Mission, held from 8 to 10 June 2021, was "
                "organised by the Lakeland Chamber of Commerce.\n",
            )
        )
    )
    assert not any(n.isupper() for n in event_names(ex))


def test_a_grant_under_a_programme_names_the_funder_alone():
    ex = run(
        "The Lakeland Water Board opened a regional workshop on lake fisheries today. The workshop receives "
        "a grant from the Kestrel Trust under the Lake Fisheries Development Programme.\n"
    )
    sponsors = roles(ex, "sponsor")
    assert "Kestrel Trust" in sponsors
    assert not any("under" in n for n in sponsors | org_names(ex))


MENU_PAGE = (
    "-\nAbout LWB\n"
    "ABOUT LWBFounded in 1990, the Lakeland Water Board is the principal public body in the field of water "
    "management and works with its partners to meet the growing challenges of the lakes.\n"
    "-\nWhat We Do\nWhat We Do\n- Where we are\n-\nGet Involved\nGet Involved\n"
    "- Publications\n- Media Centre\n"
    "Lakeland Board Opens Workshop on Lake Fisheries\n"
    "Port Elara - The Lakeland Water Board today opened a regional workshop on lake fisheries, funded by the "
    "Kestrel Trust.\n"
)


def test_a_site_menu_bullet_before_the_headline_is_no_organisation():
    ex = extract(segment(Release(id="t", source="t.txt", text=MENU_PAGE)))
    names = org_names(ex)
    assert "Media Centre" not in names
    assert "Kestrel Trust" in names
