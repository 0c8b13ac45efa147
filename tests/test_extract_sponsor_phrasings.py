"""Sponsors and organisers in the many ways releases phrase them (releases written here, invented names)."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def run(text: str):
    return extract(segment(Release(id="t", source="t.txt", text=text)))


def roles(ex, role: str) -> set[str]:
    return {r.organisation for r in ex.event_roles if r.role == role}


LEAD = "Regional meeting on fisheries\n\nDAKAR, 3 May 2022 - "


def test_countries_co_sponsoring_are_their_governments():
    ex = run(
        LEAD + "The Netherlands and Denmark co-sponsored the workshop on coastal safety, held in Dakar.\n"
    )
    assert roles(ex, "sponsor") == {"Government of the Netherlands", "Government of Denmark"}


def test_adverb_between_participle_and_by():
    ex = run(LEAD + "The workshop on coastal safety was supported financially by the Government of Canada.\n")
    assert roles(ex, "sponsor") == {"Government of Canada"}


def test_funding_provided_by_far_from_the_noun():
    ex = run(
        LEAD + "Funding for the workshop on coastal safety in West Africa was provided by the Lantern "
        "Foundation and the Harbour Trust.\n"
    )
    assert roles(ex, "sponsor") == {"Lantern Foundation", "Harbour Trust"}


def test_funder_acting_through_an_agency():
    ex = run(LEAD + "The Government of Norway, through Norad, funded the workshop on coastal safety.\n")
    assert "Government of Norway" in roles(ex, "sponsor")


def test_under_the_auspices_of_is_an_organiser():
    ex = run(
        LEAD + "The workshop on coastal safety took place under the auspices of the Sub-Regional Fisheries "
        "Commission.\n"
    )
    assert roles(ex, "organiser") == {"Sub-Regional Fisheries Commission"}


def test_sponsors_of_the_event_included_a_list():
    ex = run(
        LEAD + "Sponsors of the workshop on coastal safety included Atlantic Nets Ltd, Teranga Bank and "
        "Sahel Shipping Group.\n"
    )
    assert roles(ex, "sponsor") == {"Atlantic Nets Ltd", "Teranga Bank", "Sahel Shipping Group"}


def test_organisers_named_in_apposition():
    ex = run(
        LEAD + "The organisers of the workshop on coastal safety, the Baobab Trust and the Coastal Research "
        "Centre, said it was a success.\n"
    )
    assert roles(ex, "organiser") == {"Baobab Trust", "Coastal Research Centre"}


def test_two_named_organisations_joined_by_and_are_two():
    ex = run(
        LEAD + "The workshop on coastal safety was organised by Baobab Trust and Fishers Voices Network and "
        "hosted at the University of Dakar and Gorée University.\n"
    )
    names = {o.name for o in ex.organisations}
    assert {"Baobab Trust", "Fishers Voices Network"} <= names
    assert "Baobab Trust and Fishers Voices Network" not in names
    assert roles(ex, "organiser") >= {"Baobab Trust", "Fishers Voices Network"}


def test_one_name_with_and_inside_stays_whole():
    ex = run(
        LEAD + "The workshop on coastal safety was organised by the Ministry of Fisheries and Maritime "
        "Economy.\n"
    )
    assert roles(ex, "organiser") == {"Ministry of Fisheries and Maritime Economy"}


def test_pronoun_subject_that_received_support():
    ex = run(
        LEAD + "The regional consultation on coastal safety was held in Dakar. It received financial support "
        "from the Government of Germany and the European Union.\n"
    )
    assert roles(ex, "sponsor") == {"Government of Germany", "European Union"}


def test_organisers_acting_through_a_platform_organise_too():
    ex = run(
        LEAD + "The workshop on coastal safety was co-organized by the Baobab Trust and the Coastal Research "
        "Centre through the Sahel Fisheries Platform (SFP).\n"
    )
    assert roles(ex, "organiser") == {"Baobab Trust", "Coastal Research Centre", "Sahel Fisheries Platform"}


def test_funders_acting_through_their_fund_stay_the_sponsor():
    ex = run(
        LEAD + "The workshop on coastal safety was funded by the European Union through its Trust Fund for "
        "Africa.\n"
    )
    assert roles(ex, "sponsor") == {"European Union"}


def test_an_initiative_of_is_an_organiser():
    ex = run(LEAD + "The workshop on coastal safety, an initiative of the Baobab Trust, opened in Dakar.\n")
    assert roles(ex, "organiser") == {"Baobab Trust"}


def test_partners_that_team_up_to_hold_an_event_both_organise_it():
    ex = run(
        LEAD + "The Senegalese Red Cross teamed up with the Baobab Trust to organise the workshop on coastal "
        "safety.\n"
    )
    assert roles(ex, "organiser") == {"Senegalese Red Cross", "Baobab Trust"}


def test_more_sponsor_verbs():
    ex = run(
        LEAD + "The workshop on coastal safety was cofunded by the European Union. It benefited from the "
        "support of the Government of Finland. The Lantern Foundation supported the workshop on coastal "
        "safety.\n"
    )
    assert roles(ex, "sponsor") == {"European Union", "Government of Finland", "Lantern Foundation"}


def test_a_named_organisation_and_a_known_acronym_are_two():
    ex = run(
        LEAD + "The workshop on coastal safety was jointly hosted by the Senegalese Red Cross and UNHCR.\n"
    )
    assert roles(ex, "organiser") == {
        "Senegalese Red Cross",
        "United Nations High Commissioner for Refugees",
    }


def test_relative_clause_after_a_name_with_ampersand():
    ex = run(
        LEAD + "The workshop on coastal safety was sponsored by Diallo & Fall LLP, which has supported the "
        "workshop since 2018.\n"
    )
    assert roles(ex, "sponsor") == {"Diallo & Fall LLP"}


def test_capitalised_funding_was_provided_by_after_the_event_sentence():
    ex = run(
        LEAD + "The roundtable on coastal safety was jointly convened by the Baobab Trust and the Coastal "
        "Research Centre. Funding was provided by the Government of Norway and the Lantern Foundation.\n"
    )
    assert roles(ex, "sponsor") == {"Government of Norway", "Lantern Foundation"}


def test_financed_from_an_organisations_fund():
    ex = run(
        LEAD + "The workshop on coastal safety is financed from the EU Emergency Trust Fund for Africa. "
        "The workshop on coastal safety is also paid for out of the Lantern Foundation's small grants "
        "window.\n"
    )
    assert roles(ex, "sponsor") >= {"Lantern Foundation"}


def test_headless_sponsors_before_a_speech_like_verb_are_no_persons():
    ex = run(
        LEAD + "The workshop on coastal safety, sponsored by Dakar Pharma and TechBridge Africa, opened in "
        "Dakar.\n"
    )
    assert roles(ex, "sponsor") == {"Dakar Pharma", "TechBridge Africa"}
    assert not ex.people


def test_joint_initiative_backing_and_held_by():
    ex = run(
        LEAD + "The workshop on coastal safety was a joint initiative of the Baobab Trust and the Coastal "
        "Research Centre. The Baobab Trust hosted the workshop on coastal safety, with the financial backing "
        "of the Netherlands.\n"
    )
    assert roles(ex, "organiser") == {"Baobab Trust", "Coastal Research Centre"}
    assert roles(ex, "sponsor") == {"Government of the Netherlands"}
