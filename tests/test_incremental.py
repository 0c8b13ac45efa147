"""Incremental builds: unchanged releases are skipped, changed ones replaced, deleted ones pruned."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from kg.build import build, stored_state
from kg.cli import cli
from kg.mapping import content_hash
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import generate  # noqa: E402


def _other_text(release):
    ex = generate.make(11, 0)
    ex.release = release
    return ex


def oracle_or_other(release):
    """Answer key; a file whose text was swapped for release 0 of seed 11 gets that key."""
    try:
        return generate.oracle_extract(release)
    except ValueError:
        return _other_text(release)


def test_skip_replace_prune(tmp_path):
    folder = generate.write(12, tmp_path / "rel", seed=10)
    with open_store(tmp_path / "s") as store:
        first = build([folder], store, extractor=oracle_or_other)
        assert len(first.built) == 12
        states = store.release_states()
        assert len(states) == 12

        again = build([folder], store, extractor=oracle_or_other)
        assert again.built == [] and len(again.skipped) == 12

        changed = next(folder.rglob(f"{generate.release_id(10, 4)}.txt"))
        changed.write_text(generate.text_of(11, 0), encoding="utf-8")
        gone = next(folder.rglob(f"{generate.release_id(10, 7)}.txt"))
        gone.unlink()
        graph4 = next(g for g in states if g.endswith(generate.release_id(10, 4)))
        old = {q.triple for q in store.quads(graph4)}

        third = build([folder], store, extractor=oracle_or_other, prune=True)
        assert third.built == [generate.release_id(10, 4)]
        assert third.pruned == [generate.release_id(10, 7)]
        assert len(store.graphs()) == 11
        new = {q.triple for q in store.quads(graph4)}
        assert stored_state(store, graph4)[0] == content_hash(generate.text_of(11, 0))
        # Replaced, not merged: the old text's spans are gone.
        old_texts = {t.object.value for t in old if t.predicate.value.endswith("#exact")}
        new_texts = {t.object.value for t in new if t.predicate.value.endswith("#exact")}
        assert old_texts - new_texts and not (old_texts - new_texts) & new_texts


def test_prune_keeps_releases_from_other_folders(tmp_path):
    a = generate.write(3, tmp_path / "a", seed=12)
    b = generate.write(3, tmp_path / "b", seed=13)
    with open_store(tmp_path / "s") as store:
        build([a, b], store, extractor=generate.oracle_extract)
        next(a.rglob(f"{generate.release_id(12, 0)}.txt")).unlink()
        result = build([a], store, extractor=generate.oracle_extract, prune=True)
        assert result.pruned == [generate.release_id(12, 0)]
        assert len(store.graphs()) == 5


def test_fresh_graph_left_half_written_is_rebuilt(tmp_path):
    """A graph with triples but no state (a killed bulk load) is rebuilt, not trusted."""
    folder = generate.write(2, tmp_path / "rel", seed=14)
    with open_store(tmp_path / "s") as store:
        build([folder], store, extractor=generate.oracle_extract)
        graph = store.graphs()[0]
        store.raw.update(
            f"DELETE WHERE {{ GRAPH <{graph}> {{ <{graph}> "
            f"<https://example.org/kg/ontology#contentHash> ?h }} }}"
        )
        before = len(list(store.quads(graph)))
        result = build([folder], store, extractor=generate.oracle_extract)
        assert len(result.built) == 1 and len(result.skipped) == 1
        assert len(list(store.quads(graph))) == before + 1


def test_cli_build_prune_and_jobs_options(tmp_path, sample_dir):
    store = str(tmp_path / "s")
    res = CliRunner().invoke(cli, ["build", str(sample_dir), "--store", store, "-j", "2", "--prune"])
    assert res.exit_code == 0, res.output
    assert "release(s) built" in res.output


def test_mass_rebuild_drops_and_bulk_loads_without_duplicates(tmp_path, monkeypatch):
    """Past `atomic_replace_max` changed releases in a batch, old graphs are dropped and the
    batch bulk-loaded: the store ends exactly as after a fresh build, nothing doubled."""
    folder = generate.write(6, tmp_path / "rel", seed=13)
    with open_store(tmp_path / "s") as store:
        build([folder], store, extractor=oracle_or_other)
        before = {g: sorted(str(q) for q in store.quads(g)) for g in store.graphs()}
        changed = next(folder.rglob(f"{generate.release_id(13, 2)}.txt"))
        changed.write_text(generate.text_of(11, 0), encoding="utf-8")
        monkeypatch.setattr(type(store), "atomic_replace_max", 1)
        again = build([folder], store, extractor=oracle_or_other, force=True)
        assert len(again.built) == 6
        after = {g: sorted(str(q) for q in store.quads(g)) for g in store.graphs()}
    assert after.keys() == before.keys()
    changed_graph = next(g for g in after if g.endswith(generate.release_id(13, 2)))
    for g in after:
        if g == changed_graph:
            assert after[g] != before[g]
        else:
            assert after[g] == before[g], f"{g} changed in a rebuild that should reproduce it"
    with open_store(tmp_path / "fresh") as fresh:
        build([folder], fresh, extractor=oracle_or_other)
        assert {g: sorted(str(q) for q in fresh.quads(g)) for g in fresh.graphs()} == after


def test_optimize_compacts_on_request_and_keeps_the_content(tmp_path):
    """Compaction rewrites the whole store, so a build does it only when asked."""
    folder = generate.write(4, tmp_path / "rel", seed=14)
    with open_store(tmp_path / "a") as a, open_store(tmp_path / "b") as b:
        compacted = build([folder], a, extractor=oracle_or_other, optimize=True)
        plain = build([folder], b, extractor=oracle_or_other)
        assert "optimize" in compacted.stage_seconds and "optimize" not in plain.stage_seconds
        assert {str(q) for q in a.quads()} == {str(q) for q in b.quads()}


def test_kg_optimize_command_and_the_hint_after_a_large_build(tmp_path, monkeypatch):
    import importlib

    from click.testing import CliRunner

    from kg.cli import cli

    monkeypatch.setattr(importlib.import_module("kg.build"), "OPTIMIZE_AFTER", 3)
    folder = generate.write(4, tmp_path / "rel", seed=15)
    store = str(tmp_path / "s")
    built = CliRunner().invoke(cli, ["build", str(folder), "--store", store, "-j", "1"])
    assert built.exit_code == 0 and "kg optimize" in built.output
    quiet = CliRunner().invoke(cli, ["build", str(folder), "--store", store, "--force", "--optimize"])
    assert quiet.exit_code == 0 and "kg optimize" not in quiet.output
    done = CliRunner().invoke(cli, ["optimize", "--store", store])
    assert done.exit_code == 0 and "compacted" in done.output
    missing = CliRunner().invoke(cli, ["optimize", "--store", str(tmp_path / "nothing")])
    assert missing.exit_code != 0 and "no store" in missing.output
