"""Recommendations: bullet lists introduced as such, and prose calls, with their authors."""

from kg.extract import extract
from kg.extract.recommendations import find_recommendations
from kg.model import Affiliation, Extraction, Organisation, Person, Release, Span, Speech
from kg.segment import segment


def doc_of(text: str):
    return segment(Release(id="t", source="t.txt", text=text))


def canon(ex, name: str) -> str:
    """The organisation's preferred name, so tests do not depend on the gazetteer's canonical forms."""
    org = ex.organisation(name)
    return org.name if org else name


def test_bullets_under_a_recommendations_intro():
    text = """Report Calls for Safer Migration

Among recommendations made by UNHCR for transit countries are:

  • Open more legal routes for family reunification;
  • Train border guards in refugee law.

Participants are listed below:

  • Ms Ana Lopez, Director
"""
    ex = extract(doc_of(text))
    bullets = [r for r in ex.recommendations if r.text.startswith(("Open", "Train", "Ms"))]
    assert [r.text for r in bullets] == [
        "Open more legal routes for family reunification",
        "Train border guards in refugee law",
    ]
    assert all(r.by == canon(ex, "UNHCR") and r.addressee == "transit countries" for r in bullets)


def test_prose_calls_and_negatives():
    text = """Forum Ends

Experts recommended mapping remote communities at risk of flooding. The mayor urged donors to
fund early warning systems, and stressed the need for local training of volunteers.
Families in need of shelter were counted. The report was released on Monday.
"""
    ex = extract(doc_of(text))
    texts = [r.text for r in ex.recommendations]
    assert texts == [
        "recommended mapping remote communities at risk of flooding",
        "urged donors to fund early warning systems",
        "stressed the need for local training of volunteers",
    ]
    assert ex.recommendations[0].by is None
    assert ex.recommendations[1].addressee == "donors"


def test_by_comes_from_the_speaker_affiliation():
    text = """Health Leaders Meet

Dr Kofi Mensah called for free vaccination of migrant children in all transit camps.
"""
    doc = doc_of(text)
    ex = Extraction(release=doc.release)
    ex.organisations.append(Organisation(name="World Health Organization", aliases=["WHO"]))
    ex.people.append(Person(name="Kofi Mensah"))
    start = text.index("Dr Kofi")
    ex.speeches.append(Speech(person="Kofi Mensah", span=Span(start, start + 60), verb="called for"))
    ex.affiliations.append(Affiliation("Kofi Mensah", "Director", "World Health Organization", Span(0, 1)))
    find_recommendations(doc, ex)
    assert len(ex.recommendations) == 1
    rec = ex.recommendations[0]
    assert rec.text.startswith("called for free vaccination")
    assert rec.by == "World Health Organization" and rec.speaker == "Kofi Mensah"


def test_list_inside_a_paragraph_and_reporting_clause():
    text = """Forum Closes

Recommendations of the regional forum include:
- Strengthen early warning systems;
- Fund community shelters.

"We must share data across borders," said WMO official Ana Silva. The crisis calls for urgent
action, the report says.
"""
    ex = extract(doc_of(text))
    texts = [r.text for r in ex.recommendations]
    assert texts[:2] == ["Strengthen early warning systems", "Fund community shelters"]
    assert "We must share data across borders" in texts
    assert "calls for urgent action" in texts
    # The author named after the call is registered as an organisation.
    by = next(r.by for r in ex.recommendations if r.text.startswith("We must"))
    assert ex.organisation("WMO") is not None and by == canon(ex, "WMO")


def test_lists_of_actions_taken_are_not_recommendations():
    text = """Relief Update

IOM teams carried out the following actions:

  • Distributed 5,000 hygiene kits;
  • Repaired two water points.
"""
    ex = extract(doc_of(text))
    assert ex.recommendations == []


def test_coordinated_calls_are_split_and_intros_are_not_calls():
    text = """Water Plan Adopted

The new plan calls on ministries to publish water data every month, to train local technicians,
and to fund repairs of rural pumps. The agency also called for an audit of all reservoirs, and for
the closure of unsafe wells. She said the roads should reopen soon.

The plan calls on donors to:

a) finance pumps in the driest districts;
b) share drought forecasts with farmers.
"""
    ex = extract(doc_of(text))
    texts = [r.text for r in ex.recommendations]
    assert "calls on ministries to publish water data every month" in texts
    assert "train local technicians" in texts and "fund repairs of rural pumps" in texts
    assert "called for an audit of all reservoirs" in texts
    assert "the closure of unsafe wells" in texts
    assert "finance pumps in the driest districts" in texts
    assert "share drought forecasts with farmers" in texts
    assert not any(t.startswith("calls on donors") for t in texts)
    assert not any("roads" in t for t in texts)  # "said ... should" is a report, not a call


def test_first_person_and_that_clause_calls():
    text = """Shelter Agency Appeals for Funds

"We are asking donors to act before the winter comes," said Maria Lund, the agency's director.
The director insisted that landlords must register every tenant with the city.
He noted that rents have risen by a third.
"""
    ex = extract(doc_of(text))
    texts = [r.text for r in ex.recommendations]
    assert "We are asking donors to act before the winter comes" in texts
    assert "landlords must register every tenant with the city" in texts
    assert len(texts) == 2


def test_headline_call_counts_only_when_the_body_has_none():
    restated = """UNICEF Calls for Safe Schools in the Sahel

DAKAR - UNICEF called for an end to attacks on schools and teachers in the region.
"""
    ex = extract(doc_of(restated))
    assert [r.text for r in ex.recommendations] == [
        "called for an end to attacks on schools and teachers in the region"
    ]
    alone = """Seminar Calls on Governments to Protect Migrant Workers

Delegates met in Rome on Monday to discuss labour migration.
"""
    ex = extract(doc_of(alone))
    assert len(ex.recommendations) == 1


def test_authors_of_reports_and_of_a_voice_and_people_subjects():
    text = """FAO Report on Fisheries

ROME (FAO News) - Small fisheries feed millions, says a new report released today by the Food and
Agriculture Organization (FAO).

The report calls on governments to:
- protect coastal fishing grounds from industrial trawlers;
- register small boats free of charge.

FAO urges coastal states to publish catch data every year. We also call on donors to fund
cold storage for fishing villages.

Participants from the ASEAN Fisheries Network and civil society stressed the need for better
weather warnings at sea. A statement adopted at a meeting organized by FAO called for
cheaper fuel for small boats.
"""
    ex = extract(doc_of(text))
    by = {r.text: r.by for r in ex.recommendations}
    fao = canon(ex, "FAO")
    assert by["protect coastal fishing grounds from industrial trawlers"] == fao
    assert by["call on donors to fund cold storage for fishing villages"] == fao
    assert by["stressed the need for better weather warnings at sea"] is None
    assert by["called for cheaper fuel for small boats"] is None


def test_more_ways_to_call_for_action():
    text = """Aid Appeal

The agency appealed to donors to fund winter shelters in the north. It called upon all parties to
open the roads. It encouraged neighbouring countries to keep borders open. The director invited
journalists to visit the camps. Asked about the cost, she said it was high.
"""
    ex = extract(doc_of(text))
    texts = [r.text for r in ex.recommendations]
    assert texts == [
        "appealed to donors to fund winter shelters in the north",
        "called upon all parties to open the roads",
        "encouraged neighbouring countries to keep borders open",
    ]


def test_actors_told_what_to_do_inline_lists_and_proposals():
    text = """Water Summit Ends

The summit concluded with a set of recommendations, including the creation of a basin authority.
"Governments should publish river data every month," said the chair. UNICEF is calling for safe
water in every school. The experts also proposed the creation of a drought fund. It is important
to note that rainfall fell by half. It is essential that farmers get early warnings. The proposed
dam was not discussed.
"""
    ex = extract(doc_of(text))
    texts = [r.text for r in ex.recommendations]
    assert texts == [
        "the creation of a basin authority",
        "Governments should publish river data every month",
        "calling for safe water in every school",
        "proposed the creation of a drought fund",
        "It is essential that farmers get early warnings",
    ]


def test_participles_used_as_adjectives_are_not_calls():
    text = """Vaccines Arrive

Health workers gave the recommended dose to 300 children, as called for in the national plan.
"""
    ex = extract(doc_of(text))
    assert ex.recommendations == []


def test_lists_under_a_recommendations_heading_without_a_colon():
    text = """Forum on Water

Key recommendations

  • Map flood-prone villages every year;
  • Fund early warning radios.

Activities in 2019

  • Built 12 wells;
"""
    ex = extract(doc_of(text))
    assert [r.text for r in ex.recommendations] == [
        "Map flood-prone villages every year",
        "Fund early warning radios",
    ]


def test_following_priorities_introduce_a_list():
    text = (
        "Lusaka, 4 April 2014 - Health workers met in Lusaka.\n\n"
        "Participants identified the following priorities:\n\n"
        "- train nurses at every border post;\n"
        "- keep clinics open at night.\n"
    )
    recs = [r.text for r in extract(doc_of(text)).recommendations]
    assert "train nurses at every border post" in recs
    assert "keep clinics open at night" in recs


def test_headline_paragraph_restating_listed_calls_is_not_another_call():
    text = (
        "Press Release\n\n"
        "Forum calls for safer jobs for domestic workers\n\n"
        "Manila, 4 April 2014 - Workers and employers met in Manila yesterday for a forum on domestic "
        "work and on the rights of the workers who do it.\n\n"
        "They recommended that:\n\n"
        "- every worker get a written contract;\n"
        "- agencies stop charging fees to workers.\n"
    )
    recs = [r.text for r in extract(doc_of(text)).recommendations]
    assert not any("safer jobs" in r for r in recs)
    assert any("written contract" in r for r in recs)


def test_qualified_actor_after_the_dateline_dash_is_told_what_to_do():
    text = (
        "LIMA, 4 April 2014 – Governments of South America must open regular pathways for migrant "
        "workers, experts said at a meeting in Lima.\n"
    )
    recs = extract(doc_of(text)).recommendations
    assert any("open regular pathways" in r.text for r in recs)
    assert all(r.by is None for r in recs)


def test_leading_adverbial_phrase_does_not_make_the_call():
    text = (
        "Geneva, 2 May 2018 - With support from the European Union, UNHCR called for more resettlement "
        "places for refugees from Sudan.\n"
    )
    ex = extract(doc_of(text))
    assert [r.by for r in ex.recommendations] == [canon(ex, "UNHCR")]
    text = (
        "Accra, 2 May 2018 - At a meeting with UNICEF, the Ministry of Labour of Ghana urged employers "
        "to stop hiring children under 15.\n"
    )
    ex = extract(doc_of(text))
    assert [r.by for r in ex.recommendations] == [canon(ex, "Ministry of Labour of Ghana")]


def test_author_named_first_in_the_subject():
    text = (
        "Geneva, 2 May 2018 - UNHCR, with support from the European Union, called for more resettlement "
        "places for refugees from Sudan.\n"
    )
    ex = extract(doc_of(text))
    assert [r.by for r in ex.recommendations] == [canon(ex, "UNHCR")]


def test_a_requirement_after_a_call_is_a_call_whatever_the_aside():
    from extracting import run

    for aside in ["among other measures", "in the view of the delegates", "above all"]:
        ex = run(
            "The Lakeport Council urged governments to open more legal routes for seasonal workers. "
            f"This will require, {aside}, better labour inspection in the farms of the region.\n"
        )
        texts = [r.text for r in ex.recommendations]
        assert any(t.startswith("better labour inspection") for t in texts), (aside, texts)


def test_an_upper_case_headline_call_is_read_not_a_crash():
    # The call's pattern matches case-blind; its preposition must be found the same way, or an
    # all-capitals headline ("... CALL FOR ...") stopped the whole extraction.
    text = """RIVER BASIN EXPERTS CALL FOR SHARED FLOOD WARNINGS

Experts from six countries met in Vientiane this week to discuss flood forecasting.
"""
    ex = extract(doc_of(text))
    assert [r.text.lower() for r in ex.recommendations] == ["call for shared flood warnings"]
