"""Organisers and sponsors: list parsing and who a role clause is about, on releases written here."""

from kg.extract import extract
from kg.extract.orglistitem import clean_org
from kg.extract.orglists import split_list
from kg.model import Release
from kg.segment import segment


def run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def organisers(ex, event: str | None = None) -> set[str]:
    return {
        (ex.organisation(r.organisation) or r).name if ex.organisation(r.organisation) else r.organisation
        for r in ex.event_roles
        if r.role == "organiser" and (event is None or r.event == event)
    }


def test_foreign_connectors_and_legal_form_stay_in_or_end_the_name():
    names = split_list("the Stiftung für Wasser und Boden (SWB) GmbH and the African Union Commission.")
    assert names[0] == "Stiftung für Wasser und Boden"
    assert names[-1] == "African Union Commission"
    assert split_list("the Fundación para la Educación Rural and UNDP.") == [
        "Fundación para la Educación Rural",
        "UNDP",
    ]
    # A lowercase foreign word after a lowercase word is no connector: the list ends.
    assert split_list("UNDP and la gente") == ["UNDP"]


def test_defined_acronym_ends_the_name():
    assert clean_org("the Global Health Office (GHO) Pacific Centre") == "Global Health Office"
    assert clean_org("Harbour Watch Network (HWN) in Dakar") == "Harbour Watch Network"


def test_name_with_acronym_of_its_initials_is_an_organisation():
    ex = run(
        "Accra, 3 March 2021 - Fishers and officials met in Accra for a workshop on safety at sea, "
        "organised by Coastal Voices West Africa (CVWA) and the Ghana Fisheries Commission.\n"
    )
    names = organisers(ex)
    assert any("Coastal Voices West Africa" in n for n in names)
    assert any("Ghana Fisheries Commission" in n for n in names)


def test_person_name_without_acronym_is_not_an_organiser():
    ex = run(
        "Accra, 3 March 2021 - Fishers met in Accra for a workshop on safety at sea, "
        "hosted by Kwame Mensah Boateng and the Ghana Fisheries Commission.\n"
    )
    assert not any("Kwame" in n for n in organisers(ex))


def test_pronoun_refers_to_the_previous_subject():
    ex = run(
        "Nairobi, 4 April 2019 - Farmers and buyers met in Nairobi yesterday.\n\n"
        "The Regional Seminar on Seed Markets, held at the Serena Hotel, was the first meeting of its kind. "
        "It was organised by the Kenya Seed Traders Association.\n"
    )
    seminar = next(e.name for e in ex.events if e.name.startswith("Regional Seminar"))
    assert any("Kenya Seed Traders Association" in n for n in organisers(ex, seminar))


def test_press_briefing_is_held_by_the_briefer_s_organisation():
    ex = run(
        "Geneva, 5 May 2015 - Speaking at a press briefing in Geneva, WHO spokesperson Anna Berg said "
        'cholera cases had doubled. "We need clean water now," Berg said.\n'
    )
    briefing = next(e.name for e in ex.events if e.name.startswith("press briefing"))
    assert organisers(ex, briefing) == {ex.organisation("WHO").name}


def test_press_briefing_without_an_affiliated_speaker_has_no_organiser():
    ex = run(
        "Geneva, 5 May 2015 - Journalists at a press briefing in Geneva heard that cholera cases had "
        "doubled in the camps.\n"
    )
    assert organisers(ex) == set()


def test_event_in_an_organisation_s_project_is_run_by_it():
    ex = run(
        "Dakar, 2 June 2017 - Thirty customs officers completed a regional workshop on port controls "
        'in Dakar today. The workshop is part of WCO\'s project "Safer Ports", financed by Norway.\n'
    )
    assert any("WCO" in n or "World Customs" in n for n in organisers(ex))


def test_project_owner_does_not_override_a_named_organiser():
    ex = run(
        "Dakar, 2 June 2017 - Thirty customs officers completed a regional workshop on port controls "
        "in Dakar today, organised by the Senegal Customs Authority. The workshop is part of WCO's "
        'project "Safer Ports".\n'
    )
    assert not any("WCO" in n or "World Customs" in n for n in organisers(ex))


def test_plural_possessive_stays_inside_an_event_name():
    ex = run(
        "Apia, 3 May 2012 - The plan will go to the Pacific Fisheries Ministers'\n"
        "Meeting in Honiara in June 2012.\n"
    )
    assert [e.name for e in ex.events] == ["Pacific Fisheries Ministers' Meeting"]


def test_a_thing_made_for_consultations_is_not_an_event():
    ex = run("Apia, 3 May 2012 - UNDP published a community consultation toolkit for island councils.\n")
    assert ex.events == []


def test_was_the_first_meeting_describes_the_subject_event():
    ex = run(
        "Lima, 9 May 2013 - The Andean Forum on Mining and Water, held at the Sheraton, was the first "
        "meeting in Peru where miners and farmers sat together. It was funded by the Rio Trust.\n"
    )
    assert [e.name for e in ex.events] == ["Andean Forum on Mining and Water"]
    assert {r.event for r in ex.event_roles} == {"Andean Forum on Mining and Water"}


def test_a_second_event_after_is_not_swallowed():
    ex = run(
        "Lima, 9 May 2013 - The Andean Forum on Mining and Water opened today, and a training "
        "workshop on water testing followed in Cusco.\n"
    )
    assert len(ex.events) == 2


def test_a_training_programme_with_a_duration_is_an_event():
    ex = run(
        "Dhaka, 1 March 2016 - Forty nurses completed a three-day training programme on infection "
        "control in Dhaka. The training was delivered by the Bangladesh Nursing Council.\n"
    )
    training = next(e.name for e in ex.events if "training" in e.name)
    assert any("Bangladesh Nursing Council" in n for n in organisers(ex, training))


def test_a_training_programme_without_a_duration_is_not_an_event():
    ex = run("Dhaka, 1 March 2016 - The ministry runs a national training programme for nurses.\n")
    assert ex.events == []


def test_authors_of_a_study_launched_at_an_event_hold_it():
    ex = run(
        "Accra, 8 July 2020 - A survey by the Ghana Statistical Service and the Coastal Research "
        "Institute, launched today at a public forum in Accra, finds that one fisher in four is a child.\n"
    )
    names = organisers(ex)
    assert any("Ghana Statistical Service" in n for n in names)
    assert any("Coastal Research Institute" in n for n in names)


def test_a_study_launched_without_an_event_gives_no_organiser():
    ex = run(
        "Accra, 8 July 2020 - A survey by the Ghana Statistical Service, launched today, finds that one "
        "fisher in four is a child.\n"
    )
    assert organisers(ex) == set()


def test_at_the_initiative_of_names_the_convener():
    ex = run(
        "Tunis, 2 May 2018 - A regional seminar on labour migration was held in Tunis today at the "
        "initiative of the Arab Labour Organization.\n"
    )
    assert any("Arab Labour Organization" in n for n in organisers(ex))
