"""Scoped queries (--release, --since, --until) see only the releases asked for."""

from __future__ import annotations

import csv
import io

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.query import Scope, load_query, run_query
from kg.store import open_store

RELEASE = """{title}

GENEVA, {date} - The Director General of the Agency for Testing, {speaker}, opened the
Forum on Scoped Queries {n} today, sponsored by the Government of Norway.

"Scope keeps questions cheap," said {speaker}.
"""

DATES = {
    "alpha": ("3 March 2023", "Ana Alpha"),
    "beta": ("9 May 2024", "Ben Beta"),
    "gamma": ("1 June 2025", "Gus Gamma"),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("scope")
    for n, (rid, (date, speaker)) in enumerate(DATES.items()):
        text = RELEASE.format(title=f"Agency Opens Forum {n}", date=date, speaker=speaker, n=n)
        (root / f"{rid}.txt").write_text(text, encoding="utf-8")
    path = root / "store"
    result = CliRunner().invoke(cli, ["build", str(root), "--store", str(path)])
    assert result.exit_code == 0, result.output
    return str(path)


def releases_of(output: str) -> set[str]:
    return {row["release"] for row in csv.DictReader(io.StringIO(output))}


def query(store: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["query", "speakers", "--store", store, "--format", "csv", *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_unscoped_query_sees_every_release(store):
    assert releases_of(query(store)) == {"alpha", "beta", "gamma"}


def test_release_option_restricts_to_those_releases(store):
    assert releases_of(query(store, "--release", "beta")) == {"beta"}
    assert releases_of(query(store, "--release", "alpha", "--release", "gamma")) == {"alpha", "gamma"}
    assert releases_of(query(store, "--release", "no-such-release")) == set()


def test_date_range_uses_the_publication_date(store):
    assert releases_of(query(store, "--since", "2024-01-01")) == {"beta", "gamma"}
    assert releases_of(query(store, "--until", "2024-05-09")) == {"alpha", "beta"}
    assert releases_of(query(store, "--since", "2024", "--until", "2024")) == {"beta"}
    assert releases_of(query(store, "--release", "alpha", "--since", "2024")) == set()


def test_library_scope_gives_the_same_rows_as_the_cli(store):
    with open_store(store, read_only=True) as s:
        rows = run_query(s, load_query("speakers"), scope=Scope(releases=("gamma",))).as_dicts()
    assert [(r["release"], r["name"]) for r in rows] == [("gamma", "Gus Gamma")]


def test_notebook_api_takes_the_same_scope(store):
    import kg

    with kg.open_store(store) as s:
        rows = kg.query(s, "speakers", since="2024-06-01").as_dicts()
    assert {r["release"] for r in rows} == {"gamma"}


def test_draw_takes_the_same_scope(store, tmp_path):
    out = tmp_path / "g.json"
    result = CliRunner().invoke(
        cli, ["draw", "--store", store, "--since", "2024", "--types", "person", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "Ben Beta" in text and "Gus Gamma" in text and "Ana Alpha" not in text
    one = tmp_path / "one.json"
    result = CliRunner().invoke(
        cli, ["draw", "--store", store, "--release", "alpha", "--types", "person", "-o", str(one)]
    )
    assert result.exit_code == 0, result.output
    assert "Ana Alpha" in one.read_text(encoding="utf-8") and "Ben Beta" not in one.read_text(
        encoding="utf-8"
    )


def test_stats_takes_the_same_scope_and_skips_the_costly_parts_on_request(store):
    out = CliRunner().invoke(cli, ["stats", "--store", store, "--since", "2024"]).output
    assert out.splitlines()[0].startswith("2 release graph(s), ")
    assert "beta" in out and "gamma" in out and "alpha" not in out
    lean = CliRunner().invoke(cli, ["stats", "--store", store, "--no-per-release", "--no-triples"]).output
    assert lean.splitlines()[0] == "3 release graph(s) (triples not counted: --triples)"
    assert "alpha" not in lean and "--per-release" in lean
