"""Round B32: the organisation finder (invented releases)."""

from __future__ import annotations

from extracting import org_names, run


def test_ministry_portfolio_list_stays_whole_when_minister_holds_same_portfolio() -> None:
    ex = run(
        "The forum was hosted by the Government of Lakeland through the Ministry for Sport, Culture and "
        "Heritage Promotion.\nOpening the forum, the Minister for Sport, Culture and Heritage Promotion, "
        "Tala Verin, said the festival needed care."
    )
    names = org_names(ex)
    assert "Ministry for Sport, Culture and Heritage Promotion" in names
    assert "Heritage Promotion" not in names
