"""Round 19b: sponsors through a project and run-in recommendation lists (invented text)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run


def _recs(ex) -> set[str]:  # noqa: ANN001
    return {r.text for r in ex.recommendations}


def test_additional_support_after_a_project_funder_sponsors_too() -> None:
    ex = run(
        "Thirty harbour pilots completed a five-day course on ship safety today in Port Elara. "
        "It is part of the Safer Harbours project funded by the Lakeside Development Bank under its "
        "Coastal Programme, with additional support from the Government of Ruritania."
    )
    assert {"Lakeside Development Bank", "Government of Ruritania"} <= roles(ex, "sponsor")


def test_a_project_funder_without_further_support_stays_alone() -> None:
    ex = run(
        "Thirty harbour pilots completed a five-day course on ship safety today in Port Elara. "
        "It is part of the Safer Harbours project funded by the Lakeside Development Bank, with thanks to "
        "the Government of Ruritania."
    )
    assert roles(ex, "sponsor") == {"Lakeside Development Bank"}


def test_an_event_closing_a_phase_of_a_project_takes_the_project_funder() -> None:
    ex = run(
        "Forty fishers received new nets at a ceremony held at the Port Elara town hall on Friday. "
        "The ceremony closed the second phase of a livelihoods project implemented by the Harbour "
        "Workers Union. The project is financed by the Lakeside Development Bank."
    )
    assert "Lakeside Development Bank" in roles(ex, "sponsor")


def test_run_in_items_with_their_own_call_verbs_are_recommendations() -> None:
    ex = run(
        "Fisheries officials of five lake states met in Port Elara this week.\n\n"
        "In their closing statement, the officials:\n"
        "(a) agreed to share catch data every month;\n"
        "(b) called on boat builders to fit radios on all vessels;\n"
        "(c) noted the progress made since last year.\n"
    )
    recs = _recs(ex)
    assert "agreed to share catch data every month" in recs
    assert "called on boat builders to fit radios on all vessels" in recs
    assert not any(r.startswith("noted") for r in recs)


def test_items_listed_as_its_commitments_are_recommendations() -> None:
    ex = run(
        "Ministers adopted a lake charter on Friday. Among its commitments, states will:\n"
        "• ban drift nets by 2030;\n"
        "• publish catch figures every year.\n"
    )
    assert {"ban drift nets by 2030", "publish catch figures every year"} <= _recs(ex)


def test_and_by_after_attended_by_names_guests_not_organisers() -> None:
    ex = run(
        "The launch was organized by the Harbour Workers Union with the Ministry of Fisheries of Ruritania "
        "and was attended by the Minister, Mr. Tomas Velo, and by the EU Ambassador to Ruritania."
    )
    assert roles(ex, "organiser") == {"Harbour Workers Union", "Ministry of Fisheries of Ruritania"}
    assert not any("Ambassador" in o.name for o in ex.organisations)


def test_an_appositive_generic_event_is_the_named_event_before_it() -> None:
    ex = run(
        "Fishers' leaders met on Monday for the opening of the Lakeside Dialogue on Safe Fishing, "
        "a three-day meeting in Port Elara organized by the Harbour Workers Union."
    )
    assert event_names(ex) == {"Lakeside Dialogue on Safe Fishing"}
    assert roles(ex, "organiser") == {"Harbour Workers Union"}


def test_an_institute_for_a_field_of_law_is_an_organisation() -> None:
    ex = run(
        "The study was written by the Elara Institute for Rule of Law with the Centre for Fisheries Policy."
    )
    assert {"Elara Institute for Rule of Law", "Centre for Fisheries Policy"} <= org_names(ex)


def test_an_award_named_for_a_council_is_still_no_organisation() -> None:
    ex = run("The Lake Council for Safe Fishing Award went to Tomas Velo, a boat builder.")
    assert not any("Award" in n for n in org_names(ex))


def test_a_centre_where_a_course_ended_today_is_a_venue() -> None:
    ex = run(
        "Twenty harbour pilots completed a course in radar navigation today at the Harbour Pilot Training "
        "Centre in Port Elara. The course was delivered by the Harbour Workers Union."
    )
    assert "Harbour Pilot Training Centre" not in org_names(ex)
    assert "Harbour Workers Union" in org_names(ex)


def test_a_short_back_reference_is_an_alias_of_the_long_name() -> None:
    ex = run(
        "The talks were hosted by the National Research and Training Centre on Lake Fisheries of Ruritania. "
        "Mr. Tomas Velo, Director of the National Centre, opened the talks."
    )
    names = org_names(ex)
    assert "National Centre" not in names
    assert "National Research and Training Centre on Lake Fisheries of Ruritania" in names


def test_a_two_word_name_given_first_is_no_back_reference() -> None:
    ex = run(
        "The talks were hosted by the Elara Council. Later the Elara Fisheries and Harbours Council joined."
    )
    assert {"Elara Council", "Elara Fisheries and Harbours Council"} <= org_names(ex)
