"""The acceptance case of the walking skeleton: what the graph must hold for the sample release."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg

RID = "iom-demand-side-trafficking"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from conftest import SAMPLE_DIR

    s = kg.open_store(tmp_path_factory.mktemp("sample") / "store")
    result = kg.build([SAMPLE_DIR], s)
    assert result.built == [RID] and not result.failed and not result.invalid
    yield s
    s.close()


def rows(store, name):
    return kg.query(store, name).as_dicts()


def names(store, name, column):
    return {r[column] for r in rows(store, name)}


def test_speakers_with_role_and_organisation(store):
    got = {r["name"]: (r["role"], r["organisation"]) for r in rows(store, "speakers")}
    assert got["Ndioro Ndiaye"] == (
        "Deputy Director General",
        "International Organization for Migration (IOM)",
    )
    assert got["Asha-Rose Migiro"] == ("Deputy Secretary General", "United Nations (UN)")
    haya = next(n for n in got if "Haya Rashed Al Khalifa" in n)
    assert got[haya] == ("President", "United Nations General Assembly")
    assert len(got) == 3


def test_organisations_resolved_to_one_node_each(store):
    orgs = names(store, "organisations", "name")
    for expected in (  # listings show a body's acronym beside its name, when the release uses one
        "International Organization for Migration (IOM)",
        "United Nations Office on Drugs and Crime (UNODC)",
        "Government of Belarus",
        "Government of the Philippines",
        "Vital Voices",
    ):
        assert expected in orgs
    assert "IOM" not in orgs and "UNODC" not in orgs
    countries = {r["name"]: r["country"] for r in rows(store, "organisations")}
    assert countries["Government of Belarus"] == "BY"
    assert countries["Government of the Philippines"] == "PH"


def test_conference_venue_city_sponsors(store):
    events = {r["name"]: r for r in rows(store, "events")}
    conf = events["International Conference on Trafficking in Women and Girls"]
    assert conf["location"] == "New York"
    assert conf["venue"] == "ECOSOC Chamber"
    sponsors = {r["sponsor"] for r in rows(store, "sponsors") if r["event"] == conf["name"]}
    assert sponsors == {
        "Government of Belarus",
        "Government of the Philippines",
        "United Nations Office on Drugs and Crime (UNODC)",
        "Vital Voices",
    }


def test_earlier_conference_organised_by_iom_and_belarus(store):
    organisers = {(r["event"], r["organiser"]) for r in rows(store, "organisers")}
    events = {e for e, _ in organisers}
    assert any("countries of origin and destination" in e for e in events)
    assert {o for _, o in organisers} == {
        "International Organization for Migration (IOM)",
        "Government of Belarus",
    }


def test_recommendations_with_author_and_addressee(store):
    recs = rows(store, "recommendations")
    bullets = [r for r in recs if r["text"].startswith(("Broaden", "Ensure", "Encourage", "Engage"))]
    assert len(bullets) == 4
    assert all(r["by"] == "International Organization for Migration (IOM)" for r in bullets)
    assert all(r["addressee"] == "countries of destination" for r in bullets)
    prose = [r["text"] for r in recs if r not in bullets]
    assert any("whole chain of human trafficking" in t for t in prose)
    assert any("Global Initiative" in t for t in prose)
    assert any("cooperation among all stakeholders" in t for t in prose)


def test_quote_split_around_she_said_is_two_passages(store):
    quotes = rows(store, "quotes")
    assert len(quotes) == 2
    assert all(q["speaker"] == "Ndioro Ndiaye" for q in quotes)
    assert quotes[0]["text"].startswith("Although poverty")
    assert quotes[1]["text"].startswith("While trade barriers")


def test_press_contact(store):
    (contact,) = rows(store, "contacts")
    assert contact["name"] == "Jonathan Martens"
    assert contact["email"] == "jmartens@iom.int"
    assert contact["organisation"] == "International Organization for Migration (IOM)"
    assert "717 9469" in contact["phone"]


def test_release_metadata_and_evidence(store):
    (release,) = rows(store, "releases")
    assert release["title"] == "Demand Side of Human Trafficking Needs Greater Attention"
    assert release["publisher"] == "International Organization for Migration"
    assert release["source"].endswith(f"{RID}.txt")
    # every sponsorship is traceable to the exact text it came from
    text = Path(release["source"]).read_text(encoding="utf-8")
    evidence = [r["evidence"] for r in rows(store, "sponsors") + rows(store, "organisers")]
    assert evidence and all(e and e in text for e in evidence)
