"""Round 30a (speakers, their roles and organisations): "Trainers include ..." lists presenters; a staff
title before ", ACRONYM" or "at the <Name> Programme" gives up a body the organisation finder missed.
Invented sentences."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_trainers_include_lists_speakers() -> None:
    ex = run(
        "The course for border officers opened in Lakeport on Monday. Trainers include Inspector Mara Tolven "
        "of the Lakeport Police and Inspector Ravi Kestrel of the Harbour Legal Aid Centre.\n"
    )
    assert {"Mara Tolven", "Ravi Kestrel"} <= speakers(ex)


def test_staff_title_comma_acronym_is_the_body() -> None:
    ex = run(
        "Speakers at the panel were Lina Farrow, Secretary General, LKRA; and Omar Quell, President, "
        "Lakeport Chamber of Commerce.\n"
    )
    assert aff(ex, "Lina Farrow") == ("Secretary General", "LKRA")


def test_staff_title_at_a_named_programme_is_the_body() -> None:
    ex = run(
        "A panel on case management was moderated by Dr Tomas Ferrow, programme manager at the Clear "
        "Waters Programme.\n"
    )
    assert aff(ex, "Tomas Ferrow") == ("programme manager", "Clear Waters Programme")


def test_lowercase_title_of_a_glossed_body_with_place() -> None:
    ex = run(
        "The Rural Skills Network (RSN) Lakeport ran the survey. Ms. Dana Vorell, coordinator of the Rural "
        "Skills Network (RSN) Lakeport, said most workers had no contract.\n"
    )
    role, org = aff(ex, "Dana Vorell")
    assert role == "coordinator" and org and org.startswith("Rural Skills Network")


def test_lowercase_chair_of_an_association_keeps_the_body() -> None:
    ex = run(
        "Councillor Tom Brask, chair of the Lakeport Local Government Association, said councils needed "
        "more inspectors.\n"
    )
    assert aff(ex, "Tom Brask") == ("chair", "Lakeport Local Government Association")


def test_agency_owner_far_from_its_name_is_the_release_body() -> None:
    ex = run(
        "The Lakeland Refugee Agency (LRA) and the Ministry of Home Affairs opened a workshop on asylum. "
        "The LRA has trained officials in the region since 2001.\n\n"
        "Judges, police officers and lawyers from the five provinces took part in the sessions, which "
        "covered interviewing, country information, credibility and the drafting of rulings. "
        "Several participants said the training should be repeated every year for new staff and interpreters "
        "working at the border posts and in the reception centres of the capital.\n\n"
        "Mara Velt, the agency's Representative in Lakeland, welcomed the commitment.\n"
    )
    assert aff(ex, "Mara Velt") == ("Representative in Lakeland", "Lakeland Refugee Agency")


def test_office_owner_after_the_name() -> None:
    ex = run(
        "The Office of the Lakeland Ombudsman for Children (OLOC) co-organised the consultation. Speaking "
        "for the Ombudsman, Pia Stern, the Office's Representative in Port Elara, said the law was weak.\n"
    )
    assert aff(ex, "Pia Stern")[1] == "Office of the Lakeland Ombudsman for Children"


def test_committee_chaired_after_a_comma_is_no_speaking_turn() -> None:
    ex = run(
        "The ministry thanked the members of the national water advisory committee, chaired by Dr. Hana "
        "Torvik, who prepared the first draft.\n"
    )
    assert "Hana Torvik" not in speakers(ex)


def test_newspaper_and_presidency_names_are_no_speakers() -> None:
    ex = run(
        "The panel was moderated by Ms. Rina Solberg, a journalist with The Lakeport Observer. Lakeland, "
        "which holds the Pro Tempore Presidency of the Council, said it would host the next round.\n"
    )
    assert "Rina Solberg" in speakers(ex)
    assert not {"Lakeport Observer", "Pro Tempore Presidency"} & speakers(ex)


def test_foreign_university_name_is_no_speaker() -> None:
    ex = run(
        "The report was presented by Dr. Mei Tan, senior fellow at the Institute of Lake Studies (ILS), "
        "Universiti Tasik Lakeport, who said most children had no papers.\n"
    )
    assert "Mei Tan" in speakers(ex)
    assert not any(s.startswith("Universiti") for s in speakers(ex))


def test_the_one_thanked_is_no_speaker() -> None:
    ex = run(
        "The network thanked Ms Ada Renn of the Lakeport Labour Office and all the women who shared their "
        "stories.\n"
    )
    assert "Ada Renn" not in speakers(ex)


def test_the_one_who_thanks_speaks() -> None:
    ex = run(
        "Professor Ivo Marsh, Director of the Lakeport Centre for Labour Studies, thanked the workers who "
        "agreed to be interviewed.\n"
    )
    assert "Ivo Marsh" in speakers(ex)


def test_brother_is_an_honorific() -> None:
    ex = run(
        "The training was opened by Mr Tomas Kell, General Secretary of the Lakeport Dockers' Union, who "
        "said returnees needed help. Brother Kell thanked the trainers.\n"
    )
    assert speakers(ex) == {"Tomas Kell"}


def test_walked_participants_through_is_a_presentation() -> None:
    ex = run(
        "Dr. Lena Oster of the Lakeport Health Board walked participants through the new guidelines, which "
        "set out how clinics should refer patients.\n"
    )
    assert "Lena Oster" in speakers(ex)


def test_generic_programme_after_at_is_no_body() -> None:
    ex = run("Dr. Ivo Lend, programme manager at the National Programme, said clinics were full.\n")
    assert aff(ex, "Ivo Lend")[1] is None


def test_name_before_and_a_titled_person_is_kept() -> None:
    ex = run(
        "The talks were co-chaired by Commissioner for Trade Ola Brenn and Minister Karl Vosse. Opening "
        'the meeting, Commissioner Brenn said: "We must act."\n'
    )
    assert {"Ola Brenn", "Karl Vosse"} <= speakers(ex)


def test_name_before_and_a_possessive_title_is_kept() -> None:
    ex = run(
        "The talks were co-chaired by Commissioner for Water and Home Affairs Ola Brenn and Lakeland's "
        "Minister of the Interior, Karl Vosse.\n"
    )
    assert {"Ola Brenn", "Karl Vosse"} <= speakers(ex)


def test_european_commissioner_sits_in_the_commission() -> None:
    ex = run("European Commissioner for Fisheries Ola Brenn said the quotas would be cut.\n")
    assert aff(ex, "Ola Brenn") == ("Commissioner for Fisheries", "European Commission")


ENQUIRIES = (
    "Professor Ivo Marsh, Director of the LRC, presented the survey.\n\n"
    "Enquiries:\nAda Renn\nLRC, Lakeport University\nTel: +44 20 7946 0101\nEmail: ada.renn@lakeport.ac.uk\n"
)


def test_enquiries_label_opens_a_contact_paragraph() -> None:
    ex = run("The Lakeport Research Centre (LRC) released a survey on clinics. " + ENQUIRIES)
    assert [c.name for c in ex.contacts] == ["Ada Renn"]


def test_acronym_on_the_next_line_is_no_part_of_a_name() -> None:
    ex = run("The Lakeport Research Centre (LRC) released a survey on clinics. " + ENQUIRIES)
    assert not any("Renn" in s for s in speakers(ex))


def test_words_glossed_by_their_acronym_are_no_person() -> None:
    ex = run(
        "Reverend Ana Lund of the Harbour Synod of the Church of Central Lakeland Presbyterian (CCLP) said "
        "local churches had begun to offer classrooms.\n"
    )
    assert speakers(ex) == {"Ana Lund"}


def test_sessions_led_by_a_named_person_list_a_presenter() -> None:
    ex = run(
        "Sessions will be led by trainers from the Lakeport Media Trust and by Ivo Marsh, editor of a "
        "local weekly.\n"
    )
    assert "Ivo Marsh" in speakers(ex)


def test_short_name_before_a_title_ends_the_body_name() -> None:
    ex = run(
        "The Lakeland Islands Forum Secretariat (LIFS) hosted the meeting. The Forum Secretary General, "
        "Mr. Ivo Marsh, told ministers that work abroad now brings in more money than fishing.\n"
    )
    assert aff(ex, "Ivo Marsh") == ("Secretary General", "Lakeland Islands Forum Secretariat")


def test_journalist_with_an_outlet_works_for_it() -> None:
    ex = run("The panel was moderated by Ms Rina Solberg, a journalist with Lakeinfo. She said no.\n")
    assert aff(ex, "Rina Solberg") == ("journalist", "Lakeinfo")
