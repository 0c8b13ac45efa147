"""Speakers, roles and organisations on phrasings seen in unseen releases (round 4), with invented names."""

from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def _ex(text):
    return extract(segment(Release(id="t", source="t", text="Water Forum Ends\n\n" + text + "\n")))


def _speakers(ex):
    return {s.person for s in ex.speeches}


def _aff(ex):
    return {a.person: (a.role, a.organisation) for a in ex.affiliations}


def test_speaker_list_with_words_between_noun_and_verb():
    ex = _ex(
        "Speakers also included Tomas Berglund of the Nordic Housing Federation. "
        "Panellists in the morning session included Prof. Mira Dube, a lecturer at the University of Lusaka. "
        "Presenters from civil society included Sara Lind of the Coast Water Group."
    )
    assert {"Tomas Berglund", "Mira Dube", "Sara Lind"} <= _speakers(ex)
    assert _aff(ex)["Mira Dube"] == ("lecturer", "University of Lusaka")


def test_name_after_organisation_kind_and_and():
    ex = _ex(
        "Speakers at the closing session included Tomas Berglund of the Nordic Housing Alliance "
        "and Ruth Okello, a nurse from Gulu."
    )
    assert {"Tomas Berglund", "Ruth Okello"} <= _speakers(ex)


def test_ad_interim_title_before_name():
    ex = _ex(
        "WFP Country Director a.i. in Zambia, Pierre Olumba, noted the point. "
        "UNICEF Resident Representative a.i. for the Pacific, Mr. Ken Abe, stressed the point."
    )
    aff = _aff(ex)
    assert aff["Pierre Olumba"] == ("Country Director a.i.", "World Food Programme")
    assert aff["Ken Abe"] == (
        "Resident Representative a.i. for the Pacific",
        "United Nations Children's Fund",
    )


def test_associate_professor_after_title():
    ex = _ex("Dean of the Faculty of Law, Assoc. Prof. Mira Dube, urged action.")
    assert _aff(ex)["Mira Dube"][0] == "Dean of the Faculty of Law"


def test_lowercase_calling_appositive():
    ex = _ex(
        "The Lira Red Cross Society (LRCS) joined. Panellists included Ken Abe, a youth organiser from Gulu, "
        "Ruth Okello, a LRCS volunteer from Lira, and Esi Mensah, a data journalist with Daybreak News. "
        "Tom Berg, a community health worker from Kolda, described the walk."
    )
    aff = _aff(ex)
    assert aff["Ken Abe"] == ("youth organiser", None)
    assert aff["Ruth Okello"] == ("volunteer", "Lira Red Cross Society")
    assert aff["Esi Mensah"] == ("data journalist", "Daybreak News")
    assert aff["Tom Berg"] == ("community health worker", None)


def test_title_case_place_after_of_the_is_no_person():
    ex = _ex("Nana Kojo Mensah II, Paramount Chief of the Bantama Traditional Area, also spoke.")
    assert _speakers(ex) == {"Nana Kojo Mensah II"}
    assert _aff(ex)["Nana Kojo Mensah II"] == ("Paramount Chief of the Bantama Traditional Area", None)


def test_title_case_run_before_a_unit_noun_is_no_person():
    ex = _ex(
        "Dr. Ken Abe, who leads the Lusaka Water Network's Zambezi Valley team, highlighted that pipes leak."
    )
    assert _speakers(ex) == {"Ken Abe"}
    assert _aff(ex)["Ken Abe"][1] == "Lusaka Water Network"


def test_with_inside_a_title_case_body_before_the_name():
    ex = _ex(
        "The Chairperson of the Committee on the Rights of Persons with Disabilities, Prof. Tomas Berg, "
        "stressed that care matters."
    )
    assert _aff(ex)["Tomas Berg"] == ("Chairperson", "Committee on the Rights of Persons with Disabilities")


def test_name_with_of_phrase_coordinated_with_a_speaker():
    ex = _ex(
        "The forum was chaired by Dr. Ama Owusu. Mr. Kofi Tetteh of the Volta Federation of Farmer "
        "Organisations and Ms. Esi Mensah, a data journalist with Daybreak News, also presented."
    )
    assert {"Kofi Tetteh", "Esi Mensah"} <= _speakers(ex)


def test_quotes_in_reported_speech_by_title_aside_and_according_to():
    ex = _ex(
        "Malawi's Minister of Water, Dr. Jane Phiri, opened the forum. The Minister urged donors "
        'to release funds "before the rains fail, not after the harvest." Tom Abe, head of the Lusaka '
        "Water Network, said demand was rising. Most of these towns, he noted, lie in dry zones, "
        '"where the pipes end long before the road does." Ken Lee spoke next. According to Mr. Lee, '
        'young people "do not need lectures, they need taps after school."'
    )
    got = {q.text.split(",")[0]: q.speaker for q in ex.quotes}
    assert got["before the rains fail"] == "Jane Phiri"
    assert got["where the pipes end long before the road does"] == "Tom Abe"
    assert got["do not need lectures"] == "Ken Lee"


def test_joint_opener_whose_title_holds_commas():
    ex = _ex(
        "The Ambassador of Norway to Kenya, H.E. Mr. Lars Berg, opened the fair together with the Deputy "
        "Minister for Industry, Trade and Marketing, Hon. Ruth Okello. The Deputy Minister said her ministry "
        'would simplify certification. "A certificate should cost a week, not a year," she remarked.'
    )
    assert {"Lars Berg", "Ruth Okello"} <= _speakers(ex)
    assert any(q.speaker == "Ruth Okello" for q in ex.quotes)


def test_dateline_city_alone_on_its_line_keeps_a_host_title_off_the_donor_government():
    text = (
        "Embassy of Norway\nNairobi\n\nThe Ambassador of Norway to Kenya, H.E. Mr. Lars Berg, opened "
        "the fair "
        "together with the Deputy Minister for Trade, Hon. Ruth Okello.\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    assert _aff(ex)["Ruth Okello"] == ("Deputy Minister for Trade", None)


def test_regional_honorifics_are_not_part_of_the_name():
    ex = _ex(
        "The Chairperson of the Standing Committee on Water, Hon. Ratu Josefa Tawake, presented the draft. "
        "Alhaji Musa Bello, a farmer from Kano, said rain was late."
    )
    assert {"Josefa Tawake", "Musa Bello"} <= _speakers(ex)
    assert _aff(ex)["Josefa Tawake"] == ("Chairperson", "Standing Committee on Water")


def test_title_before_name_with_a_gloss_or_after_a_weekday():
    ex = _ex(
        "The Minister of State for Water (Rural Supply), Hon. Dr. Ruth Okello, said pipes matter. "
        "Opening the forum on Tuesday, Zambia's Minister of Education, Science and Technology, "
        "Dr. Jane Phiri, said meals matter."
    )
    aff = _aff(ex)
    # The bracketed portfolio is part of the title as the text gives it (round A38, titlebracket).
    assert aff["Ruth Okello"][0] == "Minister of State for Water (Rural Supply)"
    assert aff["Jane Phiri"] == ("Minister of Education, Science and Technology", "Government of Zambia")


def test_honorary_title_with_preposition_and_leading_calling():
    ex = _ex(
        "The World Food Programme (WFP) hosted the day. Singer Ama Kofi, WFP Ambassador Against Hunger, "
        'performed at the closing ceremony and told the audience that "every plate of local food is a vote '
        'for a farmer." Exhibitor Mama Rehema Juma, who sells dried mango, said the fair had doubled her '
        "customers."
    )
    assert _speakers(ex) == {"Ama Kofi", "Rehema Juma"}
    assert _aff(ex)["Ama Kofi"] == ("Ambassador Against Hunger", "World Food Programme")
    assert [q.speaker for q in ex.quotes] == ["Ama Kofi"]


def test_colleague_of_a_speaker_shares_the_organisation():
    ex = _ex(
        "The Lusaka School of Public Health (LSPH) hosted the meeting. Dean of LSPH, Prof. Rhoda Banda, "
        "urged governments to publish data. Her colleague Dr. Isaac Mumba presented a new dashboard."
    )
    assert _aff(ex)["Isaac Mumba"] == (None, "Lusaka School of Public Health")


def test_surname_inside_a_title_case_name_is_no_mention():
    ex = _ex(
        'The Red Locust Control Service (RLCS) met. "We have six weeks," warned Tom Abe, Senior Locust '
        "Forecasting Officer at RLCS. The Red Locust Information Service will issue its next bulletin soon."
    )
    assert _speakers(ex) == {"Tom Abe"}


def test_leading_calling_is_the_role_when_nothing_else_is_given():
    ex = _ex("Exhibitor Mama Rehema Juma, who sells dried mango, said the fair had doubled her customers.")
    assert _aff(ex)["Rehema Juma"] == ("Exhibitor", None)


def test_long_bracketed_title_steward_calling_and_city_possessive():
    ex = _ex(
        "The City of Lisbon hosted the summit. Lisbon's Alderman for Health, Care and Youth, Rita Sousa, "
        "opened it. Tom Abe, a shop steward at a shoe factory near Porto, told delegates that pay was low. "
        "The panel featured:\n"
        "- Ms. Ana Lima (Director of Digital Policy, Ministry of Public Works, Services and Housing, Chile)\n"
    )
    aff = _aff(ex)
    assert aff["Rita Sousa"] == ("Alderman for Health, Care and Youth", "City of Lisbon")
    assert aff["Tom Abe"] == ("shop steward", None)
    assert aff["Ana Lima"][0] == "Director of Digital Policy"


def test_who_coordinates_an_organisation_in_a_place_after_an_age():
    ex = _ex(
        "The Lusaka Youth Network (LYN) met. Tom Abe, 23, who coordinates LYN in Kitwe, spoke about clinics."
    )
    assert _aff(ex)["Tom Abe"] == (None, "Lusaka Youth Network")


def test_more_speech_verbs_and_the_title_quote_that_follows():
    ex = _ex(
        "The Ministry of Health of Zambia organised the event. Speaking at the opening, Executive Director "
        "Maria Lund said that clinics must stay open. Zambia's Minister of Health, Hon. Peter Banda, echoed "
        'her call. "We will not wait," the Minister said.'
    )
    assert {"Maria Lund", "Peter Banda"} <= _speakers(ex)
    assert [q.speaker for q in ex.quotes] == ["Peter Banda"]


def test_panel_joined_by_and_quote_with_surname_after_said():
    ex = _ex(
        "The Coastal Fisheries Institute (CFI) hosted the meeting in Mombasa. She was joined on the panel by "
        "Mr. Juma Ali, Chairman of the Kilifi Beach Management Unit, and Ms. Halima Hassan, a fish trader "
        'from Lamu. "We see fewer fish every year," said Ali. The Deputy Governor of Kwale County, '
        "Hon. Fatuma Achani, also addressed participants."
    )
    assert {"Juma Ali", "Halima Hassan", "Fatuma Achani"} <= _speakers(ex)
    assert [q.speaker for q in ex.quotes] == ["Juma Ali"]


def test_according_to_an_acronym_and_lowercase_title():
    ex = _ex(
        "The Inter-American Development Bank (IDB) was there. According to IDB water specialist Jorge Ruiz, "
        "the bank will double its lending. According to the survey, half had travelled to Western Europe."
    )
    assert _speakers(ex) == {"Jorge Ruiz"}
    assert _aff(ex)["Jorge Ruiz"] == ("water specialist", "Inter-American Development Bank")


def test_closed_quote_followed_by_a_new_statement_continues_the_earlier_speaker():
    ex = _ex(
        "The Mekong Rivers Commission (MRC) met in Vientiane. MRC Chief Executive Officer Dr. Lam Vo opened "
        'the session. "The river does not stop at borders," he said. "Neither should our data." Lao Deputy '
        'Minister of Energy Somchai Keo noted progress but warned: "Dams change everything downstream." '
        'Fisher Bounmy Phan told the meeting: "My catch has halved in ten years."'
    )
    got = {q.text[:12]: q.speaker for q in ex.quotes}
    assert got["Neither shou"] == "Lam Vo"
    assert got["Dams change "] == "Somchai Keo"
    assert got["My catch has"] == "Bounmy Phan"


def test_contact_organisation_from_the_release_own_organisations():
    text = (
        "Forum Ends in Accra\n\nThe Volta Basin Authority (VBA) closed its forum today. VBA Executive "
        "Director Kofi Mensah said the basin needs care.\n\nContacts\nAma Owusu\nCommunications Officer, "
        "Volta Basin Authority\naowusu@vba.org | +233 20 123 4567\n\nJean Dupont, Press Officer\n"
        "jdupont@vba.org\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    assert [(c.name, c.organisation) for c in ex.contacts] == [
        ("Ama Owusu", "Volta Basin Authority"),
        ("Jean Dupont", "Volta Basin Authority"),
    ]


def test_and_by_second_speaker_and_bracketed_organisation():
    ex = _ex(
        "Remarks were also delivered by H.E. Mr. Omar Haddad, Ambassador of Jordan to Kenya, and by "
        "Ms. Nina Roy, UNEP Programme Officer. Keynote speakers:\n- Mr. Raj Patel (Water Aid India)\n"
    )
    assert {"Omar Haddad", "Nina Roy", "Raj Patel"} <= _speakers(ex)
    assert _aff(ex)["Raj Patel"] == (None, "Water Aid India")
