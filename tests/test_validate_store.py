"""kg validate over a whole store: the parallel path finds what the sequential one finds."""

from __future__ import annotations

import sys
from pathlib import Path

from kg.build import build
from kg.store import open_store
from kg.validate import validate_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import generate  # noqa: E402


def test_parallel_and_sequential_validation_agree_on_a_broken_release(tmp_path):
    folder = generate.write(210, tmp_path / "rel", seed=21)
    path = tmp_path / "store"
    with open_store(path) as store:
        assert len(build([folder], store, extractor=generate.oracle_extract, jobs=1).built) == 210
        victim = store.graphs()[137]
        store.raw.update(  # a span that ends before it starts, and a speech with no speaker
            "PREFIX kg: <https://example.org/kg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
            f"INSERT DATA {{ GRAPH <{victim}> {{ <{victim}/span/9-3> a kg:TextSpan ; "
            'oa:start 9 ; oa:end 3 ; oa:exact "x" . '
            f"<{victim}/speech/x> a kg:Speech ; kg:evidence <{victim}/span/9-3> . }} }}"
        )
    with open_store(path, read_only=True) as store:
        sequential = validate_store(store, jobs=1)
        parallel = validate_store(store, jobs=2)
    assert sequential.checked == parallel.checked == 210
    assert not parallel.conforms
    key = [(v.release, v.focus, v.message) for v in sequential.violations]
    assert sorted(key) == sorted((v.release, v.focus, v.message) for v in parallel.violations)
    assert {v.release for v in parallel.violations} == {victim.rsplit("/release/", 1)[-1]}
    assert any("end offset" in v.message for v in parallel.violations)
    assert any("speaker" in v.message for v in parallel.violations)
