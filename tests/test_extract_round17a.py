"""Round 17a (speakers, roles, quotes): speaker lists printed one person a line, long titles before a
quote's speaker, "That was X" after a quote, the employer after "a journalist with", and an unnamed
speaker's home town. Invented sentences."""

from __future__ import annotations

from extracting import aff, org_names, run, speakers


def _quotes(ex) -> dict[str, str]:
    return {q.text: q.speaker for q in ex.quotes}


def test_speaker_list_with_titles_on_the_next_line() -> None:
    ex = run(
        "A workshop on river basins opened today in Port Elara.\n"
        "Speakers at the opening session included:\n"
        "Mr. Tomas Varnell\n"
        "Deputy Minister of Water Affairs\n"
        "Dr. Ines Obanya\n"
        "Chairperson, Lakeport Association of Women Farmers\n\n"
        "The workshop closes on Friday.\n"
    )
    assert {"Tomas Varnell", "Ines Obanya"} <= speakers(ex)
    assert aff(ex, "Ines Obanya") == ("Chairperson", "Lakeport Association of Women Farmers")
    assert aff(ex, "Tomas Varnell")[0] == "Deputy Minister of Water Affairs"


def test_speaker_list_with_titles_on_the_same_line_and_a_labelled_moderator() -> None:
    ex = run(
        "A consultation on coastal fisheries will open on Monday.\n\n"
        "Opening speakers:\n\n"
        "Ms. Rana Ostberg, Chairperson, Lakeport Association of Net Makers\n"
        "Mr. Jules Amani-Ferro, Head of Fisheries, Lakeport Maritime Council\n\n"
        "Moderator of the second panel: Dr. Ode Baraka, Lakeport Polytechnic University\n\n"
        "Journalists must register by Friday.\n"
    )
    assert {"Rana Ostberg", "Jules Amani-Ferro", "Ode Baraka"} <= speakers(ex)
    assert aff(ex, "Rana Ostberg") == ("Chairperson", "Lakeport Association of Net Makers")
    assert aff(ex, "Ode Baraka")[1] == "Lakeport Polytechnic University"


def test_list_heading_without_speaker_word_lists_nobody() -> None:
    ex = run(
        "A workshop on river basins opened today in Port Elara.\n"
        "Participants came from:\n"
        "Lakeport Valley Trust\n"
        "Northern Hills Union\n"
    )
    assert speakers(ex) == set()


def test_long_title_with_honorific_before_a_quotes_speaker() -> None:
    ex = run(
        '"Our consulates were built for trade. Today they must also protect workers," Vice Minister of '
        "Labour and Welfare Ms. Anja Morell Tavares told the participants.\n\n"
        '"Every guard is the first official a refugee meets at the border," Lakeport Aid\'s Representative '
        "in Elaria, Petra Ulvang-Moss, told the officers."
    )
    q = _quotes(ex)
    assert q.get("Our consulates were built for trade. Today they must also protect workers") == (
        "Anja Morell Tavares"
    )
    assert q.get("Every guard is the first official a refugee meets at the border") == "Petra Ulvang-Moss"


def test_that_was_names_the_speaker_of_the_quote_before() -> None:
    ex = run(
        "Panellists discussed the rights of seasonal workers.\n\n"
        '"We are still treated as guests when it suits the farms and as strangers when we ask for pay."\n\n'
        "That was Mirela Santos-Obi, President of the Seasonal Workers Federation, who picked fruit for "
        "twelve years."
    )
    assert "Mirela Santos-Obi" in speakers(ex)
    assert set(_quotes(ex).values()) == {"Mirela Santos-Obi"}


def test_employer_after_a_calling_is_an_organisation() -> None:
    ex = run(
        "The debate was moderated by Mara Quist, a journalist with Radio Lakeport Nord. Mr. Tomas Varn, a "
        "lawyer with Maison d'Accueil Lakeport, presented a study on street children."
    )
    assert speakers(ex) == {"Mara Quist", "Tomas Varn"}
    assert aff(ex, "Mara Quist") == ("journalist", "Radio Lakeport Nord")
    assert aff(ex, "Tomas Varn") == ("lawyer", "Maison d'Accueil Lakeport")
    assert {"Radio Lakeport Nord", "Maison d'Accueil Lakeport"} <= org_names(ex)


def test_meeting_with_a_person_makes_no_employer() -> None:
    ex = run("Ms. Ana Ruiz held a meeting with Jorge Pellam Soto on Monday and said the talks went well.")
    assert "Jorge Pellam Soto" not in org_names(ex)


def test_unnamed_speakers_home_town_is_no_speaker() -> None:
    ex = run(
        "Ms. Ana Ruiz opened the meeting. A ward councillor from North Kelso, who asked not to be named, "
        'told the meeting: "Our roads flood every year and nobody comes to count us."'
    )
    assert "North Kelso" not in speakers(ex)
    assert ex.quotes == [] or all(q.speaker != "North Kelso" for q in ex.quotes)
    assert not any(q.text.startswith("Our roads flood") for q in ex.quotes)


def test_organisation_described_after_of_is_the_speakers() -> None:
    ex = run(
        "Mr. Oren Bakshi of Sahara Mitra, a Lakeport-based organization that runs shelters, presented case "
        "studies of twelve families."
    )
    assert "Oren Bakshi" in speakers(ex)
    assert aff(ex, "Oren Bakshi") == (None, "Sahara Mitra")


def test_speaking_for_an_organisation_before_a_title_with_of() -> None:
    ex = run(
        "The Lakeport Water Trust (LWT) opened a new office. Speaking for LWT, Chief of Mission "
        "Ana Pellegrini said the first wells would be dug in May."
    )
    assert aff(ex, "Ana Pellegrini") == ("Chief of Mission", "Lakeport Water Trust")


def test_represented_by_across_an_as_aside() -> None:
    ex = run(
        "Delegations from twelve states attended. Portugal, as co-chair, was represented by Deputy State "
        "Secretary Tomas Varnell, who recalled that the process had begun in 1993."
    )
    assert "Tomas Varnell" in speakers(ex)
    assert aff(ex, "Tomas Varnell") == ("Deputy State Secretary", "Government of Portugal")


def test_name_after_a_court_of_justice_and_is_listed() -> None:
    ex = run(
        "Other speakers included Judge Milan Oster of the High Court of Appeal and Vera Lindqvist, "
        "coordinator of the national shelter network."
    )
    assert {"Milan Oster", "Vera Lindqvist"} <= speakers(ex)


def test_department_for_topic_and_topic_makes_no_person() -> None:
    ex = run(
        "The Principal Secretary, State Department for Water Supply and Rural Sanitation, Mr. Tomas Varnell, "
        "told Members that the funds had been released."
    )
    assert speakers(ex) == {"Tomas Varnell"}
    assert aff(ex, "Tomas Varnell")[0] is not None


def test_the_title_after_an_opening_clause_takes_the_quote() -> None:
    ex = run(
        "Minister of Coastal Affairs Ana Pellegrini opened the meeting.\n\n"
        'Speaking ahead of the vote, the Minister warned that the island "cannot be both the rescuer and the '
        'only harbour" and asked for help.'
    )
    assert {q.speaker for q in ex.quotes} == {"Ana Pellegrini"}


def test_a_representative_is_no_role() -> None:
    ex = run("A representative of the Lakeport Water Trust, Mr. Tomas Varnell, read out a message.")
    assert "Tomas Varnell" in speakers(ex)
    assert aff(ex, "Tomas Varnell")[0] is None


def test_according_to_stays_out_of_the_title() -> None:
    ex = run("According to Regional Director Ana Pellegrini, the wells will be ready in May.")
    assert aff(ex, "Ana Pellegrini") == ("Regional Director", None)


def test_double_title_stays_out_of_the_name() -> None:
    ex = run("Deputy Minister and Chief Negotiator Tomas Varnell said the talks would resume in June.")
    assert speakers(ex) == {"Tomas Varnell"}
    assert aff(ex, "Tomas Varnell")[0] == "Deputy Minister and Chief Negotiator"


def test_quote_before_a_title_and_its_named_appositive() -> None:
    ex = run(
        '"The wells will be ready in May and the pumps will follow in June," the Regional Director of the '
        "Lakeport Water Trust, Ana Pellegrini, said."
    )
    assert {q.speaker for q in ex.quotes} == {"Ana Pellegrini"}


def test_reader_of_someone_elses_message_speaks() -> None:
    ex = run("The Secretary-General's message was read by his deputy, Ms. Ana Pellegrini.")
    assert speakers(ex) == {"Ana Pellegrini"}
    ex = run("Ms. Ana Pellegrini, Director of the Lakeport Water Trust, read out the Minister's message.")
    assert speakers(ex) == {"Ana Pellegrini"}
    ex = run("The report was read by Ms. Ana Pellegrini on the radio.")
    assert speakers(ex) == set()


def test_colon_before_a_quote_ends_the_appositive() -> None:
    ex = run('Ana Pellegrini, Director of the Lakeport Water Trust: "We will not stop until all are in."')
    assert aff(ex, "Ana Pellegrini") == ("Director", "Lakeport Water Trust")


def test_first_clause_then_addressed_makes_both_speakers() -> None:
    ex = run(
        "Lakeport Water Trust Director Ana Pellegrini and UNICEF Representative Tomas Varnell signed the "
        "agreement and addressed the press."
    )
    assert speakers(ex) == {"Ana Pellegrini", "Tomas Varnell"}


def test_quote_signed_after_a_dash() -> None:
    ex = run('"We will not stop until all are in school." – Ana Pellegrini, Director, Lakeport Water Trust')
    assert {q.speaker for q in ex.quotes} == {"Ana Pellegrini"}
    assert aff(ex, "Ana Pellegrini") == ("Director", "Lakeport Water Trust")


def test_one_of_the_trainers_from_names_the_organisation() -> None:
    ex = run(
        "Ana Pellegrini, one of the course trainers from the Lakeport Midwives Association, explained that "
        "the course was full."
    )
    assert aff(ex, "Ana Pellegrini") == (None, "Lakeport Midwives Association")
    ex = run("Ana Pellegrini, one of the speakers, said the course was full.")
    assert aff(ex, "Ana Pellegrini") == (None, None)
