"""Round C41: a described event named by whom it is held with ("a meeting with harbour traders"), and a
progressive appeal that names its addressees before "for" ("is appealing to donors for")."""

from __future__ import annotations

from extracting import event_names, run


def test_meeting_with_a_group_is_named_by_the_group() -> None:
    ex = run(
        '"The wells are failing," Dana Ostrova, Director of the Lakeport Water Board, told a meeting with '
        "harbour traders in Port Elara on Monday.\n"
    )
    assert "meeting with harbour traders" in event_names(ex)


def test_with_tail_that_is_no_group_is_left_out() -> None:
    ex = run(
        "The Lakeport Water Board held a workshop with funding from the Elara Fund in Port Elara on Monday "
        "for forty well keepers.\n"
    )
    assert not any("with" in n for n in event_names(ex))


def test_appealing_to_donors_for_is_a_call() -> None:
    ex = run(
        "The Lakeport Water Board is appealing to donors for US$ 4 million to repair wells in the "
        "eastern districts.\n"
    )
    assert [r.text for r in ex.recommendations] == [
        "appealing to donors for US$ 4 million to repair wells in the eastern districts"
    ]


def test_panel_discussion_is_one_head_with_its_topic() -> None:
    ex = run(
        "The Lakeport Water Board held its annual forum in Port Elara on Monday. A panel discussion on "
        "rainwater storage in small towns was moderated by Dana Ostrova.\n"
    )
    assert "panel discussion on rainwater storage in small towns" in event_names(ex)


def test_apposition_after_a_named_events_acronym_describes_that_event() -> None:
    ex = run(
        "Water officials from five lake towns today ended the Lakeport Consultation on Well Safety (LCWS), "
        "a two-day regional meeting held in Port Elara.\n"
    )
    assert event_names(ex) == {"Lakeport Consultation on Well Safety"}


def test_body_that_sends_observers_is_no_event() -> None:
    ex = run(
        "Senior officials of the five lake towns met in Port Elara on Monday, together with observers from "
        "the Lakeport Water Board and the Elara Lakes Dialogue.\n"
    )
    assert "Elara Lakes Dialogue" not in event_names(ex)


def test_agreed_on_the_need_for_is_a_call() -> None:
    ex = run(
        "Delegates agreed on the need for clean water points in every harbour district and closed the "
        "meeting in Port Elara.\n"
    )
    assert any("clean water points in every harbour district" in r.text for r in ex.recommendations)


def test_topic_of_adopted_recommendations_is_no_call() -> None:
    ex = run(
        "The Lakeport Water Forum closed today in Port Elara with the adoption of ten recommendations on "
        "the safety of village wells.\n"
    )
    assert not any(r.text.startswith("the safety of village wells") for r in ex.recommendations)


def _by(text: str) -> list[str | None]:
    return [r.by for r in run(text).recommendations]


def test_the_network_calls_on_resolves_to_the_named_network() -> None:
    assert _by(
        "The Lakeport Wells Network (LWN) met village heads in Port Elara on Monday. Members of the LWN "
        "shared their survey of 300 wells.\n\n"
        "The network called on district councils to test every well before the rains.\n"
    ) == ["Lakeport Wells Network"]


def test_list_intro_with_the_commission_takes_the_releases_commission() -> None:
    ex = run(
        "The Elara Water Commission (EWC) presented its drought plan in Port Elara on Monday. The EWC "
        "said that wells in six districts were dry.\n\n"
        "The Commission appealed to donors to:\n\n"
        "1. fund forty new boreholes before the end of June;\n"
        "2. pay for water trucking to the eastern districts.\n"
    )
    assert {r.by for r in ex.recommendations} == {"Elara Water Commission"}


def test_fronted_purpose_clause_before_the_list_intro_subject() -> None:
    ex = run(
        "The Lakeport Water Board (LWB) met farmers in Port Elara on Monday.\n\n"
        "To keep the wells clean, the LWB recommends:\n\n"
        "  * covering every well with a lid;\n"
        "  * testing the water each month.\n"
    )
    assert {r.by for r in ex.recommendations} == {"Lakeport Water Board"}


def test_they_after_a_call_keeps_its_author() -> None:
    assert _by(
        "The Lakeport Water Board (LWB) and partners are appealing for US$ 2 million to repair wells in "
        "the eastern districts. They also call on councils to ensure that every village has a pump.\n"
    ) == ["Lakeport Water Board", "Lakeport Water Board"]


def test_the_minister_as_subject_of_a_call_is_the_minister_who_spoke() -> None:
    ex = run(
        '"The wells are failing," said Dana Ostrova, Minister of Water and Sanitation of the Lakeport Water '
        "Ministry.\n\nThe Minister called on donors to fund forty new boreholes before the rains.\n"
    )
    assert [(r.by, r.speaker) for r in ex.recommendations] == [("Lakeport Water Ministry", "Dana Ostrova")]


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in run(text).quotes]


def test_fragment_quoted_after_an_admission_goes_to_the_pronoun_speaker() -> None:
    assert _quotes(
        "Dr Dana Ostrova, Director of the Lakeport Water Board, told participants that every town had to "
        'test its wells. She admitted, however, that "rules on paper and practice at the well are still two '
        'different things". Tomas Venner presented the survey.\n'
    ) == [("Dana Ostrova", "rules on paper and practice at the well are still two different things")]


def test_fragment_after_a_leading_participle_and_a_title_goes_to_the_title_holder() -> None:
    assert _quotes(
        "Tomas Venner, Deputy Minister of Water of Elaria, opened the session in Port Elara. Delivering the "
        'keynote address on behalf of the Minister, the Deputy Minister said Elaria needed "a water law that '
        'protects farmers as firmly as it protects towns."\n'
    ) == [("Tomas Venner", "a water law that protects farmers as firmly as it protects towns")]


def test_unnamed_persons_quote_introduced_by_a_colon_gets_no_named_speaker() -> None:
    quotes = _quotes(
        '"Wells save lives," said Dana Ostrova, Director of the Lakeport Water Board.\n\n'
        "At the ceremony, a farmer who now keeps the village well told the audience: "
        '"I walked four hours for water. Today I walk four minutes." He asked that his name not be used.\n'
    )
    assert quotes == [("Dana Ostrova", "Wells save lives")]


def _locations(text: str) -> dict[str, str | None]:
    return {e.name: e.location for e in run(text).events}


def test_event_of_a_process_named_after_a_city_is_not_placed_in_that_city() -> None:
    locs = _locations(
        "Senior officials met in Valletta on 3 May 2022 for the 5th Lakeside Forum on Water Security. "
        "The forum was held back-to-back with the 2nd Meeting of the Nairobi Process Working Group on "
        "Wells.\n"
    )
    assert locs["2nd Meeting of the Nairobi Process Working Group on Wells"] == "Valletta"
