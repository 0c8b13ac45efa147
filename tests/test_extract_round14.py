"""Round 14: organisations, events, sponsors, organisers and recommendations (invented releases)."""

from extracting import event_names, org_names, roles, run
from kg.model import Release
from kg.segment import segment


def test_a_release_opening_on_its_dateline_takes_no_headline_from_a_later_paragraph():
    text = (
        "TARN, 4 May 2012 (LWA) - Water engineers and fishers meeting in Tarn have agreed on\n"
        "steps to keep the northern lakes clean for the coming seasons.\n"
        "\n"
        "The Second Lakeland Forum on Water and Fisheries was held on 2 and\n"
        "3 May 2012. It was organized by the Lakes Water Agency in partnership\n"
        "with the Fishers Union, and supported by the Government of Palia.\n"
    )
    doc = segment(Release(id="t", source="t.txt", text=text))
    assert "headline" not in {sg.kind for sg in doc.segments}
    ex = run(text, lead="")
    assert "Second Lakeland Forum on Water and Fisheries" in event_names(ex)
    assert roles(ex, "organiser") == {"Lakes Water Agency", "Fishers Union"}
    assert roles(ex, "sponsor") == {"Government of Palia"}


def test_a_study_visit_is_an_event_with_its_organisers_and_project_funders():
    ex = run(
        "A delegation of harbour pilots from Tarn visited Palia from 2 to 6 June 2011 on a study visit "
        "organized by the Lakes Water Agency in cooperation with the Palia Coast Guard. The visit took "
        "place under a project funded by the Government of Tonga through the Tonga Aid Office.\n"
    )
    assert "study visit" in event_names(ex)
    assert roles(ex, "organiser") == {"Lakes Water Agency", "Palia Coast Guard"}
    assert roles(ex, "sponsor") == {"Government of Tonga", "Tonga Aid Office"}


def test_a_ministers_visit_is_no_event():
    ex = run("The Minister of Fisheries paid a visit to the harbour of Tarn, organized by the port.\n")
    assert not any("visit" in name for name in event_names(ex))


def test_an_acronym_after_with_the_defines_the_second_body_only():
    ex = run(
        "The regional consultation on fisheries was convened by the Ministry of Water with the United "
        "Nations Children's Fund (UNICEF) in Tarn.\n"
    )
    assert {"Ministry of Water", "United Nations Children's Fund"} <= org_names(ex)
    assert not any(" with " in name for name in org_names(ex))
    assert roles(ex, "organiser") == {"Ministry of Water", "United Nations Children's Fund"}


def test_a_funders_agency_named_after_its_description_sponsors_too():
    ex = run(
        "The regional consultation on fisheries was held in Tarn. It was supported by the Government of "
        "Palia through its development agency, the Palia Aid Agency (PAA).\n"
    )
    assert roles(ex, "sponsor") == {"Government of Palia", "Palia Aid Agency"}


def test_an_unknown_name_after_its_agency_description_is_an_organisation_and_sponsors():
    ex = run(
        "The regional consultation on fisheries was held in Tarn. It was supported by the Government of "
        "Palia through its development agency, Palida.\n"
    )
    assert "Palida" in org_names(ex)
    assert roles(ex, "sponsor") == {"Government of Palia", "Palida"}


def test_a_unit_in_the_ministry_that_houses_it_is_the_unit_not_a_third_organisation():
    ex = run(
        "The regional round table on fisheries was hosted by the Office of the Commissioner for Fisheries "
        "in the Ministry of Water together with the Lakes Agency.\n"
    )
    assert roles(ex, "organiser") == {"Office of the Commissioner for Fisheries", "Lakes Agency"}
    assert not any(" in the " in name for name in org_names(ex))


def test_a_course_run_by_a_body_jointly_with_partners_names_all_three_organisers():
    ex = run(
        "Thirty wardens completed a five-day training on flood mapping in Tarn last week. The course was run "
        "by the Lakes Water Agency jointly with the Palia Flood Authority (PFA) and the Tarn River Board.\n"
    )
    assert roles(ex, "organiser") == {"Lakes Water Agency", "Palia Flood Authority", "Tarn River Board"}


def test_bodies_that_co_chair_an_event_organise_it_but_a_person_chairing_does_not():
    ex = run(
        "The Tarn Round Table on Water and Fisheries, co-chaired by the Lakes Commission and the Government "
        "of Palia, ended on Sunday in Tarn. A session on dams, co-chaired by Dr. Jane Moss, followed.\n"
    )
    assert roles(ex, "organiser") == {"Lakes Commission", "Government of Palia"}


def test_partners_named_after_an_aside_on_the_convener_organise_too():
    ex = run(
        "The workshop on river safety was convened by Chile, which holds the rotating presidency of the "
        "Lakes Council, in cooperation with the Lakes Water Agency (LWA). It was co-financed by the "
        "Government of Tonga.\n"
    )
    assert roles(ex, "organiser") == {"Government of Chile", "Lakes Water Agency"}
    assert roles(ex, "sponsor") == {"Government of Tonga"}


def test_a_partner_phrase_after_a_later_sponsor_clause_is_not_an_organiser():
    ex = run(
        "The workshop on river safety was convened by the Lakes Water Agency and funded by the Government of "
        "Tonga, in cooperation with the Tonga Aid Office.\n"
    )
    assert roles(ex, "organiser") == {"Lakes Water Agency"}


def _rec_texts(text: str) -> set[str]:
    return {r.text for r in run(text).recommendations}


def test_items_of_a_statement_calling_for_are_recommendations():
    recs = _rec_texts(
        "The forum adopted a joint statement calling for:\n"
        "(a) a register of licensed ferry operators;\n"
        "(b) life jackets on every boat.\n"
    )
    assert {"a register of licensed ferry operators", "life jackets on every boat"} <= recs


def test_items_that_say_what_should_be_done_after_concluded_that_are_recommendations_but_findings_are_not():
    recs = _rec_texts(
        "The consultation concluded that:\n"
        "1. Ferry operators should be licensed by the port;\n"
        "2. Most boats carry too few life jackets.\n"
    )
    assert any(r.startswith("Ferry operators should be licensed") for r in recs)
    assert not any(r.startswith("Most boats") for r in recs)


def test_a_call_cut_at_no_runs_on_through_the_rest_of_its_clause():
    recs = _rec_texts(
        "The Lakes Water Agency urged the Government of Palia to ratify the Fishers Convention No. 42 on "
        "safety at sea before the next season.\n"
    )
    assert any(r.endswith("No. 42 on safety at sea before the next season") for r in recs), recs


def test_a_meeting_that_ends_with_a_call_to_act_makes_a_recommendation():
    recs = _rec_texts(
        "Harbour masters ended a two-day meeting in Tarn today with a call to close unsafe jetties along "
        "the northern shore.\n"
    )
    assert any("close unsafe jetties along the northern shore" in r for r in recs), recs


def test_a_wake_up_call_to_a_group_is_no_recommendation():
    recs = _rec_texts("The flood was a wake-up call to everyone living along the northern shore of Tarn.\n")
    assert recs == set()


def test_an_organiser_defining_an_acronym_is_one_organisation_with_it():
    ex = run(
        "The workshop on river safety was convened by the Lakes Water Agency, in cooperation with the "
        "Platform on Flood Response (PFR). Ms. Jane Moss, who leads the PFR's work on policy, spoke.\n"
    )
    assert "Platform on Flood Response" in roles(ex, "organiser")
    assert "PFR" not in org_names(ex)
    org = ex.organisation("PFR")
    assert org is not None and org.name == "Platform on Flood Response"


def test_a_known_organisations_subregional_or_programme_office_is_a_form_of_it():
    ex = run(
        "Other speakers included Mr. Jon Dahl, a migration specialist at the ILO Subregional Office in "
        "Tarn, and Ms. Ana Ruiz of the UNODC Programme Office in Tarn.\n"
    )
    names = org_names(ex)
    assert {"International Labour Organization", "United Nations Office on Drugs and Crime"} <= names
    assert not any("Office in" in n for n in names)


def test_a_national_body_named_with_and_without_its_country_is_one_organisation():
    ex = run(
        "The Council of Ministers of Chile today adopted a plan on river safety. The Chairman of the Council "
        "of Ministers, Mr. Jon Dahl, said the plan was the first of its kind.\n"
    )
    assert "Council of Ministers of Chile" in org_names(ex)
    assert "Council of Ministers" not in org_names(ex)


def test_the_bare_name_first_then_the_country_form_takes_over_as_the_name():
    ex = run(
        "The Chairman of the Council of Ministers, Mr. Jon Dahl, said a plan was ready. The Council of "
        "Ministers of Chile adopted it on Monday.\n"
    )
    org = ex.organisation("Council of Ministers")
    assert org is not None and org.name == "Council of Ministers of Chile"


def test_a_known_body_named_like_a_conference_is_an_organisation_not_an_event():
    ex = run(
        "Officials from the International Conference on the Great Lakes Region (ICGLR) met in Tarn on "
        "3 May 2012 for a Regional Workshop on Safe Fishing Nets.\n"
    )
    assert "International Conference on the Great Lakes Region" in org_names(ex)
    assert event_names(ex) == {"Regional Workshop on Safe Fishing Nets"}


def test_names_led_by_a_foreign_kind_word_are_organisations_ending_at_their_last_capital():
    ex = run(
        "Panellists included Dr. Jon Dahl, a geographer at the Universidad Lago Azul; and Sister Ana Ruiz, "
        "who runs a shelter of the Fundación Puertas Abiertas in Tarn, told delegates that children arrive "
        "hungry.\n"
    )
    names = org_names(ex)
    assert {"Universidad Lago Azul", "Fundación Puertas Abiertas"} <= names
    assert not any(n.endswith("in Tarn") for n in names)


def test_a_name_introduced_by_its_lowercase_kind_is_an_organisation():
    ex = run(
        "Ms. Ana Ruiz, who chairs the association Voix des Pêcheurs du Lac, described cases of unpaid work.\n"
    )
    assert "Voix des Pêcheurs du Lac" in org_names(ex)


def test_a_forum_in_a_persons_affiliation_slot_is_a_body_not_an_event():
    ex = run(
        "Panellists included Ms. Ana Ruiz of the Lakes Water Agency and Mr. Jon Dahl of the Fishers Forum "
        "in Asia, who described the new rules.\n"
    )
    assert "Fishers Forum in Asia" in org_names(ex)
    assert "Fishers Forum in Asia" not in event_names(ex)


def test_the_funder_of_a_wider_programme_does_not_sponsor_the_event():
    ex = run(
        "The regional workshop on river data was held in Tarn. It was funded by the Government of Chile "
        "through its Clean Rivers Program. The Lakes Agency's wider data programme in the region is "
        "supported by the Nordic Water Fund.\n"
    )
    assert roles(ex, "sponsor") == {"Government of Chile"}


def test_general_before_a_head_word_is_part_of_the_bodys_name():
    ex = run(
        "Colonel Jon Dahl, Deputy Director General of the General Department of Fisheries, said that "
        "catches had fallen.\n"
    )
    assert "General Department of Fisheries" in org_names(ex)
    assert "Department of Fisheries" not in org_names(ex)
