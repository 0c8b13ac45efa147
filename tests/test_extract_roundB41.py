"""Round B41: organisations, sponsors and organisers (invented bodies, people and places)."""

from __future__ import annotations

from tests.extracting import org_names, roles, run


def test_a_time_adverb_between_the_participle_and_by_keeps_the_organisers() -> None:
    ex = run(
        "Donors pledged US$ 12 million for flood relief at a pledging meeting co-hosted today by the "
        "Lakeland Water Agency (LWA), the Government of Elaria and the Harbour Relief Office (HRO)."
    )
    hosts = {"Lakeland Water Agency", "Government of Elaria", "Harbour Relief Office"}
    assert hosts <= roles(ex, "organiser")


def test_the_three_bodies_points_back_to_the_last_list_of_three() -> None:
    ex = run(
        "The Lakeland Water Agency (LWA), the Harbour Relief Office (HRO) and the River Basin Authority "
        "(RBA) today launched a flood response plan for the delta.\n\n"
        "The launch of the plan, a joint event co-hosted by the three bodies at the Agency in Port Elara, "
        "was attended by donors and partners."
    )
    hosts = {"Lakeland Water Agency", "Harbour Relief Office", "River Basin Authority"}
    assert hosts <= roles(ex, "organiser")


def test_a_coordinated_predicate_goes_with_the_sentence_subject() -> None:
    ex = run(
        "Senior officials gathered at the Port Elara Dialogue on Fair Recruitment, hosted by the Lakeland "
        "Labour Office (LLO). The dialogue was held on the margins of the Lakeside Senior Officials' "
        "Meeting, which opened on Monday, and was co-organised with the Harbour Institute for Work (HIW), "
        "with "
        "funding from the River Trust Fund (RTF)."
    )
    organisers = {r.organisation: r.event for r in ex.event_roles if r.role == "organiser"}
    sponsors = {r.organisation: r.event for r in ex.event_roles if r.role == "sponsor"}
    assert organisers.get("Harbour Institute for Work", "").startswith("Port Elara Dialogue")
    assert sponsors.get("River Trust Fund", "").startswith("Port Elara Dialogue")


def test_an_acronym_before_for_is_the_whole_body() -> None:
    ex = run(
        "The Lakeland Committee of the Blue Cross (LCBC) works with river communities.\n\n"
        "At a two-day coordination meeting hosted by the LCBC for Blue Crescent branch leaders in Port "
        "Elara, the two organizations agreed to double food distributions."
    )
    assert "Lakeland Committee of the Blue Cross" in roles(ex, "organiser")
    assert not any(" for Blue" in n for n in org_names(ex))


def test_the_openers_of_an_event_co_organized_with_a_partner_organise_it_too() -> None:
    ex = run(
        "The Ministry of Lakes of Elaria and the Harbour Institute for Water (HIW) today opened a two-day "
        "workshop on river safety in the capital.\n\n"
        "The workshop, made possible by a grant from the River Trust Fund, was co-organized with the "
        "Lakeside Fishers Forum (LFF), a network of fishers."
    )
    hosts = {"Ministry of Lakes", "Harbour Institute for Water", "Lakeside Fishers Forum"}
    assert hosts <= {n.removesuffix(" of Elaria") for n in roles(ex, "organiser")}


def test_a_time_adverb_between_the_subject_and_an_active_verb_keeps_the_organisers() -> None:
    ex = run(
        "The Harbour Institute for Water (HIW) and the Lakeland Border Service next week hold a training "
        "course for border officers on river crossings."
    )
    assert {"Harbour Institute for Water", "Lakeland Border Service"} <= roles(ex, "organiser")


def test_an_organiser_name_ends_before_under_the_chairmanship() -> None:
    ex = run(
        "Forty experts met in Port Elara for the Round Table on River Safety, organised by the Lakeland "
        "Council's Directorate of Water and Fisheries under the Elarian chairmanship of the Board of "
        "Ministers. The meeting was made possible by a contribution from the Government of Norland."
    )
    assert "Directorate of Water and Fisheries" in roles(ex, "organiser")


def test_a_long_subject_name_closed_by_its_acronym_holds_its_meeting() -> None:
    ex = run(
        "Delegates met in Port Elara for the 4th Lakeside Forum on River Labour.\n\n"
        "On the margins of the Forum, the Lakeside Committee on the Implementation of the Lakeside "
        "Declaration on the Safety and Welfare of the Families of River Workers (LCRW) held its 9th "
        "LCRW Meeting."
    )
    name = (
        "Lakeside Committee on the Implementation of the Lakeside Declaration on the Safety and "
        "Welfare of the Families of River Workers"
    )
    assert name in roles(ex, "organiser")


def test_a_named_department_of_a_ministry_is_an_organisation_of_its_own() -> None:
    ex = run(
        "A training course opened yesterday in Port Elara for 20 officers of the Lakeland Border Police and "
        "the River Patrol Department of the Ministry of Inland Waters."
    )
    assert {"River Patrol Department", "Ministry of Inland Waters"} <= org_names(ex)
