"""Round A28: speakers and their roles set off by dashes, titles before the name. Invented text only."""

from __future__ import annotations

from extracting import aff, run, speakers


def test_dashed_appositive_between_name_and_verb() -> None:
    ex = run(
        "Ms. Maren T. Olsby-Kray - Deputy Director of the Lakeport Coast Guard - "
        "told the opening session that 40 officers had finished the course."
    )
    assert "Maren T. Olsby-Kray" in speakers(ex)
    assert aff(ex, "Maren T. Olsby-Kray") == ("Deputy Director", "Lakeport Coast Guard")


def test_dashed_title_in_a_speaker_list() -> None:
    ex = run(
        "Speakers at the closing session included:\n\n"
        "- Dr. Orrin Vascombe - Executive Director, Lakeport Water Alliance;\n"
        "- Ms. Hedda Quill - Representative, Lakeport Health Fund.\n\n"
        "The session ended at noon."
    )
    assert {"Orrin Vascombe", "Hedda Quill"} <= speakers(ex)
    assert aff(ex, "Orrin Vascombe") == ("Executive Director", "Lakeport Water Alliance")


def test_body_introduced_by_its_trade() -> None:
    ex = run(
        "Amalia Turo, Head of Sustainability at the Nordic retailer Brenn & Colt, said the rules mattered."
    )
    assert aff(ex, "Amalia Turo") == ("Head of Sustainability", "Brenn & Colt")


def test_foreign_body_name_with_lowercase_a() -> None:
    ex = run("Amalia Turo, president of the returnees' association Vuelta a Lago, told the audience.")
    assert aff(ex, "Amalia Turo") == ("president", "Vuelta a Lago")


def test_topic_title_at_a_new_ministry() -> None:
    ex = run(
        "Amalia Turo, Director of Water Affairs at the Ministry in Charge of Rivers and Coastal Affairs, "
        "presented the first results of the survey."
    )
    assert aff(ex, "Amalia Turo") == (
        "Director of Water Affairs",
        "Ministry in Charge of Rivers and Coastal Affairs",
    )


def test_one_name_speaker_with_age_then_quoted() -> None:
    ex = run(
        "Among those who spoke was Talvina, 34, who came home in June after six years abroad. "
        '"I worked from dawn until midnight," she told participants.'
    )
    assert "Talvina" in speakers(ex)


def test_one_name_speaker_described_then_speech_verb() -> None:
    ex = run("Orvel, a 29-year-old tailor from the hills, told the forum how he opened his own workshop.")
    assert "Orvel" in speakers(ex)


def test_place_described_by_a_place_noun_is_no_speaker() -> None:
    ex = run(
        "Brannoch, a town of 20,000 people, hosts many returnees. "
        '"Life here is hard," she said, adding that work was scarce.'
    )
    assert "Brannoch" not in speakers(ex)


def test_ad_interim_title_before_speech_verb() -> None:
    ex = run("Aldo Brenn, Head of Office a.i., said the legal teams had assisted 1,300 workers.")
    assert "Aldo Brenn" in speakers(ex)


def test_run_of_titled_speakers_keeps_each_leading_title() -> None:
    ex = run(
        "The session was addressed by the LAKECO Commissioner for Trade and Gender, Dr. Ann Roe, "
        "the Minister "
        "of the Interior of Elaria, Hon. Bo Tran, who chaired the meeting."
    )
    assert aff(ex, "Ann Roe")[0] == "Commissioner for Trade and Gender"


def test_list_line_continued_on_an_indented_line() -> None:
    ex = run(
        "The panel included:\n"
        "- Ann Roe, Director, Lakeland Water Office\n"
        "- Bo Tran, Head of Operations, Delegation of the Lakeland\n"
        "  Council to Elaria\n\n"
        "The panel met for two hours."
    )
    assert aff(ex, "Bo Tran") == ("Head of Operations", "Delegation of the Lakeland Council to Elaria")


def test_title_at_a_body_whose_name_reads_as_a_title() -> None:
    ex = run("First Secretary at the Lakeland High Commission, Ms. Ann Roe, added that the model would grow.")
    assert aff(ex, "Ann Roe")[0] == "First Secretary"


def test_title_of_a_new_committee_splits_into_role_and_body() -> None:
    ex = run(
        "The Chair of the Standing Committee of the Lakeland Water Council, Ambassador Ann Roe, "
        "presented a summary of the talks."
    )
    assert aff(ex, "Ann Roe") == ("Chair", "Standing Committee of the Lakeland Water Council")


def test_one_word_portfolio_is_no_body() -> None:
    ex = run("The Commissioner of Police, Mr. Bo Tran, said patrols would double.")
    assert aff(ex, "Bo Tran")[1] != "Police"


def test_contact_paragraph_opened_by_enquiries_lead() -> None:
    ex = run(
        "The workshop closed on Friday.\n\n"
        "For further enquiries, please contact:\n"
        "Mrs. Ann Roe\n"
        "Head, Public Relations Unit, Lakeland Water Agency\n"
        "Tel: 0803 123 4567\n"
        "E-mail: ann.roe@lakewater.example.org\n"
    )
    assert [c.name.removeprefix("Mrs. ") for c in ex.contacts] == ["Ann Roe"]


def test_press_office_label_paragraph() -> None:
    ex = run(
        "The union will meet again in May.\n\n"
        "Press office: Bo Tran, Lakeland Farmworkers Union\n"
        "tel. +39 0881 72 45 10 - email: press@lfu.example.org\n"
    )
    assert [c.name for c in ex.contacts] == ["Bo Tran"]


def test_represented_holds_no_speech_verb() -> None:
    ex = run(
        "The Minister of Water, H.E. Ann Roe, was unable to attend and was represented by the Ministry's "
        "Secretary General, Mr. Bo Tran, who said that 14 wells had been dug."
    )
    assert "Ann Roe" not in speakers(ex)
    assert "Bo Tran" in speakers(ex)


def test_presenting_certificates_is_no_speech() -> None:
    ex = run(
        "The Commissioner for Water, Mr. Bo Tran, attended the closing session and presented certificates "
        "to the participants."
    )
    assert "Bo Tran" not in speakers(ex)


def test_closing_the_event_is_speaking() -> None:
    ex = run(
        "Dr. Ann Roe, Acting Representative of the Lakeland Water Fund, closed the event by calling for "
        "cleaner rivers."
    )
    assert "Ann Roe" in speakers(ex)


def test_opened_on_a_weekday_by_a_speaker() -> None:
    ex = run("The consultation will be opened on Thursday by Dr. Ann Roe, Minister of Water.")
    assert "Ann Roe" in speakers(ex)


def test_head_of_an_agency_field_centre() -> None:
    ex = run(
        "Ambassador Ann Roe, Head of the LWA Centre in Port Elara, underlined that victims need shelter."
    )
    assert aff(ex, "Ann Roe") == ("Head", "LWA Centre in Port Elara")


def test_national_centre_keeps_no_place() -> None:
    ex = run("Mr. Bo Tran, Director of the National Water Centre in Port Elara, said the wells were ready.")
    assert aff(ex, "Bo Tran")[1] != "National Water Centre in Port Elara"


def test_who_leads_a_body_introduced_by_its_kind() -> None:
    ex = run(
        "Mira Tolvanen, who leads the Lakeport-based public foundation Vesi-Koti, said that the wells were "
        "finished."
    )
    assert aff(ex, "Mira Tolvanen") == (None, "Vesi-Koti")


def test_who_now_chairs_a_named_network() -> None:
    ex = run(
        "A former farm worker, Ann Roe, who now chairs the returnee network Dhunganet, described the "
        "support she received."
    )
    assert aff(ex, "Ann Roe")[1] == "Dhunganet"


def test_two_word_body_after_its_kind_is_no_person() -> None:
    ex = run("Ann Roe, who now chairs the returnee network Vuelta Lago, described the support she received.")
    assert speakers(ex) == {"Ann Roe"}
    assert aff(ex, "Ann Roe")[1] == "Vuelta Lago"


def test_donor_government_is_not_a_hyphenated_host_countrys() -> None:
    ex = run(
        "The project in Guinea-Bissau is funded by the Government of Japan. "
        "The Secretary of State for Water, Mr. Bo Tran, said the wells would open in May.",
        lead="Wells handed over\n\nBissau - ",
    )
    assert aff(ex, "Bo Tran")[1] != "Government of Japan"


def test_report_author_has_a_role() -> None:
    ex = run("Presenting the study, its lead author, Dr. Ann Roe, explained that most wells were dry.")
    assert aff(ex, "Ann Roe")[0] is not None and "author" in aff(ex, "Ann Roe")[0]
