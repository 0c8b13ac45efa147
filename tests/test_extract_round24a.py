"""Round 24a (speakers' organisations and governments): a bare "the Government" in a release about one
country, diplomats from listed countries, a name the release holds whole before a title, an office's
portfolio in a title's slot. Invented sentences."""

from __future__ import annotations

from extracting import aff, org_names, run, speakers

ONE_COUNTRY = (
    "Labour inspectors met in Valparaiso to review the plan for migrant workers in Chile. "
    "The plan covers every region of Chile, and employers in Chile welcomed it.\n\n"
)


def test_bare_government_in_a_one_country_release() -> None:
    ex = run(ONE_COUNTRY + "Participants urged the Government to fund more labour inspectors.\n")
    assert "Government of Chile" in org_names(ex)


def test_bare_government_needs_one_country() -> None:
    ex = run(
        "Inspectors met to review migration in Chile and Peru. Peru and Chile share a border.\n\n"
        "Participants urged the Government to fund more labour inspectors.\n"
    )
    assert not {"Government of Chile", "Government of Peru"} & org_names(ex)


def test_government_before_a_title_word_is_no_bare_government() -> None:
    ex = run(ONE_COUNTRY + "The Government Statistician presented the census figures.\n")
    assert "Government of Chile" not in org_names(ex)


def test_bare_government_in_a_shouted_page_heading_is_boilerplate() -> None:
    ex = run(ONE_COUNTRY + "WHO WE AREThe Agency works closely with the Government and partners.\n")
    assert "Government of Chile" not in org_names(ex)


def test_diplomats_from_listed_countries_act_as_governments() -> None:
    ex = run("The seminar was attended by officials as well as diplomats from Norway, Chile and Peru.\n")
    assert {"Government of Norway", "Government of Chile", "Government of Peru"} <= org_names(ex)


def test_name_held_whole_before_the_title_is_the_organisation() -> None:
    ex = run(
        "The study was written at the Colegio de Lakeport University. Speakers included Colegio de Lakeport "
        "University researcher Dr. Ilse Varga, who said the data were new.\n"
    )
    assert aff(ex, "Ilse Varga")[1] == "Colegio de Lakeport University"
    assert "Lakeport University" not in org_names(ex)


def test_portfolio_before_a_country_is_no_organisation() -> None:
    ex = run("Contributions came from Tomas Rua, Director of Public Prosecutions of Chile, and others.\n")
    assert "Public Prosecutions of Chile" not in org_names(ex)


def test_portfolio_before_a_ministry_is_no_organisation() -> None:
    ex = run(
        "Dr. Nadia Lin, Director of Coastal Health, Ministry of Health of Chile, said clinics were ready.\n"
    )
    assert "Coastal Health" not in org_names(ex)
    assert "Ministry of Health of Chile" in org_names(ex)


def test_related_stories_heading_is_no_contact() -> None:
    ex = run(
        "The workshop closed on Friday.\n\nFor further information please contact Ilse Varga at the Agency, "
        "Email: ivarga@agency.org\nRelated Stories\nLakeport Opens New Centre\n"
    )
    assert {c.name for c in ex.contacts} == {"Ilse Varga"}


def test_building_in_the_contact_address_is_no_contact() -> None:
    ex = run(
        "The workshop closed on Friday.\n\nFor further information, please contact the Agency's Media Unit, "
        "Palais Rosier, Port Elara: tel. +41 22 555 0101, press@agency.org\n"
    )
    assert "Palais Rosier" not in {c.name for c in ex.contacts}


def test_head_of_a_named_project_works_for_the_project() -> None:
    ex = run(
        "Dr. Ilse Varga, paediatrician and head of the Lakeport Early Years Project, said it was full.\n"
    )
    assert aff(ex, "Ilse Varga") == ("paediatrician and head", "Lakeport Early Years Project")


def test_head_of_a_short_programme_keeps_the_title() -> None:
    ex = run("Dr. Ilse Varga, head of the National Programme, said clinics were full.\n")
    assert aff(ex, "Ilse Varga") == ("head of the National Programme", None)


WRAPPED = (
    "The meeting on river floods was held in Port Elara under the auspices of the\n"
    "Lakeport Water Council and hosted by the Elara Water Authority. It was supported\n"
    "by the Lakeport Fund through a regional project.\n"
)


def test_wrapped_quote_takes_the_speaker_on_the_next_line() -> None:
    ex = run(
        WRAPPED + '"A river that floods every year is a river we can plan for,"\n'
        "said Mr. Tomas Rua, Director General of Water of Elara, as he opened\nthe meeting.\n"
    )
    assert {(q.speaker, q.text) for q in ex.quotes} == {
        ("Tomas Rua", "A river that floods every year is a river we can plan for")
    }


def test_wrapped_quote_with_the_honorific_before_the_break() -> None:
    ex = run(
        WRAPPED + "Ms. Ilse Varga, Director of the Lakeport Water Council, told delegates that maps were\n"
        "ready for every district.\n"
        '"These are simple steps. Nothing here needs a new law," Ms.\n'
        "Varga added.\n"
    )
    assert ("Ilse Varga", "These are simple steps. Nothing here needs a new law") in {
        (q.speaker, q.text) for q in ex.quotes
    }


def test_two_honorific_names_joined_by_and_both_speak() -> None:
    ex = run(
        "The study's authors, Dr. Tomas Rua and Ms. Ilse Varga, also recommended that the two countries "
        "share their flood data.\n"
    )
    assert speakers(ex) == {"Tomas Rua", "Ilse Varga"}


def test_unit_of_the_ministry_named_before_belongs_to_that_ministry() -> None:
    ex = run(
        "The seminar was organised by the Ministry of Water Affairs of Chile.\n\n"
        "Colonel Tomas Rua, Deputy Head of the River Police Department of the Ministry, noted that "
        "patrols had doubled.\n"
    )
    assert aff(ex, "Tomas Rua") == (
        "Deputy Head of the River Police Department",
        "Ministry of Water Affairs of Chile",
    )
    assert "River Police Department of the Ministry" not in org_names(ex)


def test_named_club_before_a_city_is_the_speakers_body() -> None:
    ex = run("Ana Ruiz, 16, a member of the Harbour Reporters Club in Nairobi, said the stories mattered.\n")
    assert aff(ex, "Ana Ruiz") == ("member", "Harbour Reporters Club")


def test_office_before_a_city_stays_in_the_title() -> None:
    ex = run("Ana Ruiz, Head of the Country Office in Nairobi, said the stories mattered.\n")
    assert "Country Office" not in org_names(ex)
