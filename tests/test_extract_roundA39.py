"""Round A39: how a speaker's title attaches to the name and the body (invented sentences)."""

from __future__ import annotations

from extracting import aff, org_names, run


def test_title_words_swallowed_by_a_body_before_the_title_go_back_to_the_role() -> None:
    ex = run(
        "The Ministry of Water launched a campaign in Lakeport. "
        '"Every farmer counts," said Ministry of Water Deputy Permanent Secretary Jane Doral.'
    )
    assert aff(ex, "Jane Doral") == ("Deputy Permanent Secretary", "Ministry of Water")
    assert "Ministry of Water Deputy Permanent" not in org_names(ex)
