"""Round 20a (speakers, roles): a speaker list written in blocks (name line, title line that may wrap onto
a second line, blank line) under a "The panel brought together:" heading. Invented sentences."""

from __future__ import annotations

from extracting import aff, run, speakers

BLOCKS = (
    "A panel on river ferries was held on 3 May.\n\n"
    "The panel brought together:\n\n"
    "Dr. Orla Brennick\n"
    "Permanent Representative of Lakeland to the Office for Inland\n"
    "Waters at Port Elara\n\n"
    "Mr. Tevita Malua\n"
    "Senior Researcher, Ferry Pilots' Institute\n\n"
    "The discussion closed with a reception. Dr. Brennick said ferries were safe."
)


def test_speaker_list_in_blocks_separated_by_blank_lines() -> None:
    ex = run(BLOCKS)
    assert {"Orla Brennick", "Tevita Malua"} <= speakers(ex)


def test_title_wrapping_onto_a_second_line_is_joined() -> None:
    ex = run(BLOCKS)
    assert aff(ex, "Orla Brennick") == ("Permanent Representative of Lakeland", "Office for Inland Waters")
    assert aff(ex, "Tevita Malua")[0] == "Senior Researcher"


ADDRESSING = (
    "Ministers met in Port Elara to discuss ferry safety.\n"
    "Also addressing the conference were:\n"
    "Orla Brennick, Deputy Minister of Transport\n"
    "Tevita Malua, Lakeport Ferry Pilots' Institute\n\n"
    "The meeting closed at noon."
)


def test_addressing_heading_opens_a_speaker_list() -> None:
    assert {"Orla Brennick", "Tevita Malua"} <= speakers(run(ADDRESSING))


def test_future_presentations_name_the_presenters() -> None:
    ex = run(
        "The course opens on Monday. Presentations will be made by Dr Orla Brennick, Adviser on Ferries at "
        "the Lakeport Institute, and by Ms Ana Lind of the Delta Ferry Support Team for the North."
    )
    assert {"Orla Brennick", "Ana Lind"} <= speakers(ex)
    assert "Support Team" not in speakers(ex)


LINES = (
    "Panellists:\n\n"
    "Ms. Rosa Tuyuc Lind\n"
    "Coordinator, Asociacion de Pescadores del Lago\n\n"
    "Ms. Ana Te Roa\n"
    "Barrister, Nairobi\n\n"
    "The discussion will be moderated by Mr. Jan Roe."
)


def test_name_run_on_into_the_title_line_is_cut_at_the_line() -> None:
    ex = run(LINES)
    assert "Ana Te Roa" in speakers(ex)
    assert aff(ex, "Ana Te Roa") == ("Barrister", None)


def test_title_then_unknown_body_on_a_title_line() -> None:
    ex = run(LINES)
    assert aff(ex, "Rosa Tuyuc Lind") == ("Coordinator", "Asociacion de Pescadores del Lago")


def test_also_speaking_on_a_day_opens_a_speaker_list() -> None:
    ex = run(
        "Also speaking on the first day were Dr. Ana Lind, Senior Specialist at the Lakeport Institute, "
        "and Jan Roe, President of the Ferry Pilots' Forum."
    )
    assert {"Ana Lind", "Jan Roe"} <= speakers(ex)


def test_the_hon_after_a_courtesy_senator_is_no_part_of_the_title() -> None:
    ex = run("The Minister of Fisheries, Senator the Hon. Ana Lind, said that the catch had grown.")
    assert aff(ex, "Ana Lind")[0] == "Minister of Fisheries"
    ex = run("Speaking at the launch, Senator the Hon. Jan Roe said that the catch had grown.")
    assert aff(ex, "Jan Roe")[0] == "Senator"


def test_minister_in_the_ministry_serves_the_release_ministry() -> None:
    ex = run(
        "The register was launched by the Ministry of Ferries and Harbours with funds from the Government "
        "of Canada.\n\nMinister of State in the Ministry, Senator the Hon. Ana Lind, said that the register "
        "would open in May."
    )
    assert aff(ex, "Ana Lind") == ("Minister of State in the Ministry", "Ministry of Ferries and Harbours")


def test_family_name_first_and_honorific_sex_pick_the_right_namesake() -> None:
    ex = run(
        "A delegation led by its Vice President, Mr. Pak Su-min, visited the ferry yards on Monday.\n\n"
        "Mr. Pak said he was struck by the speed of the work.\n\n"
        "The visit closed with a reception at which Ms. Ana Pak, the agency's Country Director, was present."
    )
    assert "Pak Su-min" in speakers(ex)
    assert "Ana Pak" not in speakers(ex)


def _quotes_by(ex, person: str) -> list[str]:
    return [q.text for q in ex.quotes if q.speaker == person]


def test_quote_then_title_and_honorific_name_in_apposition() -> None:
    ex = run(
        '"A boat that is checked every spring does not sink in the autumn," the Deputy Minister of '
        "Transport, Dr. Ana Lind, told participants in her opening address."
    )
    assert any(t.startswith("A boat that is checked") for t in _quotes_by(ex, "Ana Lind"))


def test_quote_left_open_mid_paragraph_runs_into_the_next() -> None:
    ex = run(
        "In a video message, Dr. Jan Roe, Director of the Lakeport Ferry Board, said the findings would "
        'guide the new plan. "We did not expect so many boats to fail at once. We must now act quickly.\n\n'
        '"The Board is ready to work with every partner on this," he added.'
    )
    assert any(t.startswith("We did not expect so many boats") for t in _quotes_by(ex, "Jan Roe"))


def test_quote_of_a_read_out_statement_goes_to_its_reader() -> None:
    ex = run(
        "A statement from the Prime Minister was read at the opening by Ms. Ana Lind, State Secretary at the "
        'Ministry of Ferries. "Every unsafe boat taken off the lake is a life saved," the statement said. '
        "Ms. Lind added that inspections had doubled."
    )
    assert "Ana Lind" in speakers(ex)
    assert any(t.startswith("Every unsafe boat") for t in _quotes_by(ex, "Ana Lind"))


def test_names_after_a_house_word_name_the_body_not_a_person() -> None:
    ex = run("Ana Lind, Director of Casa Amparo Luz, a shelter in Lakeport, described the children.")
    assert speakers(ex) == {"Ana Lind"}
