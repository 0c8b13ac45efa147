"""Every command through click's CliRunner, on the sample release in data/."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

from kg.cli import cli

CONTRACT = {
    "speakers": ["release", "name", "role", "organisation"],
    "organisations": ["release", "name"],
    "events": ["release", "name", "location", "date"],
    "sponsors": ["release", "event", "sponsor"],
    "organisers": ["release", "event", "organiser"],
    "recommendations": ["release", "text", "by"],
    "quotes": ["release", "speaker", "text"],
    "contacts": ["release", "name", "organisation", "email"],
}


def run(*args: str) -> object:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def store(tmp_path_factory, sample_dir_module):
    path = tmp_path_factory.mktemp("kg") / "store"
    result = run("build", str(sample_dir_module), "--store", str(path))
    assert result.exit_code == 0, result.output
    assert "1 release(s) built" in result.output
    return str(path)


@pytest.fixture(scope="module")
def sample_dir_module():
    from conftest import SAMPLE_DIR

    return SAMPLE_DIR


def test_rebuild_skips_unchanged_and_force_does_not_duplicate(store, sample_dir_module):
    before = run("stats", "--store", store).output.splitlines()[0]
    again = run("build", str(sample_dir_module), "--store", store)
    assert "1 unchanged (skipped)" in again.output
    forced = run("build", str(sample_dir_module), "--store", store, "--force")
    assert "1 release(s) built" in forced.output
    assert run("stats", "--store", store).output.splitlines()[0] == before


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_named_query_columns(store, name):
    result = run("query", name, "--store", store, "--format", "csv")
    assert result.exit_code == 0, result.output
    header = next(csv.reader(io.StringIO(result.output)))
    assert header[: len(CONTRACT[name])] == CONTRACT[name]


def test_query_formats(store):
    as_json = json.loads(run("query", "releases", "--store", store, "--format", "json").output)
    assert as_json[0]["release"] == "iom-demand-side-trafficking"
    table = run("query", "releases", "--store", store).output
    assert "(1 row)" in table
    tsv = run("query", "releases", "--store", store, "--format", "tsv").output
    assert tsv.splitlines()[0].split("\t")[:2] == ["release", "title"]


def test_query_file_and_params(store, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text(
        "PREFIX dct: <http://purl.org/dc/terms/>\n"
        "SELECT ?release WHERE { GRAPH ?g { ?r dct:identifier ?release } }"
    )
    assert "iom-demand-side-trafficking" in run("query", str(rq), "--store", store).output
    hit = run("query", str(rq), "--store", store, "--param", "release=iom-demand-side-trafficking")
    assert "(1 row)" in hit.output
    miss = run("query", str(rq), "--store", store, "--param", 'release=x" } DROP ALL #')
    assert "(0 rows)" in miss.output


def test_organisations_by_preferred_name_or_shown_name(store):
    shown = "International Organization for Migration (IOM)"
    by_name = run("query", "organisations", "--store", store, "--param", f"name={shown}", "--format", "csv")
    assert by_name.output.count(shown) == 1
    preferred = "preferredName=International Organization for Migration"
    by_preferred = run("query", "organisations", "--store", store, "--param", preferred, "--format", "csv")
    assert by_preferred.output.count(shown) == 1


def test_param_for_a_variable_the_query_does_not_select(store):
    result = CliRunner().invoke(cli, ["query", "organisations", "--store", store, "--param", "nosuch=x"])
    assert result.exit_code == 1
    assert "?nosuch" in result.output and "Traceback" not in result.output


def test_syntax_error_is_reported_with_position(store, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x WHERE { ?x ?y }")
    result = CliRunner().invoke(cli, ["query", str(rq), "--store", store])
    assert result.exit_code == 1
    assert "SPARQL syntax error" in result.output and "1:" in result.output
    assert "Traceback" not in result.output


def test_unknown_named_query(store):
    result = CliRunner().invoke(cli, ["query", "nonsense", "--store", store])
    assert result.exit_code == 1 and "no named query 'nonsense'" in result.output


@pytest.mark.parametrize("fmt,parser", [("turtle", "turtle"), ("nt", "nt")])
def test_export_triple_formats_parse(store, tmp_path, fmt, parser):
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--store", store, "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    g = Graph().parse(out, format=parser)
    assert len(g) > 10


@pytest.mark.parametrize("fmt,parser", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_export_dataset_formats_keep_named_graphs(store, tmp_path, fmt, parser):
    out = tmp_path / f"graph.{fmt}"
    run("export", "--store", store, "--format", fmt, "-o", str(out))
    ds = Dataset().parse(out, format=parser)
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert any(n.endswith("/release/iom-demand-side-trafficking") for n in names)


def test_export_default_is_turtle_on_stdout_and_deterministic(store):
    first = run("export", "--store", store).output
    assert first.startswith("@prefix")
    assert run("export", "--store", store).output == first


def test_validate_conforms(store):
    result = run("validate", "--store", store)
    assert result.exit_code == 0
    assert result.output.startswith("Conforms")


def test_draw_png_and_graphml(store, tmp_path):
    png = tmp_path / "g.png"
    result = run("draw", "--store", store, "-o", str(png))
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    graphml = tmp_path / "g.graphml"
    run("draw", "--store", store, "-o", str(graphml))
    import networkx as nx

    assert nx.read_graphml(graphml).number_of_nodes() >= 0


def test_stats_counts(store):
    out = run("stats", "--store", store).output
    assert "1 release graph(s)" in out
    assert "releases" in out and "iom-demand-side-trafficking" in out


def test_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["query", "speakers", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store at" in result.output


def test_bad_file_is_reported_and_others_still_built(tmp_path, sample_dir_module):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((sample_dir_module / "iom-demand-side-trafficking.txt").read_text())
    (folder / "empty.txt").write_text("   \n")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    store = tmp_path / "s"
    result = CliRunner().invoke(cli, ["build", str(folder), "--store", str(store)])
    assert result.exit_code == 1
    assert "empty.txt: file holds only whitespace" in result.output
    assert "binary.txt: binary file" in result.output
    assert "1 release(s) built" in result.output and "2 failed" in result.output
    assert "good" in run("query", "releases", "--store", str(store), "--format", "csv").output


def test_a_folder_with_no_release_files_warns(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF")
    result = CliRunner().invoke(cli, ["build", str(folder), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0
    assert "0 release(s) built" in result.output
    assert "warning: no release files (" in result.output and f"found in {folder}" in result.output


def test_remove(tmp_path, sample_dir_module):
    store = str(tmp_path / "s")
    run("build", str(sample_dir_module), "--store", store)
    assert (
        "removed: iom-demand-side-trafficking"
        in run("remove", "iom-demand-side-trafficking", "--store", store).output
    )
    assert "0 release graph(s)" in run("stats", "--store", store).output


def test_strict_stops_at_the_first_unreadable_file(tmp_path, sample_dir_module):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-empty.txt").write_text("\n")
    (folder / "b-good.txt").write_text((sample_dir_module / "iom-demand-side-trafficking.txt").read_text())
    store = str(tmp_path / "s")
    strict = CliRunner().invoke(cli, ["build", str(folder), "--store", store, "--strict", "-j", "1"])
    assert strict.exit_code == 1
    assert "a-empty.txt" in strict.output and "0 release(s) built" in strict.output
    lenient = CliRunner().invoke(cli, ["build", str(folder), "--store", store, "-j", "1"])
    assert lenient.exit_code == 1 and "1 release(s) built" in lenient.output and "1 failed" in lenient.output


def test_reading_commands_work_while_a_build_holds_the_store(tmp_path, sample_dir_module):
    """query, export, validate, stats and draw open the store read-only, so they answer while a
    writer (a long build) holds it; a second writer is refused with a clear error."""
    from kg.store import open_store

    path = str(tmp_path / "s")
    run("build", str(sample_dir_module), "--store", path)
    with open_store(path):  # the writer, as a running build would hold it
        answer = run("query", "speakers", "--store", path, "--format", "csv").output
        rows = list(csv.DictReader(io.StringIO(answer)))
        assert rows and all(r["release"] for r in rows)
        assert "@prefix" in run("export", "--store", path).output
        assert "Conforms" in run("validate", "--store", path).output
        assert "releases" in run("stats", "--store", path).output
        run("draw", "--store", path, "-o", str(tmp_path / "g.graphml"))
        assert (tmp_path / "g.graphml").stat().st_size > 0
        refused = CliRunner().invoke(cli, ["remove", "x", "--store", path])
        assert refused.exit_code != 0 and "cannot open store" in refused.output


def test_exported_file_has_the_usual_permissions(store, tmp_path):
    """Written through a private temp file and renamed, the export still gets 0666 less the umask."""
    import os
    import stat

    out = tmp_path / "graph.ttl"
    assert run("export", "--store", store, "-o", str(out)).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
