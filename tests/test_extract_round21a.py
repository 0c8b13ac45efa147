"""Round 21a (speakers, quotes): a speaker list joined to the prose under it, and bare surnames as the
antecedent of a quote's pronoun. Invented sentences."""

from __future__ import annotations

from extracting import aff, run, speakers

LIST_THEN_PROSE = (
    "A ferry safety course opened in Port Elara on Monday for forty river pilots from every province.\n"
    "Speakers at the opening included:\n"
    "Orla Brennick\n"
    "Head of the Lakeland Ferry Authority\n"
    "Tevita Malua\n"
    "President, Terra Nova-Lakeland\n"
    "Brennick said the authority had received new inspection powers this year to\n"
    'board any vessel without notice. "A pilot is the last line of defence," she noted.'
)


def test_no_name_runs_across_a_hand_made_line_break() -> None:
    ex = run(LIST_THEN_PROSE)
    assert not any("Nova" in s for s in speakers(ex))
    assert {"Orla Brennick", "Tevita Malua"} <= speakers(ex)


def test_pronoun_goes_to_the_speaker_named_last_by_surname() -> None:
    ex = run(LIST_THEN_PROSE)
    assert {q.speaker for q in ex.quotes} == {"Orla Brennick"}


DELEGATION = (
    "Border officials of Lakeland and Norvia met in Port Elara on 3 May to plan joint river patrols.\n\n"
    "The Norwegian delegation was led by Deputy Minister of Counter Narcotics Tomas Brekke Lund, who called "
    "for monthly meetings between border commanders."
)


def test_portfolio_word_ends_the_title_before_the_name() -> None:
    ex = run(DELEGATION)
    assert "Tomas Brekke Lund" in speakers(ex)


def test_delegation_names_the_government_of_its_leader() -> None:
    ex = run(DELEGATION)
    assert aff(ex, "Tomas Brekke Lund") == ("Deputy Minister of Counter Narcotics", "Government of Norway")


UNITS = (
    "Customs chiefs from five countries met in Port Elara on 3 May to curb the trade in precursor chemicals. "
    '"Every drum we stop is a drum less on the market," said Ilse Marwood, Chief of UNESCO\'s Field '
    "Testing and Analysis Section.\n\n"
    "The meeting was co-chaired by Ms. Nadia Ferrant, Director of Norway's Anti-Smuggling Force. "
    "Ms. Ferrant said her country would share its seizure data."
)


def test_owner_s_named_unit_after_of_is_the_organisation() -> None:
    ex = run(UNITS)
    assert aff(ex, "Ilse Marwood") == ("Chief", "Field Testing and Analysis Section")
    assert aff(ex, "Nadia Ferrant") == ("Director", "Anti-Smuggling Force")


def test_anti_word_is_no_name() -> None:
    ex = run(UNITS)
    assert "Anti-Smuggling Force" not in speakers(ex)


def test_compass_named_place_is_no_speaker() -> None:
    ex = run(
        "A training for district officers opened in Port Elara on 3 May. It was hosted at the Lakeland "
        "School of Government, Upper Marovo, and facilitated by trainers from the Ferry Pilots' Institute."
    )
    assert "Upper Marovo" not in speakers(ex)


def test_presentations_heading_opens_a_speaker_list() -> None:
    ex = run(
        "A workshop on ferry licensing was held in Port Elara on 3 May.\n"
        "Presentations were made by:\n"
        "Orla Brennick\n"
        "Deputy Minister of Transport\n"
        "Tevita Malua\n"
        "Senior Researcher, Ferry Pilots' Institute\n\n"
        "The workshop closed at noon."
    )
    assert {"Orla Brennick", "Tevita Malua"} <= speakers(ex)


def test_further_information_obtained_from_names_a_contact() -> None:
    ex = run(
        "A workshop on ferry licensing was held in Port Elara on 3 May.\n\n"
        "Further information may be obtained from Orla Brennick, IOM Port Elara, Tel. +41 22 717 91 11, "
        "E-mail: obrennick@iom.int"
    )
    assert [(c.name, c.emails) for c in ex.contacts] == [("Orla Brennick", ["obrennick@iom.int"])]


def test_share_row_is_no_contact() -> None:
    ex = run(
        "A workshop on ferry licensing was held in Port Elara on 3 May.\n\n"
        "For more information, please contact:\nOrla Brennick, IOM Port Elara\nEmail: obrennick@iom.int\n\n"
        "Share   Facebook   Twitter   LinkedIn\n"
    )
    assert [c.name for c in ex.contacts] == ["Orla Brennick"]


def test_title_portfolio_names_the_release_s_body() -> None:
    ex = run(
        "The training was organized by IOM together with the Ministry of Fisheries and Coastal Security.\n\n"
        "Opening the course, the Principal Secretary for Fisheries and Coastal Security, Mr. Tevita Malua, "
        "said pilots needed new skills."
    )
    assert aff(ex, "Tevita Malua") == (
        "Principal Secretary for Fisheries and Coastal Security",
        "Ministry of Fisheries and Coastal Security",
    )


def test_title_before_an_appositive_gloss_of_its_body() -> None:
    ex = run(
        "Ferry inspectors from five countries met in Port Elara on 3 May.\n\n"
        "The Chair of FEPIC, the International Federation of Ferry Pilots' Inspection Committees, "
        "Tevita Malua, presented the federation's first safety review."
    )
    role, org = aff(ex, "Tevita Malua")
    assert role == "Chair"
    assert org is not None and "Federation of Ferry Pilots" in org


FAMILY_FIRST = (
    "Ferry unions of five countries met in Port Elara on 3 May.\n\n"
    "The meeting was chaired by Mr Tevita Malua. The owners' group was led by Ms Tan Mei Ling of the "
    "Lakeland Ferry Owners Association.\n\n"
    'In his opening address, the chair noted that fares had doubled. "Safety is not a cost," he said.\n\n'
    "Ms Tan added that owners were ready to train their crews."
)


def test_honorific_and_first_word_of_a_family_name_first_name() -> None:
    ex = run(FAMILY_FIRST)
    assert "Tan Mei Ling" in speakers(ex)


def test_he_after_a_quote_skips_a_woman_named_last() -> None:
    ex = run(FAMILY_FIRST)
    assert [q.speaker for q in ex.quotes] == ["Tevita Malua"]
