"""Organisations the name finder misses or runs together, refined by where the text puts them
(releases written here, invented names)."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment

LEAD = "Consultation on safe migration\n\nKAMPALA, 2 August 2021 - "


def orgs(text: str) -> set[str]:
    return {o.name for o in extract(segment(Release(id="t", source="t.txt", text=LEAD + text))).organisations}


def test_listed_partners_are_organisations_without_head_words():
    names = orgs(
        "Officials met in Kampala.\n\nPartners in the consultation included Trace Uganda, Awareness Against "
        "Exploitation (AAE) and Kituo Cha Haki.\n"
    )
    assert {"Trace Uganda", "Awareness Against Exploitation", "Kituo Cha Haki"} <= names


def test_name_run_into_a_title_and_person_ends_before_the_title():
    names = orgs(
        "Officials met in Kampala.\n\nGlobal Fund to End Child Labour CEO Amos Kato joined online.\n"
    )
    assert "Global Fund to End Child Labour" in names
    assert not any("Kato" in n for n in names)


def test_acronym_led_name_and_a_headless_name_are_two_organisers():
    ex = extract(
        segment(
            Release(
                id="t",
                source="t.txt",
                text=LEAD + "The consultation was convened by HAART Uganda and Freedom Collaborative.\n",
            )
        )
    )
    assert {r.organisation for r in ex.event_roles if r.role == "organiser"} == {
        "HAART Uganda",
        "Freedom Collaborative",
    }


def _aff(text: str) -> dict:
    ex = extract(segment(Release(id="t", source="t.txt", text=LEAD + text)))
    return {a.person: (a.role, a.organisation) for a in ex.affiliations}


def test_bulleted_speaker_with_headless_organisation_holding_and():
    aff = _aff(
        "A panel on domestic work met in Kampala.\n\nPanellists:\n"
        "- Linda Okot, Executive Director, Tamkeen for Legal Aid and Human Rights\n"
        "- Ahmad Musa, Director of the Centre for Labour Studies\n"
    )
    assert aff["Linda Okot"] == ("Executive Director", "Tamkeen for Legal Aid and Human Rights")


def test_media_outlet_named_by_its_kind():
    aff = _aff(
        "A panel on domestic work met in Kampala. The discussion was moderated by journalist Sarah Nabirye "
        "of Al-Habari newspaper.\n"
    )
    assert aff["Sarah Nabirye"] == ("journalist", "Al-Habari")


def test_media_outlet_before_a_lowercase_reporter_title():
    aff = _aff("Floods hit the north.\n\nDaily Nile reporter Sam Okello said roads remained cut off.\n")
    assert aff["Sam Okello"] == ("reporter", "Daily Nile")


def test_time_word_is_no_part_of_the_title():
    aff = _aff(
        "Floods hit the north.\n\nYesterday director general Paul Mugisha of the Department of Disaster "
        "Preparedness said 1,200 shelters were open.\n"
    )
    assert aff["Paul Mugisha"] == ("director general", "Department of Disaster Preparedness")


def test_last_two_items_of_a_signatories_list_are_two():
    names = orgs(
        "Employers signed a charter in Kampala.\n\nSignatories include Nile Gloves, Kivu Plantation and "
        "Flex Uganda.\n"
    )
    assert {"Nile Gloves", "Kivu Plantation", "Flex Uganda"} <= names


def test_programmes_campaigns_reports_and_laws_are_no_organisations():
    names = orgs(
        "Partners included Sauti Pwani, the Kilifi Fishers Cooperative, Green Tide Campaign and the Coastal "
        "Action Plan.\n\nJoseph Karanja presented the Ocean Futures Report. He said "
        "the Marine Protection Act and the Golden Reef Award mattered.\n\nPartners include Digital Ghana "
        "Challenge and Future Skills Week.\n"
    )
    assert {"Sauti Pwani", "Kilifi Fishers Cooperative"} <= names
    for thing in (
        "Green Tide Campaign",
        "Coastal Action Plan",
        "Ocean Futures Report",
        "Marine Protection Act",
        "Golden Reef Award",
        "Digital Ghana Challenge",
        "Future Skills Week",
    ):
        assert thing not in names


def test_a_named_thing_with_evidence_of_an_actor_stays():
    names = orgs(
        "A study by the Kenyan NGO Pamoja Safari Initiative was launched.\n\n"
        "The Andes Mobility Process (AMP) "
        "met in Lima.\n"
    )
    assert "Andes Mobility Process" in names
    assert any(n.startswith("Pamoja Safari") for n in names)


def test_a_headless_name_named_alone_elsewhere_is_split_from_a_whole_name():
    names = orgs(
        "The launch was supported by the Acacia Trust and Jirani Connect.\n\nMary Wambui, Executive Director "
        "of Jirani Connect, said the work goes on. The Ministry of Justice and Police also attended.\n"
    )
    assert {"Acacia Trust", "Jirani Connect"} <= names
    assert "Acacia Trust and Jirani Connect" not in names
    assert "Ministry of Justice and Police" in names


def test_name_between_a_title_and_the_speech_verb_is_the_speakers_organisation():
    ex = extract(
        segment(
            Release(
                id="t",
                source="t.txt",
                text=LEAD
                + "Later, Esther Banda, Programme Manager, Tiyende Pamodzi, presented the toolkit.\n",
            )
        )
    )
    assert {s.person for s in ex.speeches} == {"Esther Banda"}
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Esther Banda"] == ("Programme Manager", "Tiyende Pamodzi")


def test_regions_in_partner_lists_and_slots_are_no_organisations():
    names = orgs(
        "Officials met in Kampala.\n\nPartners included East Africa, Makerere Journalism School, the Horn of "
        "Africa and Radio Simba.\n\nAna Costa, programme lead at Western Balkans, spoke.\n"
    )
    assert {"Makerere Journalism School", "Radio Simba"} <= names
    assert not names & {"East Africa", "Horn of Africa", "Western Balkans"}


def test_sentence_adverbs_days_and_title_portfolios_are_no_organisations():
    names = orgs(
        "Moreover, a company, Acme, said it. Finally, an NGO said it.\n\nPartners included the Ministry of "
        "Health, Monday Morning and Hope Rising.\n\nThe Director of Public Prosecutions, Jane Doe, said it.\n"
    )
    assert "Ministry of Health" in names
    assert not names & {"Moreover", "Finally", "Monday Morning", "Public Prosecutions"}


def test_a_name_in_a_role_slot_stops_at_the_end_of_its_sentence():
    names = orgs("The forum was hosted by the Amadou Kane University. It received funding from donors.\n")
    assert "Amadou Kane University" in names
    assert not any(n.endswith("It") for n in names)
