"""Round 19a (speakers, roles): a list heading closing a paragraph, a country closing a list line, a
lowercase calling on a list line, a name inside a body's name, a second "by", a standing body "chaired by",
a passive verb after a line break, a portfolio word closing a title. Invented sentences."""

from __future__ import annotations

from extracting import aff, org_names, run, speakers

PANEL = (
    "A round table on river transport follows at 14.00. Panellists:\n\n"
    "Orla Brennick, Head of Navigation Department, Office for Inland Waters, Norway;\n"
    "Tevita Malua, ferry pilot and former deckhand, Fiji;\n"
    "Sandor Kelemen, Director, Delta - Union of Small Boat Owners, Hungary.\n\n"
    "The round table will be followed by a reception."
)


def test_heading_closing_a_paragraph_opens_a_speaker_list() -> None:
    ex = run(PANEL)
    assert {"Orla Brennick", "Tevita Malua", "Sandor Kelemen"} <= speakers(ex)


def test_lowercase_calling_on_a_list_line_is_the_role() -> None:
    ex = run(PANEL)
    assert aff(ex, "Tevita Malua") == ("ferry pilot and former deckhand", None)


def test_country_closing_a_list_line_is_no_government() -> None:
    ex = run(PANEL)
    role, org = aff(ex, "Sandor Kelemen")
    assert role == "Director"
    assert org is not None and "Small Boat Owners" in org
    assert "Government of Hungary" not in org_names(ex)


def test_name_inside_an_organisation_name_is_no_speaker() -> None:
    ex = run(
        "The conference opens on Monday.\n\nSpeakers will include:\n\n"
        "- Ruth Alder, Deputy Secretary General, Council of Lakeport;\n"
        "- Dr Ilse Varga, Chair, European Sami Nurses' Network;\n"
        "- Tomas Ekdal, Director of Water, Council of Lakeport.\n\n"
        "The conference is financed by Finland."
    )
    assert "Sami Nurses" not in speakers(ex)
    assert "Ilse Varga" in speakers(ex)


def test_name_after_a_second_by_is_no_speaker() -> None:
    ex = run(
        "The course was delivered by the Agency with instructors seconded by the Kenya Port Wardens. "
        "It is part of a project."
    )
    assert "Port Wardens" not in speakers(ex)


def test_chair_of_a_standing_body_is_no_speaker() -> None:
    ex = run(
        "A working group chaired by Professor Ansel Moravec of Lakeport University will draft the "
        "conclusions for the ministry."
    )
    assert "Ansel Moravec" not in speakers(ex)


def test_session_chaired_by_still_speaks() -> None:
    ex = run("The afternoon session was chaired by Professor Ansel Moravec of Lakeport University.")
    assert "Ansel Moravec" in speakers(ex)


def test_passive_verb_after_a_line_break_is_no_speech() -> None:
    ex = run(
        "Among those completing the course was Dalia Ferreira, a nurse from Port Elara, who was\n"
        "presented with a certificate on behalf of the group."
    )
    assert "Dalia Ferreira" not in speakers(ex)


def test_conditions_closes_a_title_and_is_no_name() -> None:
    ex = run(
        'The study, "Long Shifts: Working Conditions of Seasonal Pickers", was launched today. '
        '"Pickers need rest days," said Ana Ruiz, Director of the Agency\'s Conditions of Work Programme.'
    )
    assert "Working Conditions" not in speakers(ex)
    assert "Ana Ruiz" in speakers(ex)


def test_second_lowercase_description_after_the_employer() -> None:
    ex = run(
        "Speaking at the launch, Ines Calvo, a researcher with the Lakeport Fishers Forum and co-author of "
        "the study, noted that catches had fallen."
    )
    assert aff(ex, "Ines Calvo") == ("researcher", "Lakeport Fishers Forum")


def test_title_line_under_a_name_line_names_the_body() -> None:
    ex = run(
        "Speakers at the opening session also included:\n"
        "Ms. Lola Karimova\n"
        "Head of the Environmental Protection Committee of Lakeland\n"
        "Mr. Jo Roe\n"
        "Senior Researcher, Lakeport Institute of Geosciences\n\n"
        "The dialogue closes on Friday."
    )
    assert aff(ex, "Lola Karimova") == ("Head", "Environmental Protection Committee of Lakeland")
    assert not any(o.endswith(" Mr") for o in org_names(ex))


def test_media_kind_word_before_an_outlet_splits_the_role() -> None:
    ex = run(
        "A panel discussion on ferry safety will follow at 11.00.\n\n"
        "The panel will be moderated by Hanna Lisk, senior correspondent with the weekly Harbour Voice."
    )
    assert aff(ex, "Hanna Lisk") == ("senior correspondent", "Harbour Voice")
    assert speakers(ex) == {"Hanna Lisk"}
