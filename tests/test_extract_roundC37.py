"""Round C37: imperative lists as calls, who commits in a list intro (invented sentences)."""

from __future__ import annotations

from extracting import run


def test_numbered_orders_under_any_colon_intro_are_calls() -> None:
    ex = run(
        "The Lakeport Water Agency today launched its river plan.\n\n"
        "The plan gives the Agency three tasks for the next year:\n"
        "1. Establish a flood warning desk in every district.\n"
        "2. Train wardens on the new river code.\n"
        "3. Publish the gauge readings every week.\n"
    )
    texts = [r.text for r in ex.recommendations]
    assert "Establish a flood warning desk in every district" in texts
    assert "Train wardens on the new river code" in texts
    assert "Publish the gauge readings every week" in texts


def test_a_howto_list_of_steps_is_no_call() -> None:
    ex = run(
        "The Lakeport Water Agency today opened its grant round.\n\n"
        "To apply for a grant:\n"
        "1. Visit the Agency's website.\n"
        "2. Fill in the form.\n"
        "3. Send it before 1 June.\n"
    )
    assert ex.recommendations == []


def test_a_list_of_findings_under_a_colon_is_no_call() -> None:
    ex = run(
        "The Lakeport Water Agency today released its river survey.\n\n"
        "The survey found three things:\n"
        "- Most gauges are older than twenty years.\n"
        "- Wardens lack boats.\n"
        "- Floods now come earlier in the year.\n"
    )
    assert ex.recommendations == []


def test_the_body_committed_by_a_plan_makes_its_actions() -> None:
    ex = run(
        "The Government of Iceland today adopted its first river plan for Iceland in Lakeport, the first of "
        "its kind in Iceland. The plan, drafted by the Lakeport Water Network, commits the Government to "
        "three actions:\n"
        "1. Establish a flood warning desk in every district.\n"
        "2. Train wardens on the new river code.\n"
        "3. Publish the gauge readings every week.\n"
    )
    assert {r.by for r in ex.recommendations} == {"Government of Iceland"}


def test_a_body_that_qualifies_the_committing_states_is_not_their_author() -> None:
    ex = run(
        "Ministers of the Lakeside Basin Commission (LBC) met in Lakeport. In their statement, LBC Member "
        "States pledge to:\n"
        "- Establish a flood warning desk in every district;\n"
        "- Train wardens on the new river code.\n"
    )
    assert ex.recommendations
    assert {r.by for r in ex.recommendations} == {None}


def test_ceremony_where_a_named_plan_is_launched_is_the_plan_launch() -> None:
    ex = run(
        "The Lakeport Water Agency today launched its first Lakeside River Plan 2030 at a ceremony in "
        "Lakeport attended by 200 wardens.\n"
    )
    names = {e.name for e in ex.events}
    assert "launch of the Lakeside River Plan 2030" in names
    assert not any(n.startswith("ceremony") for n in names)


def test_ceremony_where_an_unnamed_thing_is_launched_keeps_its_name() -> None:
    ex = run(
        "The Lakeport Water Agency today launched a new river project at a ceremony in Lakeport attended by "
        "200 wardens.\n"
    )
    assert not any(e.name.startswith("launch of the") for e in ex.events)


def test_contact_heading_in_a_paragraph_of_its_own_opens_the_block() -> None:
    # A page of one paragraph a line (lines over 150 characters), the heading a line of its own.
    ex = run(
        "The Lakeport Water Network opened a flood warning centre today in the old harbour building, with "
        "twelve staff, two boats and a radio link to the twenty villages along the river.\n"
        "Contact\n"
        "Odile Ravanel, Communication Officer, Lakeport Water Network\n"
        "+99 33 821 76 12 · +99 77 645 20 03 · oravanel@lwn.org\n"
        "Share this article\n"
    )
    assert [(c.name, c.emails) for c in ex.contacts] == [("Odile Ravanel", ["oravanel@lwn.org"])]


def test_officer_under_a_press_office_line_needs_no_post_of_their_own() -> None:
    ex = run(
        "The Lakeport Water Network opened a flood warning centre today.\n\n"
        "Press Office, Lakeport Water Network\n"
        "Odile Ravanel\n"
        "Tel.: 210 555 7000 | +99 210 555 7012\n"
        "press@lwn.org\n"
    )
    assert [(c.name, c.emails) for c in ex.contacts] == [("Odile Ravanel", ["press@lwn.org"])]


def test_and_that_clause_with_a_capitalised_subject_is_a_call_of_its_own() -> None:
    ex = run(
        "Participants recommended that river gauges be read every day, and that Member States share the "
        "readings with their neighbours.\n"
    )
    texts = [r.text for r in ex.recommendations]
    assert "Member States share the readings with their neighbours" in texts
    assert any(t.endswith("river gauges be read every day") for t in texts)


def test_contact_name_opened_by_an_abbreviated_maria() -> None:
    ex = run(
        "The Lakeport Water Network opened a flood warning centre today.\n\n"
        "For further information please contact:\n"
        "Ma. Elena Ravanel-Cruz at LWN Lakeport, Tel. +99 2 230 1999, Email: eravanel@lwn.org\n"
    )
    assert [c.name for c in ex.contacts] == ["Ma. Elena Ravanel-Cruz"]


def test_quote_signed_by_a_surname_with_its_particle() -> None:
    ex = run(
        "Lakeport Water Network director Anke van Driel opened the centre. She said the boats were ready.\n\n"
        "Minister Jon Roe also spoke.\n\n"
        '"We will warn every village before the water comes," van Driel said.\n'
    )
    assert [(q.speaker, q.text) for q in ex.quotes] == [
        ("Anke van Driel", "We will warn every village before the water comes")
    ]


def test_short_that_clause_call_is_kept_without_its_verb() -> None:
    ex = run("The participants also recommended that the forum meet again in 2030.\n")
    assert [r.text for r in ex.recommendations] == ["the forum meet again in 2030"]
