"""A build killed at any moment (SIGKILL included) leaves a readable store, each release fully in or out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli
from kg.query import run_query
from kg.store import open_store

TEMPLATE = """Agency Opens Forum Number {n}

GENEVA - The Director General of the Agency for Testing, Alex Person{n}, opened the
Forum on Testing {n} yesterday, sponsored by the Government of Norway.

"We test because we care," said Alex Person{n}.

For further information, please contact: Sam Contact{n}, Agency for Testing, Email: sam{n}@example.org
"""


def write_releases(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"r{n:05d}.txt").write_text(TEMPLATE.format(n=n), encoding="utf-8")


def triples_per_release(store_path: Path) -> dict[str, int]:
    with open_store(store_path) as store:
        q = (
            "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id (COUNT(*) AS ?n) "
            "WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?g { ?g dct:identifier ?id } } GROUP BY ?id"
        )
        return {rid: int(n) for rid, n in run_query(store, q).rows}


def test_sigkill_mid_build_leaves_whole_releases_and_the_next_build_finishes(tmp_path):
    store = tmp_path / "store"
    count = 300
    for _attempt in range(4):
        releases = tmp_path / f"in{count}"
        write_releases(releases, count)
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "build", str(releases), "--store", str(store), "--no-validate"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        # wait until the build has written something, then kill it without warning
        while time.monotonic() < deadline and proc.poll() is None:
            wal = sum(f.stat().st_size for f in store.glob("*.log")) if store.exists() else 0
            if wal > 20_000:
                break
            time.sleep(0.02)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            break
        count *= 4  # the machine was too fast: try again with more releases
    assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed"

    partial = triples_per_release(store)
    assert 0 < len(partial) < count
    # every stored release is complete: the same size as the same release built alone
    reference = tmp_path / "reference"
    single = tmp_path / "single"
    single.mkdir()
    for rid in list(partial)[:20]:
        (single / f"{rid}.txt").write_text((releases / f"{rid}.txt").read_text())
    CliRunner().invoke(cli, ["build", str(single), "--store", str(reference), "--no-validate"])
    full = triples_per_release(reference)
    for rid, n in full.items():
        assert partial[rid] == n, f"{rid} is only partly in the store"

    done = CliRunner().invoke(cli, ["build", str(releases), "--store", str(store), "--no-validate"])
    assert done.exit_code == 0, done.output
    assert f"{len(partial)} unchanged (skipped)" in done.output
    assert len(triples_per_release(store)) == count
