"""Round B41: organisations, sponsors and organisers (invented bodies, people and places)."""

from __future__ import annotations

from tests.extracting import roles, run


def test_a_time_adverb_between_the_participle_and_by_keeps_the_organisers() -> None:
    ex = run(
        "Donors pledged US$ 12 million for flood relief at a pledging meeting co-hosted today by the "
        "Lakeland Water Agency (LWA), the Government of Elaria and the Harbour Relief Office (HRO)."
    )
    hosts = {"Lakeland Water Agency", "Government of Elaria", "Harbour Relief Office"}
    assert hosts <= roles(ex, "organiser")
