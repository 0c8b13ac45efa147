"""Round 23b: lettered lists with full stops ('a. ...', 'B. ...') are list items only as a run;
list intros that ask or invite someone several words long 'to:' announce calls (invented text)."""

from __future__ import annotations

from extracting import org_names, roles, run
from kg.model import Release
from kg.segment import segment


def _kinds(text: str) -> list[tuple[str, str]]:
    doc = segment(Release(id="t", source="t.txt", text=text))
    return [(s.kind, text[s.start : s.end]) for s in doc.segments]


def test_a_lettered_run_with_full_stops_is_a_list() -> None:
    ex = run(
        "The meeting closed today.\n\n"
        "The ministers adopted a statement inviting the lake authorities of the region to:\n"
        "a. publish water quality data every month;\n"
        "b. close the fishing grounds in the spawning season;\n"
        "c. train wardens to report illegal nets.\n\n"
        "The next meeting will be held in June.\n"
    )
    texts = {r.text for r in ex.recommendations}
    assert "publish water quality data every month" in texts
    assert "train wardens to report illegal nets" in texts
    assert not any("next meeting" in t for t in texts)


def test_capital_lettered_items_wrapped_without_blank_lines() -> None:
    kinds = _kinds(
        "Lake forum ends\n\nPORT ELARA, 3 May 2022 - The forum ended today.\n\n"
        "Delegates recommended that riparian states:\n"
        "A. Adopt a common permit for boats on the lake and publish it in the three languages of the lake;\n"
        "B. Share catch statistics;\n"
        "C. Fund the hatcheries jointly.\n"
    )
    bullets = [t for k, t in kinds if k == "bullet"]
    assert bullets[0].startswith("Adopt a common permit")
    assert bullets[1:] == ["Share catch statistics;", "Fund the hatcheries jointly."]


def test_an_initial_at_the_start_of_a_line_is_no_list_item() -> None:
    kinds = _kinds(
        "Lake forum ends\n\nPORT ELARA, 3 May 2022 - The forum ended today.\n\n"
        "The closing words were spoken by the chair of the forum.\n"
        "A. Mwale thanked the delegates for their work.\n"
    )
    assert not any(k == "bullet" for k, _ in kinds)


def test_a_resolution_asking_the_government_to_announces_calls() -> None:
    ex = run(
        "The congress closed today.\n\n"
        "Delegates adopted a resolution asking the national Government to:\n"
        "a) open a registry of boat owners;\n"
        "b) lower the licence fees for small crews.\n"
    )
    texts = {r.text for r in ex.recommendations}
    assert texts >= {"open a registry of boat owners", "lower the licence fees for small crews"}


def test_an_officer_title_after_a_body_name_is_cut_off() -> None:
    ex = run(
        "Speaking for employers, Lakeland Federation of Boat Owners Executive\n"
        "Director Mr. Tomas Rua urged companies to insure their crews."
    )
    assert "Lakeland Federation of Boat Owners" in org_names(ex)
    assert not any("Director" in n for n in org_names(ex))


def test_a_title_holders_office_keeps_its_title() -> None:
    ex = run("The Office of the Prime Minister convened the lake safety council in Port Elara.")
    assert "Office of the Prime Minister" in org_names(ex)


def test_a_particle_inside_a_university_name_is_kept() -> None:
    ex = run("The study was written at Colegio de Elara University and presented to the fisheries board.")
    assert "Colegio de Elara University" in org_names(ex)


def test_a_convention_centre_is_a_venue() -> None:
    ex = run("The boat safety forum, held from 2 to 4 May at the Port Elara Convention Centre, ended today.")
    assert not any("Centre" in n for n in org_names(ex))


def test_the_topic_of_a_protocol_and_a_kind_after_each_are_no_organisations() -> None:
    ex = run(
        "The Lake Basin Commission urged states to ratify the Protocol on Free Movement of Fishers and to "
        "sign fishing agreements within each Riparian Economic Community."
    )
    names = org_names(ex)
    assert "Lake Basin Commission" in names
    assert not any("Movement" in n or "Riparian" in n for n in names)


def test_a_kind_right_before_a_quoted_title_is_the_titled_events_alias() -> None:
    ex = run(
        'The Regional Ministerial Conference "Safe Boats, Safe Crews" took place on 1-3 May 2022. It was '
        "organized by the Lake Basin Commission."
    )
    events = {e.name: e for e in ex.events}
    assert "Safe Boats, Safe Crews" in events
    assert "Regional Ministerial Conference" in events["Safe Boats, Safe Crews"].aliases
    assert "Regional Ministerial Conference" not in events


def test_a_congress_with_its_year_is_an_event_not_a_body() -> None:
    ex = run(
        "More than 300 delegates gathered in Port Elara on 27-28 August for the Fishers Congress 2015, held "
        "under the auspices of the Lake Bureau and organized with the Harbour Trust."
    )
    assert "Fishers Congress 2015" in {e.name for e in ex.events}
    assert "Fishers Congress" not in org_names(ex)
    assert roles(ex, "organiser") == {"Lake Bureau", "Harbour Trust"}


def test_organised_with_support_from_names_a_sponsor_not_an_organiser() -> None:
    ex = run("The workshop on boat safety was organised with support from the Lake Fund.")
    assert roles(ex, "sponsor") == {"Lake Fund"}
    assert roles(ex, "organiser") == set()


def test_a_participle_coordinated_after_a_long_organiser_list_keeps_its_event() -> None:
    ex = run(
        'The Regional Conference "Safe Boats" took place on 21-23 November. It was co-organized by the '
        "Lake Basin Commission Regional Office for Central and Eastern Lakes and the Upper River Islands "
        "(ULI) and the Ministry of Transport and Public Works of Elaria, and co-funded by the Harbour Trust "
        "and the Fishers Foundation, a private charity."
    )
    assert roles(ex, "sponsor") == {"Harbour Trust", "Fishers Foundation"}


def test_a_second_agent_after_and_by_is_in_the_list() -> None:
    ex = run(
        "The Lake Safety Meeting was organized by the Lake Basin Commission. It was financed through a grant "
        "from the Harbour Trust and by the Government of Elaria."
    )
    assert {"Harbour Trust", "Government of Elaria"} <= roles(ex, "sponsor")


def test_an_office_holders_office_in_an_organiser_list_keeps_its_title() -> None:
    ex = run("The meeting was convened by the Lake Commission and the Prosecutor General's Office of Elaria.")
    assert roles(ex, "organiser") == {"Lake Commission", "Prosecutor General's Office of Elaria"}
    assert "Office of Elaria" not in org_names(ex)


def test_trafficking_in_persons_stays_inside_a_body_name() -> None:
    ex = run(
        "Also speaking was Anna Berg, Chairperson of the Interagency Commission on Combating Trafficking in "
        "Persons of Elaria, who said that cases had doubled."
    )
    assert "Interagency Commission on Combating Trafficking in Persons of Elaria" in org_names(ex)


def test_an_owners_form_of_a_defined_unit_stays_with_the_unit() -> None:
    ex = run(
        "The Harbour Ministry's Office to Combat Trafficking in Persons (OCTP) funded the course. The course "
        "was opened by the Harbour Ministry's Office to Combat Trafficking in Persons."
    )
    unit = next(o for o in ex.organisations if "OCTP" in o.forms)
    assert "Harbour Ministry's Office to Combat Trafficking in Persons" in unit.forms


def test_calls_listed_one_a_paragraph_without_marks_after_a_that_intro() -> None:
    ex = run(
        "The meeting closed today.\n\n"
        "Participants recommended that lake states:\n\n"
        "Publish water quality data every month.\n\n"
        "Close the fishing grounds during the spawning season.\n\n"
        "Participants also recommended that the Commission open an office in the north.\n"
    )
    texts = {r.text for r in ex.recommendations}
    assert "Publish water quality data every month" in texts
    assert "Close the fishing grounds during the spawning season" in texts
    assert not any(t.startswith("Participants") for t in texts)


def test_narrative_paragraphs_after_a_colon_are_no_calls() -> None:
    ex = run(
        "The meeting closed today.\n\n"
        "The ministers agreed on the following timetable:\n\n"
        "Ministers will meet again in June.\n\n"
        "Experts will report in December.\n"
    )
    assert not any("June" in r.text or "December" in r.text for r in ex.recommendations)


def test_a_who_we_are_heading_names_no_organisation() -> None:
    ex = run(
        "The Lake Basin Commission opened a clinic for fishers today.\n\n"
        "WHO WE ARE: The Lake Basin Commission works with riparian states on water and fisheries.\n"
    )
    assert "World Health Organization" not in org_names(ex)
    ex = run("The WHO is funding the clinic, the Lake Basin Commission said.")
    assert "World Health Organization" in org_names(ex)
