"""A build killed at any moment (SIGKILL included) leaves a readable store, each release fully in or out."""

from __future__ import annotations

import os
import shutil
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


def build_cmd(releases: Path, store: Path) -> list[str]:
    # 100 releases per commit: eleven commits, so a kill anywhere past the first lands between two
    return [
        sys.executable,
        "-m",
        "kg",
        "build",
        str(releases),
        "--store",
        str(store),
        "--no-validate",
        "--write-batch",
        "100",
    ]


def descendants(pid: int) -> set[int]:
    """The processes below `pid` (Linux /proc), e.g. a build's fork server and pool workers."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_sigkill_mid_build_leaves_whole_releases_and_the_next_build_finishes(tmp_path):
    count = 1100
    releases = tmp_path / "in"
    write_releases(releases, count)
    reference = tmp_path / "reference"
    started = time.monotonic()
    subprocess.run(build_cmd(releases, reference), check=True, capture_output=True)
    full_time = time.monotonic() - started
    expected = triples_per_release(reference)
    assert len(expected) == count

    store = tmp_path / "store"
    partial: dict[str, int] = {}
    # Kill at a fraction of the reference build's time; on a loaded machine a build can run
    # faster or slower than the reference, so try other moments until one lands mid-build.
    # Worker start-up is a fixed cost, so the faster releases are built the later in the run
    # the commits come: the late moments are there for that.
    for fraction in (0.6, 0.45, 0.75, 0.3, 0.9, 0.5, 0.2, 0.8, 0.85, 0.95):
        shutil.rmtree(store, ignore_errors=True)
        proc = subprocess.Popen(
            build_cmd(releases, store), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(full_time * fraction)
        helpers = descendants(proc.pid)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # no warning, no cleanup
        proc.wait()
        # its workers (forked by a fork server, not by the build) notice and leave: each watches the
        # build once a second, but on a machine loaded with other jobs a worker deep in a long regex
        # (which holds the GIL) can take a while to get there, so allow 30 s.
        deadline = time.monotonic() + 30
        while any(alive(p) for p in helpers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in helpers if alive(p)], "workers outlived the killed build"
        if proc.returncode != -signal.SIGKILL:
            continue  # finished before the kill: try an earlier moment
        partial = triples_per_release(store)  # the store opens and answers after the kill
        if 0 < len(partial) < count:
            break
    assert 0 < len(partial) < count, "no kill landed between two commits"
    for rid, n in partial.items():  # every stored release is whole
        assert n == expected[rid], f"{rid} is only partly in the store"

    done = CliRunner().invoke(cli, ["build", str(releases), "--store", str(store), "--no-validate"])
    assert done.exit_code == 0, done.output
    assert f"{len(partial)} unchanged (skipped)" in done.output
    assert triples_per_release(store) == expected
