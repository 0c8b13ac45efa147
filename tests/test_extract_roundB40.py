"""Round B40: organisations, sponsors and organisers (invented bodies, people and places)."""

from __future__ import annotations

from tests.extracting import org_names, roles, run


def test_a_launcher_whose_acronym_closes_an_and_the_name_stays_one_body() -> None:
    ex = run(
        "A study launched today by the Lakeland Council for River Safety and the Protection of Fish (LCRS) "
        "and the Harbour Institute for Water Studies (HIWS) finds that fishers lose income.\n\n"
        'Ann Berg is the LCRS Representative in Lakeland. "Fishers are not poor by accident," she told the '
        "audience at the report launch, held at a Port Elara hotel.\n\n"
        "The launch was attended by officials from the Department of Fisheries.\n",
        lead="Press release: New study finds river fishers lose income\n\nPort Elara — ",
    )
    whole = "Lakeland Council for River Safety and the Protection of Fish"
    assert {whole, "Harbour Institute for Water Studies"} == roles(ex, "organiser")
    assert "Protection of Fish" not in org_names(ex)


def test_a_nationality_adjective_before_a_topic_word_is_a_field_of_the_portfolio() -> None:
    ex = run(
        "The Ministry of Lakes, River Cooperation and Chilean Diaspora and the Harbour Institute (HI) "
        "signed on Tuesday a memorandum of understanding."
    )
    assert "Ministry of Lakes, River Cooperation and Chilean Diaspora" in org_names(ex)
    assert "Ministry of Lakes" not in org_names(ex)


def test_a_country_item_still_ends_the_portfolio() -> None:
    ex = run("The Ministry of Health, Chile and Peru signed a memorandum with the Harbour Institute.")
    assert "Ministry of Health" in org_names(ex)


def test_a_country_in_a_headline_joint_subject_with_an_acronym_is_a_government() -> None:
    ex = run(
        "Officials met in Port Elara today to review fishing quotas.",
        lead="Norway and LWA Sign Agreement on River Fishing\n\nPORT ELARA, 3 May 2022 - ",
    )
    assert "Government of Norway" in org_names(ex)


def test_an_acronym_then_a_country_sharing_a_verb_makes_the_country_act() -> None:
    ex = run("The LWA and Norway opened a workshop on river fishing in Port Elara today.")
    assert "Government of Norway" in org_names(ex)


def test_a_country_with_an_acronym_but_no_joint_verb_stays_a_place() -> None:
    ex = run("Fishers from Norway and LWA staff met in Port Elara today.")
    assert "Government of Norway" not in org_names(ex)


def test_with_a_body_as_host_names_an_organiser_past_an_apposition() -> None:
    ex = run(
        "The Regional Conference on River Safety, held from 3 to 5 May 2022, was organised by the Lakeland "
        "Fishers Network (LFN), a network of 40 local groups, with the Harbour Institute for Water Studies "
        "as host."
    )
    assert {"Lakeland Fishers Network", "Harbour Institute for Water Studies"} <= roles(ex, "organiser")


def test_a_body_named_after_its_kind_runs_to_a_closing_initiative() -> None:
    ex = run(
        "The forum heard from Ann Berg, a researcher with the Lakeport-based non-governmental organization "
        "River Futures Initiative, who presented findings."
    )
    assert "River Futures Initiative" in org_names(ex)
    assert "River Futures" not in org_names(ex)
