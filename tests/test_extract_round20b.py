"""Round 20b: conclusion lists, bare "agreed:" intros and the other fixes of this round (invented text)."""

from __future__ import annotations

from extracting import event_names, org_names, roles, run


def _recs(ex) -> set[str]:  # noqa: ANN001
    return {r.text for r in ex.recommendations}


def test_modal_items_under_a_conclusions_intro_are_recommendations() -> None:
    ex = run(
        "The harbour forum closed today in Port Elara.\n"
        "Delegates adopted six conclusions, the main ones being the following:\n"
        "1. Port authorities should publish their tariffs every year.\n"
        "2. The fishing season opened in March.\n"
    )
    assert "Port authorities should publish their tariffs every year" in _recs(ex)
    assert "The fishing season opened in March" not in _recs(ex)


def test_a_bare_agreed_colon_introduces_calls() -> None:
    ex = run(
        "The harbour forum closed today in Port Elara.\n"
        "In their closing statement, the mayors agreed:\n"
        "1. to open a joint register of fishing boats;\n"
        "2. to share weather warnings by radio.\n"
    )
    assert {"to open a joint register of fishing boats", "to share weather warnings by radio"} <= _recs(ex)


def test_a_known_department_keeps_the_nationality_adjective_the_text_gives_it() -> None:
    ex = run(
        "The harbour forum was convened by IOM, with support from the Australian Department of Foreign "
        "Affairs and Trade (DFAT). DFAT also funds the port survey."
    )
    assert "Australian Department of Foreign Affairs and Trade" in org_names(ex)
    assert "Department of Foreign Affairs and Trade" not in org_names(ex)


def test_a_dated_adverb_between_the_hosts_and_their_verb_is_skipped() -> None:
    ex = run(
        "The Harbour Trust and the Lakeside Fishers Union today (4 June 2019) hosted "
        "a workshop on safety at sea."
    )
    assert roles(ex, "organiser") == {"Harbour Trust", "Lakeside Fishers Union"}


def test_a_body_that_acted_as_host_organises_and_leaves_the_sponsor_list() -> None:
    ex = run(
        "The workshop was organized with support from the Lakeside Development Bank and the Harbour "
        "Workers Union acted as local host."
    )
    assert roles(ex, "sponsor") == {"Lakeside Development Bank"}
    assert roles(ex, "organiser") == {"Harbour Workers Union"}


def test_co_hosts_named_by_their_part_are_organisers() -> None:
    ex = run(
        "The Harbour Workers Union and the Lakeside Trust served as co-hosts of "
        "the workshop on safety at sea."
    )
    assert roles(ex, "organiser") == {"Harbour Workers Union", "Lakeside Trust"}


def test_a_sponsor_ends_before_under_the_project_that_carries_the_funds() -> None:
    ex = run(
        "The workshop was hosted by the Harbour Trust, and received financial support from the Lakeside "
        "Development Bank under the LDB-HT project on coastal safety."
    )
    assert roles(ex, "sponsor") == {"Lakeside Development Bank"}
    assert "Lakeside Development Bank under the LDB-HT" not in org_names(ex)


def test_a_saints_abbreviation_does_not_cut_a_name() -> None:
    ex = run("Also speaking was Prof. Mara Lind of the University of Ss. Peter and Paul, who said so.")
    assert "University of Ss. Peter and Paul" in org_names(ex)
    assert "University of Ss" not in org_names(ex)


def test_co_hosted_by_the_two_organizations_names_the_last_pair() -> None:
    ex = run(
        "A study was released today by the Lake Fund (LF) and the River Secretariat. It was presented at "
        "the Regional Dialogue on Water, co-hosted by the two organizations in Port Elara."
    )
    assert roles(ex, "organiser") == {"Lake Fund", "River Secretariat"}


def test_a_month_after_in_is_no_part_of_an_event_name() -> None:
    ex = run("The plan will go to the Annual Water Conference in June, the minister said.")
    assert "Annual Water Conference" in event_names(ex)
    assert "Annual Water Conference in June" not in event_names(ex)
