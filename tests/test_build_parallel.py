"""Parallel, streaming build: same store as a one-process build, problems reported per release."""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from kg.build import build
from kg.cli import cli
from kg.export import serialise_store
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import generate  # noqa: E402
from pyoxigraph import RdfFormat  # noqa: E402


def test_two_workers_build_the_same_store_as_one(tmp_path):
    folder = generate.write(80, tmp_path / "rel", seed=7)
    dumps = []
    for jobs in (1, 2):
        with open_store(tmp_path / f"s{jobs}") as store:
            result = build([folder], store, jobs=jobs, extractor=generate.oracle_extract, chunk_size=8)
            assert len(result.built) == 80 and not result.failed and not result.invalid
            assert result.built == sorted(result.built)  # results are taken in input order
            assert set(result.stage_seconds) >= {"read", "extract", "map", "validate", "store"}
            dumps.append(serialise_store(store, RdfFormat.N_QUADS))
    assert dumps[0] == dumps[1]


def test_bad_release_and_invalid_graph_are_reported_not_fatal(tmp_path):
    folder = generate.write(20, tmp_path / "rel", seed=8)
    (folder / "0000" / "broken.txt").write_bytes(b"\x00\x01binary")
    with open_store(tmp_path / "s") as store:
        result = build([folder], store, jobs=2, extractor=_flaky, chunk_size=4, on_invalid="skip")
        assert [f.source.endswith("broken.txt") for f in result.failed] == [True, False]
        assert "extraction failed" in result.failed[1].problem
        assert [rid for rid, _ in result.invalid] == [generate.release_id(8, 5)]
        assert len(result.built) == 18
        assert len(store.graphs()) == 18


def _flaky(release):
    """Answer key, except one release that crashes and one whose graph breaks the shapes."""
    _, index = generate.parse_id(release.id)
    if index == 3:
        raise RuntimeError("boom")
    ex = generate.oracle_extract(release)
    if index == 5:
        ex.events[0].name = ""  # an event must have a non-empty name
    return ex


def test_on_invalid_fail_stops_the_pool(tmp_path):
    folder = generate.write(60, tmp_path / "rel", seed=8)
    with open_store(tmp_path / "s") as store:
        result = build([folder], store, jobs=2, extractor=_flaky, chunk_size=2, on_invalid="fail")
        assert result.failed[-1].problem == "graph does not conform to the shapes"
        assert len(result.built) < 60


def test_cli_extract_writes_one_nquads_file_per_release(tmp_path, sample_dir):
    out = tmp_path / "shards"
    res = CliRunner().invoke(cli, ["extract", str(sample_dir), "--out", str(out), "-j", "1"])
    assert res.exit_code == 0, res.output
    files = sorted(out.glob("*.nq"))
    assert [f.stem for f in files] == sorted(p.stem for p in sample_dir.glob("*.txt"))
    from pyoxigraph import Store

    loaded = Store()
    for f in files:
        loaded.load(path=str(f), format=RdfFormat.N_QUADS)
    assert len(list(loaded.named_graphs())) == len(files)


def test_extract_generated_releases_in_parallel(tmp_path):
    from kg.shard import extract_to

    folder = generate.write(40, tmp_path / "rel", seed=9)
    result, shards = extract_to(
        [folder], tmp_path / "out", jobs=2, extractor=generate.oracle_extract, chunk_size=8
    )
    assert len(result.built) == 40 and len(list((tmp_path / "out").glob("*.nq"))) == 40
    text = shards.path_for(shards.written[0].stem).read_text() if False else shards.written[0].read_text()
    assert "contentHash" in text and "pipelineVersion" in text


class _CountingStore:
    """Records the size of each write batch instead of storing it."""

    def __init__(self):
        self.batches: list[int] = []

    def replace_graphs(self, items):
        self.batches.append(len(items))


def test_a_write_batch_is_written_at_its_count_or_its_byte_cap_whichever_comes_first():
    from kg.build import BuildResult, _Writer
    from kg.buildwork import ChunkResult, Outcome

    def chunk(n: int, size: int) -> ChunkResult:
        return ChunkResult([Outcome(f"r{i}", "f.txt", f"g{i}", True, body=b"x" * size) for i in range(n)])

    store = _CountingStore()
    writer = _Writer(store, BuildResult(), "keep", batch=4, max_bytes=1000)
    for _ in range(3):
        writer.take(chunk(3, 10))  # small releases: the count decides
    writer.flush()
    assert store.batches == [6, 3]  # the batch is checked per chunk: 3, 6 (>= 4: write), 3 at the end

    store = _CountingStore()
    writer = _Writer(store, BuildResult(), "keep", batch=100, max_bytes=1000)
    for _ in range(3):
        writer.take(chunk(1, 600))  # long releases: the bytes decide, long before 100 of them
    writer.flush()
    assert store.batches == [2, 1]
