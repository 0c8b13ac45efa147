from kg.extract import extract
from kg.model import Release
from kg.segment import segment


def _ex(text):
    return extract(segment(Release(id="t", source="t", text=text)), ["organisations", "people"])


def test_speakers_roles_and_organisations():
    ex = _ex(
        "Water Forum Opens\n\nWFP Executive Director Maria Olsen opened the forum. "
        "Peter Brandt, Minister of the Interior, Norway, stressed the need for action. "
        "The forum thanked John Smith for his support.\n"
    )
    speakers = {s.person for s in ex.speeches}
    assert speakers == {"Maria Olsen", "Peter Brandt"}  # John Smith is only thanked
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Maria Olsen"] == ("Executive Director", "World Food Programme")
    assert aff["Peter Brandt"] == ("Minister of the Interior", "Government of Norway")


def test_reported_speech_forms_and_non_speakers():
    ex = _ex(
        "Jobs Talks Open\n\nThe dialogue was opened by the Minister of Labour of Jordan, Samir Hadid, "
        "and ILO Director-General Tom Reyes. According to Dr. Jane Goodwin, head of research at the "
        "University of Jordan, fees remain high. Tom Reyes said Ambassador Lars Holm had been helpful. "
        "Delegates from Sri Lanka attended. Participants thanked Ambassador Lars Holm for his support.\n"
    )
    speakers = {s.person for s in ex.speeches}
    assert {"Samir Hadid", "Tom Reyes", "Jane Goodwin"} <= speakers
    assert "Lars Holm" not in speakers and "Sri Lanka" not in speakers
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Tom Reyes"] == ("Director-General", "International Labour Organization")
    assert aff["Jane Goodwin"] == ("head of research", "University of Jordan")


def test_bullet_list_of_speakers_and_named_unit():
    ex = _ex(
        "Forum Opens\n\nThe following officials will speak at the event:\n"
        "• Ana Lima, Minister of Water, Portugal;\n"
        "• Mark Olsen, Director of the US State Department's Office to Monitor "
        "and Combat Trafficking in Persons;\n"
        "• Eva Berg, OSCE Special Representative.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Ana Lima"] == ("Minister of Water", "Government of Portugal")
    assert aff["Mark Olsen"] == ("Director", "Office to Monitor and Combat Trafficking in Persons")
    assert aff["Eva Berg"][1] == "Organization for Security and Co-operation in Europe"


def test_parenthesised_and_of_affiliations():
    ex = _ex(
        "Panel Meets\n\nThe panel heard from Sara Lind (UNHCR), who said displacement was rising. "
        "Tom Bell of the World Bank noted that remittances fell.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff == {
        "Sara Lind": (None, "United Nations High Commissioner for Refugees"),
        "Tom Bell": (None, "World Bank"),
    }


def test_opening_participles_lists_and_according_to():
    ex = _ex(
        "Seminar Held\n\nOpening the seminar, the Deputy Head of the World Bank, Rosa Lind, reminded judges "
        "of their duty. Also addressing the meeting were Omar Said, Secretary of the Water Division of "
        "Kenya, and Dr. Lena Berg of the Ruritanian Rowing Federation. According to the survey, many "
        "travel to Western Europe. According to Anna Kowalski, an IOM statistician, fees rose.\n"
    )
    speakers = {s.person for s in ex.speeches}
    assert {"Rosa Lind", "Omar Said", "Lena Berg", "Anna Kowalski"} <= speakers
    assert "Western Europe" not in speakers
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Lena Berg"][0] is None  # "Secretary" belongs to Omar Said
    assert aff["Anna Kowalski"] == ("statistician", "International Organization for Migration")


def test_head_word_reference_to_the_release_organisation():
    ex = _ex(
        "Grants\n\nThe Kestrel Trust for Girls gave grants. The Trust's Chief Executive, Mia Hall, "
        "said demand doubled.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Mia Hall"] == ("Chief Executive", "Kestrel Trust for Girls")


def test_lowercase_titles_relative_heads_surname_appositions_and_behalf():
    ex = _ex(
        "Needs Rise\n\nThe head of IOM's office in Niger, Barbara Rook, said returns continued. "
        "Grace Mbeki, who heads UNHCR's office in Niamey, said arrivals doubled. Linda Olsen arrived "
        "on Monday. Ms. Olsen, a spokesperson for UNICEF, told reporters that camps were full. Speaking "
        "on behalf of the European Commission, Commissioner Ylva Johns said the EU would help.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    iom = "International Organization for Migration"
    assert aff["Barbara Rook"][1] == iom and aff["Barbara Rook"][0].startswith("head")
    assert aff["Grace Mbeki"] == (None, "United Nations High Commissioner for Refugees")
    assert aff["Linda Olsen"] == ("spokesperson", "United Nations Children's Fund")
    assert aff["Ylva Johns"] == ("Commissioner", "European Commission")


def test_media_occupations_unit_owners_and_plain_nouns():
    ex = _ex(
        "Forum Ends\n\nThe panel was moderated by BBC journalist Zeinab Bakr, and keynote speaker Professor "
        'Helen Marsh of the University of Oxford presented findings. "Fees must go," said Dr. Rafael Ortiz, '
        "head of WHO's migration health unit.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Zeinab Bakr"] == ("journalist", "British Broadcasting Corporation")
    assert aff["Helen Marsh"] == ("Professor", "University of Oxford")
    assert aff["Rafael Ortiz"] == ("head", "World Health Organization")


def test_names_joined_by_and_co_chairs_and_panel_lists():
    ex = _ex(
        "Dialogue Held in Manila\n\nJane Kim and Rahul Mehta co-chaired the meeting. The panel featured "
        "Alicia Brown of the ILO, Tomas Novak and Wei Zhang. The Ministry of Health and Social Welfare "
        "attended. The meeting thanked Ambassador Carl Jensen for hosting the reception.\n"
    )
    speakers = {s.person for s in ex.speeches}
    assert speakers == {"Jane Kim", "Rahul Mehta", "Alicia Brown", "Tomas Novak", "Wei Zhang"}


def test_offices_red_cross_societies_and_appositive_coordination():
    ex = _ex(
        'Review Held\n\n"Smugglers adapt quickly," said John Roe, Senior Programme Officer at UNODC\'s '
        "Regional Office for Central Asia. Maria Costa, President of the Italian Red Cross, and Luis "
        "Ortega, Secretary-General of the Spanish Red Cross, also spoke. Also speaking was Ambassador "
        "Ingrid Holm.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["John Roe"] == ("Senior Programme Officer", "United Nations Office on Drugs and Crime")
    assert aff["Maria Costa"] == ("President", "Italian Red Cross")
    assert {s.person for s in ex.speeches} == {"John Roe", "Maria Costa", "Luis Ortega", "Ingrid Holm"}


def test_title_heading_a_named_office():
    ex = _ex(
        "Conference\n\nThe conference was organised by the Office of the OSCE Representative on Freedom of "
        "the Media. The Representative on Freedom of the Media, Ivo Kern, warned that attacks rose.\n"
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Ivo Kern"] == (
        "Representative on Freedom of the Media",
        "Office of the OSCE Representative on Freedom of the Media",
    )


def test_programme_labels_introduce_speakers():
    ex = _ex(
        "Panel Announced for Forum\n\nThe forum will take place on 3 May.\n\nModerator: Jane Doe (BBC)\n\n"
        "Panellists: Ali Khan, Director, IOM Pakistan; Mia Lund, UNHCR\n\n"
        "Venue: Hotel Grand, Room Ana Maria\n"
    )
    assert {s.person for s in ex.speeches} == {"Jane Doe", "Ali Khan", "Mia Lund"}


def _speakers_of(body: str) -> dict[str, tuple]:
    import tempfile
    from pathlib import Path

    from kg.extract import extract
    from kg.read import read_release
    from kg.segment import segment

    path = Path(tempfile.mkdtemp()) / "x.txt"
    path.write_text("A headline for the test\n\n" + body + "\n")
    ex = extract(segment(read_release(path)[0]))
    out = {}
    for a in ex.affiliations:
        org = ex.organisation(a.organisation)
        out[a.person] = (a.role, org.name if org else a.organisation)
    for s in ex.speeches:
        out.setdefault(s.person, (None, None))
    return out


def test_title_before_short_honorific_stays_with_the_name():
    got = _speakers_of(
        "Opening the forum, Malawi's Deputy Minister of Labour, Hon. Grace Phiri, said that jobs mattered."
    )
    assert got["Grace Phiri"] == ("Deputy Minister of Labour", "Government of Malawi")


def test_of_appositive_before_a_less_common_speech_verb():
    got = _speakers_of(
        "The talks were hosted by the Lakeside Fishers Association. Peter Mbewe of the Lakeside Fishers "
        "Association described how catches had fallen."
    )
    assert got["Peter Mbewe"][1] == "Lakeside Fishers Association"


def test_deputy_speaking_on_behalf_of_a_titled_official():
    got = _speakers_of(
        "The Office for Democratic Institutions and Human Rights (ODIHR) held the meeting. Speaking on "
        "behalf of ODIHR Director Maria Lund, Deputy Director Tomas Berg said that reporting had improved."
    )
    assert got["Tomas Berg"] == ("Deputy Director", "Office for Democratic Institutions and Human Rights")
    assert "Maria Lund" not in got  # the official spoken for is not a speaker


def test_minister_ties_to_the_ministry_of_the_portfolio():
    got = _speakers_of(
        "The accord was signed at the Ministry of Water and Sanitation in Lusaka. Deputy Minister of Water "
        "Ruth Zulu said the wells would be finished by June."
    )
    assert got["Ruth Zulu"] == ("Deputy Minister of Water", "Ministry of Water and Sanitation")


def test_bare_minister_ties_to_the_only_ministry_else_nothing():
    got = _speakers_of(
        "The Federal Ministry of Transport (BMV) hosted the forum in Bonn. In her speech, Federal Minister "
        "Dr Anna Keller stressed that roads must be safe."
    )
    assert got["Anna Keller"] == ("Federal Minister", "Federal Ministry of Transport")
    got = _speakers_of("In her speech, Minister Anna Keller stressed that roads must be safe.")
    assert got["Anna Keller"] == ("Minister", None)


def test_non_government_title_gets_no_government():
    got = _speakers_of(
        "The Government of Chile hosted the meeting. Programme Director Luis Soto said data were lacking."
    )
    assert got["Luis Soto"] == ("Programme Director", None)


def test_possessive_owner_of_a_title_is_an_organisation_unless_a_surname():
    got = _speakers_of(
        "The Sahaya collective trains returnees. Sahaya's coordinator, Mina Rai, urged the state to act."
    )
    assert got["Mina Rai"] == ("coordinator", "Sahaya")
    got = _speakers_of(
        "Director Peter Okafor opened the day. Okafor's adviser, Lena Brandt, said more data were needed."
    )
    assert got["Lena Brandt"][1] is None


def test_board_titles_belong_to_the_release_s_main_organisation():
    body = (
        "The Harbour Light Foundation today announced grants. The Harbour Light Foundation was founded in "
        '1990.\n\n"We back local groups," said Dr. Ellen Marsh, Chair of the Board of Trustees.'
    )
    assert _speakers_of(body)["Ellen Marsh"] == ("Chair of the Board of Trustees", "Harbour Light Foundation")
    got = _speakers_of('"We back local groups," said Dr. Ellen Marsh, Chair of the Board of Trustees.')
    assert got["Ellen Marsh"][1] is None


def test_surname_that_is_a_country_name():
    got = _speakers_of("Rosa Panama, of the Andean Workers Network, said wages had fallen.")
    assert "Rosa Panama" in got
    got = _speakers_of("Visit Jordan, the home of Petra, officials said. Across Mexico, officials said so.")
    assert not got


def test_government_title_goes_to_the_host_government_among_several():
    body = (
        "DHAKA - The Government of Bangladesh and the Government of Norway signed a deal on safety in "
        "Bangladesh. Bangladesh will add inspectors. Labour Secretary Rafiq Ahmed said the plan was ready."
    )
    assert _speakers_of(body)["Rafiq Ahmed"] == ("Labour Secretary", "Government of Bangladesh")
    body = (
        "The Government of Chile and the Government of Peru met. Foreign Minister Ana Ruiz said it went well."
    )
    assert _speakers_of(body)["Ana Ruiz"] == ("Foreign Minister", None)


def test_words_before_a_forum_name_are_no_person():
    body = (
        "The plan goes to the Coral Islands Forum Leaders' Meeting in May. Delegates from the Marshall "
        "Islands also shared their views."
    )
    assert "Coral Islands" not in _speakers_of(body)


def test_possessive_pronoun_is_no_part_of_a_role():
    got = _speakers_of("The clinic opened today. Its director, Dr. Hana Sato, said it would serve everyone.")
    assert got["Hana Sato"][0] == "director"


def test_unknown_named_body_before_a_title_and_parenthesised_coordination():
    got = _speakers_of("Kibo Foundation Executive Director Jane Mrema said funds were short.")
    assert got["Jane Mrema"] == ("Executive Director", "Kibo Foundation")
    got = _speakers_of("Steering Committee Chair Jane Mrema said funds were short.")
    assert got["Jane Mrema"][1] is None  # an unnamed committee is no organisation
    got = _speakers_of("Jane Mrema (WHO) and Tom Berg (UNICEF) presented the findings.")
    assert got["Jane Mrema"][1] == "World Health Organization"
    assert got["Tom Berg"][1] == "United Nations Children's Fund"


def test_title_with_a_lowercase_complement_before_the_name():
    got = _speakers_of("The UN Special Rapporteur on the right to food, Ana Lima, said hunger was rising.")
    assert got["Ana Lima"] == ("Special Rapporteur on the right to food", "United Nations")
    got = _speakers_of("Speaking about the need for safe migration, Ana Lima said hunger was rising.")
    assert got["Ana Lima"] == (None, None)


def test_region_joined_by_and_the_stays_in_the_role():
    got = _speakers_of("Ana Lima, Regional Director for Asia and the Pacific at UNFPA, said it worked.")
    assert got["Ana Lima"] == ("Regional Director for Asia and the Pacific", "United Nations Population Fund")


def test_two_speakers_sharing_a_surname_keep_their_own_affiliations():
    ex = extract(
        segment(
            Release(
                id="t",
                source="t",
                text="Dhaka dialogue\n\nDHAKA, 3 May 2022 - A dialogue was held in Dhaka today.\n\n"
                "Sohel Karim, Director of the Bengal Migrants Forum, said the law was weak. "
                "Nasrin Karim said "
                "the data were poor.\n\nTanvir Hossain, Head of Research at Padma Valley University, spoke. "
                "Rumana Hossain, Senior Adviser at the Delta Workers Trust, also spoke. Hossain added that "
                "wages must rise.\n",
            )
        )
    )
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Sohel Karim"] == ("Director", "Bengal Migrants Forum")
    assert "Nasrin Karim" not in aff
    assert aff["Tanvir Hossain"] == ("Head of Research", "Padma Valley University")
    assert aff["Rumana Hossain"] == ("Senior Adviser", "Delta Workers Trust")


def test_named_things_and_about_headings_are_no_speakers():
    ex = extract(
        segment(
            Release(
                id="t",
                source="t",
                text="Launch in Nairobi\n\nNAIROBI, 9 September 2023 - A compact was launched today.\n\n"
                "Mary Wambui said the East Africa Mobility Framework said little about wages.\n\n"
                "About Jirani Connect\nJirani Connect is a Kenyan charity. It said it works with migrants.\n",
            )
        )
    )
    assert {s.person for s in ex.speeches} == {"Mary Wambui"}


def test_a_nationality_before_a_calling_is_no_government():
    lead = "Workshop\n\nLUSAKA, 14 November 2022 - A workshop was held.\n\n"
    ex = extract(
        segment(Release(id="t", source="t", text=lead + "Peter Otieno, a Kenyan lawyer, said it.\n"))
    )
    assert not ex.organisations
    assert [(a.role, a.organisation) for a in ex.affiliations] == [("lawyer", None)]
    ex = extract(
        segment(Release(id="t", source="t", text=lead + "Kenyan Minister of Labour Peter Otieno said it.\n"))
    )
    assert [a.organisation for a in ex.affiliations] == ["Government of Kenya"]


def test_a_title_naming_its_ministry_beats_a_guessed_government():
    text = (
        "Workshop\n\nLUSAKA, 14 November 2022 - Government officials met in Lusaka.\n\nOpening the workshop, "
        "Chanda Mwale, Permanent Secretary in the Ministry of Community Development and Social Services, "
        "said that it matters.\n"
    )
    ex = extract(segment(Release(id="t", source="t", text=text)))
    aff = {a.person: (a.role, a.organisation) for a in ex.affiliations}
    assert aff["Chanda Mwale"] == (
        "Permanent Secretary",
        "Ministry of Community Development and Social Services",
    )
