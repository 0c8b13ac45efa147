"""Round 23b: lettered lists with full stops ('a. ...', 'B. ...') are list items only as a run;
list intros that ask or invite someone several words long 'to:' announce calls (invented text)."""

from __future__ import annotations

from extracting import run
from kg.model import Release
from kg.segment import segment


def _kinds(text: str) -> list[tuple[str, str]]:
    doc = segment(Release(id="t", source="t.txt", text=text))
    return [(s.kind, text[s.start : s.end]) for s in doc.segments]


def test_a_lettered_run_with_full_stops_is_a_list() -> None:
    ex = run(
        "The meeting closed today.\n\n"
        "The ministers adopted a statement inviting the lake authorities of the region to:\n"
        "a. publish water quality data every month;\n"
        "b. close the fishing grounds in the spawning season;\n"
        "c. train wardens to report illegal nets.\n\n"
        "The next meeting will be held in June.\n"
    )
    texts = {r.text for r in ex.recommendations}
    assert "publish water quality data every month" in texts
    assert "train wardens to report illegal nets" in texts
    assert not any("next meeting" in t for t in texts)


def test_capital_lettered_items_wrapped_without_blank_lines() -> None:
    kinds = _kinds(
        "Lake forum ends\n\nPORT ELARA, 3 May 2022 - The forum ended today.\n\n"
        "Delegates recommended that riparian states:\n"
        "A. Adopt a common permit for boats on the lake and publish it in the three languages of the lake;\n"
        "B. Share catch statistics;\n"
        "C. Fund the hatcheries jointly.\n"
    )
    bullets = [t for k, t in kinds if k == "bullet"]
    assert bullets[0].startswith("Adopt a common permit")
    assert bullets[1:] == ["Share catch statistics;", "Fund the hatcheries jointly."]


def test_an_initial_at_the_start_of_a_line_is_no_list_item() -> None:
    kinds = _kinds(
        "Lake forum ends\n\nPORT ELARA, 3 May 2022 - The forum ended today.\n\n"
        "The closing words were spoken by the chair of the forum.\n"
        "A. Mwale thanked the delegates for their work.\n"
    )
    assert not any(k == "bullet" for k, _ in kinds)


def test_a_resolution_asking_the_government_to_announces_calls() -> None:
    ex = run(
        "The congress closed today.\n\n"
        "Delegates adopted a resolution asking the national Government to:\n"
        "a) open a registry of boat owners;\n"
        "b) lower the licence fees for small crews.\n"
    )
    texts = {r.text for r in ex.recommendations}
    assert texts >= {"open a registry of boat owners", "lower the licence fees for small crews"}
