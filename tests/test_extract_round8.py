"""Round 8: speakers' role and organisation on unseen phrasings (invented releases)."""

from extracting import aff, run


def test_an_undersecretary_of_an_agency_before_the_name_is_a_title():
    ex = run(
        "The Undersecretary for Planning and Budget of the Lakeland Water Agency (LWA), "
        "Corvina Altamira-Sol, said the figures would guide the next plan.\n"
    )
    role, org = aff(ex, "Corvina Altamira-Sol")
    assert (role, org) == ("Undersecretary for Planning and Budget", "Lakeland Water Agency")


def test_a_title_held_at_a_ministry_before_the_name_names_the_ministry():
    ex = run(
        "Moravia's Commissioner for Rural Services at the Ministry of Water, Dr. Tamsin Okorafor, told "
        "participants that pumps would be repaired this year.\n"
    )
    role, org = aff(ex, "Tamsin Okorafor")
    assert org == "Ministry of Water"
    assert role is not None and role.endswith("Commissioner for Rural Services")


def test_chief_of_mission_and_head_of_office_keep_their_of_and_name_the_agency_after_it():
    ex = run(
        'The training was organized by the International Organization for Migration (IOM). "Workers need '
        'the numbers before they leave," said Ilse Varnbrook, Chief of Mission of IOM Moravia. "They call '
        'us too late."\n"Clinics must stay open," said Oskar Tiedemann, Head of Office of UNHCR in '
        "Port Elara.\n"
    )
    assert aff(ex, "Ilse Varnbrook") == ("Chief of Mission", "International Organization for Migration")
    assert aff(ex, "Oskar Tiedemann")[0] == "Head of Office"
    assert "Office of UNHCR" not in {a.organisation for a in ex.affiliations}


def test_a_mayor_or_governor_of_a_place_serves_the_local_body_the_release_names():
    ex = run(
        "The forum was co-hosted by the Metropolitan Municipality of Quito and the Kestrel Cities Climate "
        'Group (KCCG). The Mayor of Quito, Oriana Velasquez Tume, opened the meeting. "Buses matter," she '
        "said.\nGovernor of Elara County, H.E. Jomo Kiptanui Wario, said the County Government of Elara "
        "would match every shilling.\n"
    )
    assert aff(ex, "Oriana Velasquez Tume")[1] == "Metropolitan Municipality of Quito"
    assert aff(ex, "Jomo Kiptanui Wario") == ("Governor of Elara County", "County Government of Elara")


def test_who_heads_an_acronyms_lowercase_unit_works_for_the_acronyms_organisation():
    ex = run(
        "The project is run by the Nordic Agency for Solar Cooperation (NASC) on behalf of the Kestrel "
        "Trust.\nMr Hendrik Vollmar, who heads the NASC solar programme in Nairobi, stressed that local "
        "manufacturing should be part of the plan.\n"
    )
    assert aff(ex, "Hendrik Vollmar") == (None, "Nordic Agency for Solar Cooperation")


def test_a_listed_title_ending_in_a_countrys_comma_named_bureau_and_its_acronym_names_the_bureau():
    ex = run(
        "The dialogue was organized by the Kestrel Trust with the Bureau of Forestry, Soil Conservation and "
        "Land Management (BFSCLM) of Nepal.\nOther speakers included Dr. Anselm Roque, Director General of "
        "Nepal's Bureau of Forestry, Soil Conservation and Land Management (BFSCLM), and Ilka Freund, "
        "Administrator of the Lakeland Shipping Authority (LSA).\n"
    )
    bureau = "Bureau of Forestry, Soil Conservation and Land Management"
    assert aff(ex, "Anselm Roque") == ("Director General", bureau)


def test_a_bracketed_title_ending_a_bullet_line_is_the_speakers_though_the_line_runs_on():
    ex = run(
        "The panel brought together:\n"
        "- Ms. Odile Ferrante (Director, Lakeland Water Agency)\n"
        "- Mr. Tobias Nwankwo-Lind (Chief Executive Officer, Moravian Digital Services Authority)\n"
        "The session was moderated by Prof. Ines Calder of Port Elara University.\n"
        "Mr. Nwankwo-Lind described the agency's new payment platform.\n"
    )
    expected = ("Chief Executive Officer", "Moravian Digital Services Authority")
    assert aff(ex, "Tobias Nwankwo-Lind") == expected


def test_the_chair_of_a_body_named_in_quote_marks_before_the_name_serves_that_body():
    ex = run(
        "The launch was organized by the Kestrel Trust, in cooperation with the Moravian Women's League\n"
        '"Zorica".\nThe chairwoman of "Zorica", Vesna Kollar, added that her volunteers would visit 40 '
        "schools.\n"
    )
    assert aff(ex, "Vesna Kollar") == ("chairwoman", "Zorica")


def test_a_military_rank_after_a_title_is_no_title_the_phrase_before_it_is():
    ex = run(
        "The envoy also met the head of the Moravian Border Guard, Brigadier Tomas Velikan, who told the "
        "conference that patrols had intercepted 40 boats.\n"
    )
    assert aff(ex, "Tomas Velikan") == ("head", "Moravian Border Guard")


def test_a_hard_wrapped_line_ending_at_hon_keeps_the_title_before_it_with_the_name():
    ex = run(
        "The pilot was presented at the regional meeting on clean cooking.\n"
        "Malawi's Deputy Minister of Rural Water Supply, Hon.\n"
        "Ildiko Varanasi-Pohl, reported on a pilot in which 300 stoves\n"
        "had been fitted to village schools.\n"
    )
    role, _ = aff(ex, "Ildiko Varanasi-Pohl")
    assert role == "Deputy Minister of Rural Water Supply"


def test_a_medical_calling_before_or_after_the_name_is_the_role():
    ex = run(
        "Survivors and health workers addressed the forum on trauma care.\n"
        "A psychologist from Lakeport, Dr Miren Oyarzun, spoke about rebuilding services after the floods. "
        '"We start with the children," she said.\n'
        "Dr. Teodor Malkin, a paediatric surgeon who has worked in Oslo for 12 years, told participants "
        "about a mentoring scheme.\n"
    )
    assert aff(ex, "Miren Oyarzun") == ("psychologist", None)
    assert aff(ex, "Teodor Malkin") == ("paediatric surgeon", None)


def test_a_former_calling_before_the_name_is_no_role():
    ex = run(
        "A former factory worker in Lakeport, Sina Tavake, who now chairs a returnee network, described "
        "the support she received.\n"
    )
    assert aff(ex, "Sina Tavake")[0] != "former factory worker"


def test_speaking_for_a_body_then_a_lowercase_calling_before_the_name_names_the_body():
    ex = run(
        "Speaking for the Lakeland Legal Aid Centre, attorney Runa Castelli said the new rules would protect "
        "workers.\n"
    )
    assert aff(ex, "Runa Castelli") == ("attorney", "Lakeland Legal Aid Centre")


def test_a_statisticians_title_without_an_organisation_belongs_to_the_statistics_office():
    ex = run(
        "The Moravian Statistical Office (MSO) today launched the results of the 2023 Labour Force Survey.\n"
        "In his welcome address, the Government Statistician, Prof. Anton Veselko, said the survey covered "
        "9,000 households.\nThe session was chaired by Dr. Lidia Marek, Deputy Government Statistician. "
        "Dr. Marek said the MSO would publish quarterly figures.\n"
    )
    assert aff(ex, "Anton Veselko") == ("Government Statistician", "Moravian Statistical Office")
    assert aff(ex, "Lidia Marek") == ("Deputy Government Statistician", "Moravian Statistical Office")
