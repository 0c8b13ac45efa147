"""Crash fixes in speaker rules: speech by pronoun ("He said that ...") after a surname-only first
registration, and a title in the sentence before a speaker with no body that sent the person."""

from __future__ import annotations

from extracting import run, speakers


def test_pronoun_speaker_first_named_by_surname_in_a_later_attribution():
    # "Minister Vella Grech said" registers the person under the surname; the pronoun rule then
    # reaches the same person through the fuller mention "Hon. Peter Vella Grech".
    ex = run(
        "Officers from the coast guard finished a course on sea rescue.\n\n"
        "Minister for Harbour Affairs and Coastal Security Hon. Peter Vella Grech presented the "
        "certificates. He said that Lakeport's position at the edge of the bay gave its officers a "
        'duty towards all neighbours. "Every boat we reach in time is a family kept whole," '
        "Minister Vella Grech said.\n"
    )
    assert len(ex.people) == 1
    assert speakers(ex) == {ex.people[0].name}
    assert "Vella Grech" in ex.people[0].name


def test_its_title_in_the_sentence_before_without_a_sending_body():
    # "its Chair." before a speaker, with no "X sent" subject: found by the fuzzer, it used to crash.
    ex = run("The committee thanked its Chair. Jana Holt said the river was clean again.\n")
    assert speakers(ex) == {"Jana Holt"}
