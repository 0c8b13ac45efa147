"""Round 9: organisation and event precision, organiser recall (invented releases)."""

from extracting import event_names, org_names, roles, run


def test_a_title_cut_before_its_units_portfolio_names_the_unit_found_whole():
    ex = run(
        "Elara was represented by Tomas Verrin, Director-General of the Department of Flood Relief and "
        "Coastal Recovery. He told participants that river teams now map floods within hours.\n"
    )
    names = org_names(ex)
    assert "Department of Flood Relief and Coastal Recovery" in names
    assert "Flood Relief and Coastal Recovery" not in names


def test_a_portfolio_in_a_title_slot_before_an_organisation_is_no_organisation():
    ex = run(
        "Speaking for the agency, Dr Mira Solvang, Director of Coastal Fisheries and Aquaculture at the "
        "Kestrel Institute, said that catches had fallen by a third.\n"
    )
    assert "Coastal Fisheries and Aquaculture" not in org_names(ex)


def test_an_event_word_inside_a_longer_capitalised_name_starts_no_event():
    ex = run(
        "Delegates from twelve coastal states met for a two-day workshop on fishing rights. Among the "
        "speakers was Ana Ruiz of the Elara-based NGO Fair Tide Coalition, whose research on catches is "
        "funded by the Lakeland Water Agency.\n"
    )
    assert not any("Fair" in n for n in event_names(ex))
    assert "two-day workshop on fishing rights" in event_names(ex)


def test_an_event_proposed_in_a_recommendation_stays_proposed_when_a_programme_slot_is_joined_to_it():
    ex = run(
        "The three-day workshop on river safety closed today in Port Elara. The workshop recommended that "
        "the course include a session on flood insurance, and that trainers visit each district yearly.\n\n"
        "Mayor Ilse Varn, who attended the closing session, received a copy of the new handbook.\n"
    )
    names = event_names(ex)
    assert not any("insurance" in n for n in names)


def test_a_well_known_ngos_national_section_is_an_organisation_of_its_own():
    ex = run(
        "The forum is co-organized with the Ministry of Fisheries, Plan International Norway and the Port "
        "Elara Urban Lab. A representative of Plan International Norway will present a study on mines.\n"
    )
    assert "Plan International Norway" in org_names(ex)
    assert "Plan International Norway" in roles(ex, "organiser")


def test_an_acronym_of_the_name_in_its_own_language_spells_the_country_last():
    ex = run(
        "The mission was organised together with the Chile Chamber of Mining, Energy and Fisheries (CMEFC) "
        "and the Lakeland Water Agency.\n"
    )
    assert "Chile Chamber of Mining, Energy and Fisheries" in org_names(ex)
    assert "Energy and Fisheries" not in org_names(ex)


def test_a_host_cut_at_an_abbreviations_full_stop_is_the_organisation_it_starts():
    ex = run(
        "The study was presented at a half-day seminar co-hosted with the Thd. Harlow Institute (THI). "
        "The seminar was financed by the Lakeland Water Agency.\n"
    )
    assert "Thd" not in org_names(ex)
    assert "Thd. Harlow Institute" in roles(ex, "organiser")


def test_a_place_based_description_before_a_kind_word_names_no_organisation():
    ex = run("Ana Ruiz of the Elara-based NGO Tide Watchers said that catches had fallen by a third.\n")
    assert "Elara-based" not in org_names(ex)


def test_an_acronym_defined_for_a_summit_on_a_topic_names_an_event_not_an_organisation():
    ex = run(
        "The meeting builds on the commitments of the World Summit on the Knowledge Society (WSKS), whose "
        "second phase took place in Port Elara in 2019.\n"
    )
    assert "World Summit on the Knowledge Society" not in org_names(ex)


def test_a_training_that_runs_since_a_past_year_is_a_programme_not_an_event():
    ex = run(
        "The Regional Water Pricing Forum opened in Port Elara today. The Lakeland Water Agency (LWA) sent "
        "its director. She told delegates that forty utilities had joined LWA's leak-detection training "
        "since 2014.\n"
    )
    names = event_names(ex)
    assert "Regional Water Pricing Forum" in names
    assert not any("leak-detection" in n for n in names)
