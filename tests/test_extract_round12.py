"""Round 12: organisations, events, sponsors, organisers and recommendations (invented releases)."""

from extracting import event_names, org_names, roles, run


def test_a_pronoun_sentence_that_puts_the_event_under_a_funded_project_names_its_sponsor():
    ex = run(
        "The regional workshop on river pollution opened in Tarn on Monday. It was held under a project on "
        "clean water for fishing towns funded by the Lakeland Water Trust.\n"
    )
    assert roles(ex, "sponsor") == {"Lakeland Water Trust"}


def test_a_project_whose_relative_clause_names_the_funder_makes_it_a_sponsor():
    ex = run(
        "The national consultation on ferry safety took place in Port Elara. It is part of the Harbour "
        "Board's regional programme on safe transport in the northern islands, which is funded by the "
        "Nordic Maritime Fund.\n"
    )
    assert roles(ex, "sponsor") == {"Nordic Maritime Fund"}


def test_a_co_financer_after_the_project_funder_sponsors_too():
    ex = run(
        "The expert meeting on coastal erosion was organised by the Coastal Agency. It was held under the "
        'project "Safer Shores", funded by the Lakeland Union and co-financed by the Government of Palia.\n'
    )
    assert roles(ex, "sponsor") == {"Lakeland Union", "Government of Palia"}


def test_a_pronoun_sentence_without_a_project_link_does_not_sponsor_through_a_project():
    ex = run(
        "The expert meeting on coastal erosion was organised by the Coastal Agency. It was followed by a "
        "visit. A separate project on dunes is funded by the Lakeland Union.\n"
    )
    assert "Lakeland Union" not in roles(ex, "sponsor")


def test_a_late_funding_predicate_coordinated_with_the_first_keeps_the_event_as_subject():
    ex = run(
        "The Lakes Regional Dialogue on Crew Welfare was held on 7 August 2019 in Tarn. It was co-hosted by "
        "the Lakes Secretariat with the Government of Tonga, in partnership with the Lakes Fisheries Agency "
        "(LFA) and the Inland Ports Council (IPC), and was funded thanks to a grant from the Government of "
        "Palia.\n"
    )
    assert "Government of Palia" in roles(ex, "sponsor")


def test_a_funders_own_agency_after_through_in_a_pronoun_sentence_sponsors_too():
    ex = run(
        "The three-day training of trainers was held in Tarn. It was funded by the Government of the "
        "Republic of Palia through the Palia International Cooperation Agency (PICA).\n"
    )
    assert roles(ex, "sponsor") == {
        "Government of the Republic of Palia",
        "Palia International Cooperation Agency",
    }


def test_a_named_programme_of_the_ministry_is_two_organisations():
    ex = run(
        "The training was organised by the National Malaria Control Programme of the Ministry of Public "
        "Health in Tarn.\n"
    )
    names = org_names(ex)
    assert {"National Malaria Control Programme", "Ministry of Public Health"} <= names
    # The relation keeps the form it saw; that form now names the programme.
    assert {ex.organisation(o).name for o in roles(ex, "organiser")} == {"National Malaria Control Programme"}


def test_a_directorate_general_of_a_ministry_named_by_its_countrys_adjective_splits_off_the_ministry():
    ex = run(
        "The meeting was hosted by the Directorate General of Civil Registration of the Palian Ministry of "
        "Interior.\n"
    )
    assert {"Directorate General of Civil Registration", "Ministry of Interior"} <= org_names(ex)


def test_a_national_service_of_the_republic_stays_one_name():
    ex = run("The Migration Service of the Republic of Palia opened the workshop on border data in Tarn.\n")
    assert "Migration Service of the Republic of Palia" in org_names(ex)


def test_a_call_to_ratify_a_numbered_convention_runs_on_through_its_number():
    ex = run(
        "The Workers Union also urged the Government of Palia to ratify the Seafarers Convention, 2006 "
        "(No. 186), which the Union helped to draft.\n"
    )
    assert any(r.text.endswith("(No. 186)") for r in ex.recommendations)


def test_a_conclave_is_an_event_and_its_name_ends_before_the_two_word_city_it_met_in():
    ex = run(
        "Firms must restore the wells they draw on, speakers said at the close of the two-day National "
        "Conclave on Water Stewardship for Villages in New Delhi today.\n"
    )
    assert "National Conclave on Water Stewardship for Villages" in event_names(ex)


def test_a_government_in_apposition_to_a_ministry_does_not_organise_with_it():
    ex = run(
        "The National Forum on Village Wells, held in Tarn, was organised by the Lakeside Chamber of "
        "Commerce in partnership with the Ministry of Rural Water, Government of Palia, and the Wells "
        "Users' Federation.\n"
    )
    assert roles(ex, "organiser") == {
        "Lakeside Chamber of Commerce",
        "Ministry of Rural Water",
        "Wells Users' Federation",
    }


def test_an_event_name_keeps_its_own_and_between_title_words():
    ex = run("The Dockers' Noise and Vibration Conference took place at Harbour Hall on 18 March 2021.\n")
    assert "Dockers' Noise and Vibration Conference" in event_names(ex)


def test_an_acronym_before_and_is_no_part_of_the_event_name():
    ex = run("LWTA and Lakeside Forum delegates met on 18 March 2021 to discuss the ferries.\n")
    assert not any(n.startswith("LWTA") for n in event_names(ex))


def test_a_course_of_treatment_is_no_event():
    ex = run("Dr Vell showed that a six-month course of antibiotics still cost around US$300 per patient.\n")
    assert not any("course" in n for n in event_names(ex))


def test_the_reception_of_children_is_no_event():
    ex = run(
        "The Ministry today launched a protocol for the reception and protection of returned children.\n\n"
        "The launch was convened by the Welfare Secretariat together with UNICEF.\n"
    )
    assert "reception" not in event_names(ex)


def test_a_reception_for_delegates_is_an_event():
    ex = run("A reception for delegates was hosted by the Mayor of Port Elara.\n")
    assert event_names(ex) == {"reception for delegates"}


def test_a_nationality_before_a_lowercase_description_is_no_sponsor():
    ex = run(
        "The Lakeside Boatyard today opened a crèche at a ceremony held at its slipway. The opening ceremony "
        "was hosted by the Lakeside Boatyard and was underwritten by Tarnholm Marine AB, the Norwegian "
        "shipping "
        "firm that buys most of the yard's hulls.\n"
    )
    assert roles(ex, "sponsor") == {"Tarnholm Marine AB"}


def test_a_bare_ceremony_takes_the_modified_name_of_its_later_mention():
    ex = run(
        "The Lakeside Boatyard today opened a crèche at a ceremony held at its slipway. The opening ceremony "
        "was hosted by the Lakeside Boatyard.\n"
    )
    assert event_names(ex) == {"opening ceremony"}


def test_an_organisation_named_with_a_plural_possessive_is_not_cut_at_it():
    ex = run(
        "Mira Tal, director of the Lakeside Women's Network in Tarn, urged the ministry to fund more beds.\n"
    )
    assert org_names(ex) == {"Lakeside Women's Network"}


def test_a_name_run_through_a_listed_person_is_cut_into_two_organisations():
    ex = run(
        "The round table was opened by the Minister. Other speakers included Ana Vell of the Office of the "
        "Water Ombudsman and Professor Ilan Dorr of the University of Tarn, who presented a study of wells.\n"
    )
    names = org_names(ex)
    assert {"Office of the Water Ombudsman", "University of Tarn"} <= names
    assert not any("Professor" in n for n in names)


def test_a_departments_name_ends_before_and_mr_and_folds_into_its_owner():
    ex = run(
        "The Tarn Dockers Union (TDU) joined the talks. Ms. Ana Vell of the TDU's Legal Department and Mr. "
        "Ilan Dorr, head of the Harbour Board, spoke for workers and employers.\n"
    )
    names = org_names(ex)
    assert not any(n.endswith(("and Mr", "Legal Department")) for n in names)
    assert "Tarn Dockers Union" in names


def test_short_references_to_named_organisers_resolve_and_an_amount_is_no_funder():
    ex = run(
        "The Harbour Development Agency (HDA) launched a ferry project at a ceremony held today at the "
        "headquarters of the Tarn Regional Council. The project, funded by the Lakeland Coastal Fund with "
        "EUR 4 million, runs for three years. The ceremony was co-organised by the Delegation and HDA in "
        "cooperation with the Regional Council.\n"
    )
    names = org_names(ex)
    assert not any(n.startswith(("EUR", "Delegation and", "Regional Council")) for n in names)
    organisers = {ex.organisation(o).name for o in roles(ex, "organiser")}
    assert {"Tarn Regional Council", "Harbour Development Agency"} <= organisers


def test_a_ministrys_own_named_bureau_after_and_its_organises_too():
    ex = run(
        "The two-day workshop on ferry permits was organised by the Lakeside Maritime Agency together with "
        "the Ministry of Transport and its Bureau of Harbour Licensing (BHL).\n"
    )
    assert {"Lakeside Maritime Agency", "Ministry of Transport", "Bureau of Harbour Licensing"} <= roles(
        ex, "organiser"
    )


def test_a_unit_with_its_owner_in_an_organiser_list_does_not_end_the_list():
    ex = run(
        "The consultation was convened by the Department of Rural Water (DRW) of the Lakeland Union "
        "Commission (LUC) jointly with the Inland Fisheries Authority (IFA).\n"
    )
    assert "Inland Fisheries Authority" in {ex.organisation(o).name for o in roles(ex, "organiser")}


def test_an_office_named_after_its_holders_title_keeps_its_whole_name():
    ex = run(
        "The course was organized by the Lakeside Rule of Law Centre jointly with the Prosecutor General's "
        "Office of the Republic of Palia.\n"
    )
    assert "Prosecutor General's Office of the Republic of Palia" in org_names(ex)


def test_it_was_held_somewhere_and_was_funded_by_names_the_events_sponsor():
    ex = run(
        "The roundtable on ferry safety was organised by the Harbour Pilots Guild. It was held at a "
        "community hall in Tarn and was funded by the Lakeside Charitable Trust.\n"
    )
    assert roles(ex, "sponsor") == {"Lakeside Charitable Trust"}


def test_the_provider_of_a_named_fund_that_financed_the_event_sponsors_it():
    ex = run(
        "The Regional Forum on Harbour Dredging opened in Tarn. The forum was financed from the Palia Trust "
        "Fund for Ports, provided by the Government of Palia.\n"
    )
    assert "Government of Palia" in {ex.organisation(o).name for o in roles(ex, "sponsor")}


def test_a_source_who_asked_not_to_be_named_makes_no_call():
    ex = run(
        "A fisherman from Tarn, who asked not to be named, lost two boats in the storm last month. The "
        "Harbour Board urged the ministry to rebuild the breakwater.\n"
    )
    texts = [r.text for r in ex.recommendations]
    assert not any("named" in t for t in texts)
    assert any("rebuild the breakwater" in t for t in texts)


def test_a_ministers_portfolio_and_a_region_are_no_organisations():
    ex = run(
        "The Minister of Public Works and Transport of Zambia, Hon. Ana Vell, opened the meeting. The "
        "agency's Director for the Centre and North region, Ilan Dorr, said roads were cut.\n"
    )
    names = org_names(ex)
    assert not any(n.startswith(("Public Works", "Centre and")) for n in names)


def test_the_government_of_the_republic_is_one_government_under_the_texts_official_form():
    ex = run(
        "The meeting was hosted by the Government of the Republic of Togo. The Minister of Labour of "
        "Togo, Ana Vell, said Togo would add migration questions to its survey.\n"
    )
    govs = [o.name for o in ex.organisations if o.kind == "government"]
    assert govs == ["Government of the Republic of Togo"]


def test_who_brought_people_together_for_an_event_organises_it():
    ex = run(
        "The Harbour Board and the Coastal Agency (CA) brought together fishers, district officials and "
        "boat builders in Tarn on 3 and 4 May 2022 for a consultation on the new breakwater.\n"
    )
    assert {ex.organisation(o).name for o in roles(ex, "organiser")} == {"Harbour Board", "Coastal Agency"}


def test_officials_who_gathered_for_a_meeting_do_not_organise_it():
    ex = run(
        "Ministers from the Lakeland Union and Palia gathered in Tarn today for the High Level Meeting on "
        "Ferry Safety. The meeting was hosted by the Harbour Board.\n"
    )
    assert {ex.organisation(o).name for o in roles(ex, "organiser")} == {"Harbour Board"}


def test_an_owner_read_off_the_events_modifier_gives_way_to_its_named_organising_unit():
    ex = run(
        "Young dockers are twice as likely to be hurt, delegates at an LDU conference heard yesterday. The "
        "Young Dockers' Safety Conference took place in Tarn on 18 March 2021. It was organised by the LDU "
        "Health and Safety Unit.\n"
    )
    assert roles(ex, "organiser") == {"LDU Health and Safety Unit"}
