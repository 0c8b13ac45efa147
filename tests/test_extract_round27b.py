"""Round 27b: names holding their own comma, and (invented text throughout)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run


def test_trades_listed_before_the_head_word() -> None:
    ex = run(
        "Inspectors took part in the training, alongside observers from the Lakeside Timber, Furniture and "
        "Paper Exporters' Association.\n"
    )
    names = org_names(ex)
    assert "Lakeside Timber, Furniture and Paper Exporters' Association" in names
    assert "Furniture and Paper Exporters' Association" not in names


def test_list_of_countries_before_a_body_is_not_one_name() -> None:
    ex = run("Delegates came from the Kenya, Uganda and Tanzania Ports Authority offices.\n")
    assert not any(n.startswith("Kenya, Uganda") for n in org_names(ex))


def test_union_of_workers_in_listed_industries() -> None:
    ex = run(
        "The General Union of Workers in Timber, Paper and Printing Industries joined the talks, and "
        "the General Trade Union of Boatmen sent two delegates.\n"
    )
    names = org_names(ex)
    assert "General Union of Workers in Timber, Paper and Printing Industries" in names
    assert "General Trade Union of Boatmen" in names
    assert "Trade Union of Boatmen" not in names


def test_acronym_name_with_lowercase_at_the() -> None:
    ex = run(
        "The two-day forum was organised by Rivers at the Heart (RAH) and the Lake Fishers Link, with "
        "funding from the Ford Foundation.\n"
    )
    assert "Rivers at the Heart" in org_names(ex)
    assert "Rivers" not in org_names(ex)
    assert "Rivers at the Heart" in roles(ex, "organiser")


def test_acronym_name_held_by_a_coordinator() -> None:
    ex = run(
        'Delegates adopted a statement written with Rivers at the Heart (RAH). "We listened," said '
        "Ana Lume, regional coordinator of RAH.\n"
    )
    assert "Rivers at the Heart" in org_names(ex)


def test_acronym_plan_is_no_organisation() -> None:
    ex = run("The Lakeside Growth Plan (LGP) was adopted by parliament on Friday.\n")
    assert "Lakeside Growth Plan" not in org_names(ex)


LEAD_EVENT = "A river safety workshop was held in Vell on 3 May. "


def test_financed_through_a_unit_of_a_known_body() -> None:
    ex = run(
        LEAD_EVENT + "The workshop was financed through the Office to Monitor and Combat River Crime of the "
        "US Department of State.\n"
    )
    assert "Office to Monitor and Combat River Crime" in roles(ex, "sponsor")


def test_programme_of_a_known_body_funds_through_its_owner() -> None:
    ex = run(
        LEAD_EVENT + 'The workshop was financed under the EU RIVSAFE programme "Safer Rivers", which is '
        "implemented by IOM.\n"
    )
    assert "European Union" in roles(ex, "sponsor")
    assert "EU RIVSAFE" not in org_names(ex)


def test_national_affiliate_of_a_known_ngo() -> None:
    ex = run("The study was written with Oxfam Novib and presented in Vell.\n")
    assert "Oxfam Novib" in org_names(ex)
    assert "Oxfam" not in org_names(ex)


def test_paper_written_and_financed_is_not_the_events_funding() -> None:
    ex = run(
        "The river forum closed in Vell on Friday. The network's research paper, written by Dr. Ana Lume "
        "and Tom Vell and financed by the Lake Trust Foundation, was also released at the forum.\n"
    )
    assert "Lake Trust Foundation" not in roles(ex, "sponsor")
    ex = run(
        "The river forum closed in Vell on Friday. The paper, written by Ana Lume, was released at the "
        "forum, which was financed by the Lake Trust Foundation.\n"
    )
    assert "Lake Trust Foundation" in roles(ex, "sponsor")


def _recs(text: str) -> list[str]:
    return [r.text for r in run(text).recommendations]


def test_recommendations_for_a_list_of_noun_phrases() -> None:
    recs = _recs(
        "The seminar in Vell closed with recommendations for a regional flood warning system, for regular "
        "training of river wardens and boat pilots, and for a state-funded shelter for flood victims.\n"
    )
    assert recs == [
        "a regional flood warning system",
        "regular training of river wardens and boat pilots",
        "a state-funded shelter for flood victims",
    ]


def test_recommended_two_gerund_phrases() -> None:
    recs = _recs(
        "Participants recommended shortening the module on boat safety and adding questions on seasonal "
        "river work.\n"
    )
    assert recs == ["shortening the module on boat safety", "adding questions on seasonal river work"]


def test_recommended_gerund_with_a_short_object_stays_whole() -> None:
    recs = _recs("Experts recommended strengthening training and counselling services for wardens.\n")
    assert len(recs) == 1 and "counselling services" in recs[0]


def test_call_ends_before_a_second_speech_verb() -> None:
    recs = _recs(
        "The minister stressed that returns must be voluntary and warned that many roads have not yet been "
        "cleared of mines.\n"
    )
    assert recs == ["returns must be voluntary"]


def test_launch_event_co_organised_with_a_partner() -> None:
    ex = run(
        'The Lake Research Centre (LRC) of Vell University presented its report "Boats on Hold" on Wednesday '
        "at a hybrid launch event co-organised with the International Organization for Migration (IOM) in "
        "Elaria.\n"
    )
    assert "hybrid launch event" in event_names(ex)
    assert {"International Organization for Migration", "Lake Research Centre"} <= roles(ex, "organiser")


def test_bare_launch_is_no_event() -> None:
    ex = run("The company announced a launch of its new boat model in Vell.\n")
    assert not any("launch" in n for n in event_names(ex))


def test_public_hearing_on_a_bill_held_at_an_invitation() -> None:
    ex = run(
        "Traders spoke at a two-day public hearing on the draft River Trade Bill, held on 9 and 10 July 2014 "
        "at the invitation of the Government of Norway.\n"
    )
    assert "Government of Norway" in roles(ex, "organiser")


def test_hearing_without_topic_is_no_event() -> None:
    ex = run("The court gave the boatmen a hearing in Vell.\n")
    assert not any("hearing" in n for n in event_names(ex))


def test_local_office_of_a_ministry_organises_as_the_ministry() -> None:
    ex = run(
        "The departure was marked by a ceremony in Vell organized by IOM and the provincial delegation of "
        "the Ministry of River Affairs (MRA).\n"
    )
    assert "Ministry of River Affairs" in roles(ex, "organiser")


def test_directorate_general_and_chamber_of_industry() -> None:
    ex = run(
        "Representatives of the Directorate General of River Management and the Lakeport Chamber of Industry "
        "attended the ceremony.\n"
    )
    names = org_names(ex)
    assert "Directorate General of River Management" in names
    assert "Lakeport Chamber of Industry" in names


def test_council_chamber_is_a_room() -> None:
    ex = run("The vote took place in the Council Chamber of the Lakeport city hall on Monday.\n")
    assert not any("Chamber" in n for n in org_names(ex))


def test_chamber_heading_run_into_its_paragraph_is_cut() -> None:
    ex = run("About the Lakeport Chamber of Commerce Founded in 1779, the chamber is the oldest in Elaria.\n")
    assert "Lakeport Chamber of Commerce" in org_names(ex)


def test_headless_name_cued_by_what_it_does() -> None:
    ex = run("The draft was welcomed by Sister Ana Lume of Mano Verde, which assists migrant families.\n")
    assert "Mano Verde" in org_names(ex)
    ex = run("Delegates came from the city of Lakeport, which provides shelter to migrants.\n")
    assert "Lakeport" not in org_names(ex)


def test_headless_name_cued_as_a_network_of() -> None:
    ex = run("The forum was organised by Lake Labour Link, a network of migrant groups in Vell.\n")
    assert "Lake Labour Link" in org_names(ex)


def test_known_forum_named_for_its_sitting_is_an_event() -> None:
    ex = run(
        "The delegates will take their paper to the state-led Global Forum on Migration and "
        "Development, which opens in Lakeport on 12 March.\n"
    )
    assert "Global Forum on Migration and Development" in event_names(ex)
    assert "Global Forum on Migration and Development" not in org_names(ex)


def test_known_forum_acting_stays_a_body() -> None:
    ex = run("The Global Forum on Migration and Development, which IOM supports, published a report.\n")
    assert "Global Forum on Migration and Development" in org_names(ex)
    assert not event_names(ex)


def test_group_possessive_is_part_of_an_event_name() -> None:
    ex = run("Some 160 delegates closed the Lakeside People's Forum on Water on Friday with a statement.\n")
    assert "Lakeside People's Forum on Water" in event_names(ex)


def test_recommendations_for_an_addressee_is_no_call() -> None:
    assert _recs("The seminar closed with recommendations for governments and employers in Vell.\n") == []


def test_known_forum_with_an_ordinal_is_a_sitting() -> None:
    ex = run(
        "Ministers looked ahead to the fifth Global Forum on Migration and Development, to take place "
        "in Lakeport next year.\n"
    )
    assert "fifth Global Forum on Migration and Development" in event_names(ex)
    assert "Global Forum on Migration and Development" not in org_names(ex)
