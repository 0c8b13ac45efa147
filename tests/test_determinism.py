"""Two builds of the same input give byte-identical exports; rebuilding never duplicates."""

from __future__ import annotations

from click.testing import CliRunner

from kg.cli import cli


def test_two_builds_give_byte_identical_turtle(tmp_path, sample_dir):
    outputs = []
    for name in ("a", "b"):
        store = tmp_path / name
        assert CliRunner().invoke(cli, ["build", str(sample_dir), "--store", str(store)]).exit_code == 0
        out = tmp_path / f"{name}.ttl"
        CliRunner().invoke(cli, ["export", "--store", str(store), "-o", str(out)])
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 500


def test_rebuild_replaces_the_graph(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    release = folder / "note.txt"
    release.write_text("Agency Holds Meeting\n\nThe Agency held a meeting on testing in Oslo.\n")
    store = str(tmp_path / "s")
    CliRunner().invoke(cli, ["build", str(folder), "--store", store])
    first = CliRunner().invoke(cli, ["export", "--store", store, "--format", "nt"]).output
    release.write_text("Agency Holds Another Meeting\n\nThe Agency held a second meeting in Bergen.\n")
    CliRunner().invoke(cli, ["build", str(folder), "--store", store])
    second = CliRunner().invoke(cli, ["export", "--store", store, "--format", "nt"]).output
    assert "Agency Holds Another Meeting" in second
    assert 'Agency Holds Meeting"' not in second
    assert first != second
