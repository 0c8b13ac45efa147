"""Round C33: quotes running into the next paragraph, and other event, recommendation and contact cases
(invented sentences)."""

from __future__ import annotations

from tests.extracting import run


def test_quote_paragraph_after_said_keeps_speaker() -> None:
    ex = run(
        "The Lakeport Water Board met in Port Elara.\n\n"
        '"We cannot pipe water to every hill this year," said Mira Talsen, Director of the Board. '
        '"What we can do is fix the wells that already exist," she said.\n\n'
        '"Repairs cost little. Neglect costs a great deal more."\n\n'
        "The meeting closed on Friday."
    )
    got = {(q.speaker, q.text) for q in ex.quotes}
    assert ("Mira Talsen", "Repairs cost little. Neglect costs a great deal more") in got
