"""The remote store against a real Oxigraph server (started here on a free port)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import cli
from kg.mapping import to_quads
from kg.query import Scope, run_query
from kg.store import open_store
from kg.stores.remote import RemoteStore
from kg.vocab import base_iri

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import generate  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    assert Path(exe).exists(), "the oxigraph server is part of the test extra (pip install oxigraph)"
    port = _free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("oxigraph server did not start")
    yield url
    proc.terminate()
    proc.wait(10)


def _write(folder: Path, n: int) -> Path:
    return generate.write(n, folder, seed=3)


def test_build_query_rebuild_and_remove_on_a_server(server, tmp_path):
    folder = _write(tmp_path / "rel", 5)
    store = open_store(server)
    assert isinstance(store, RemoteStore)
    result = build([folder], store, extractor=generate.oracle_extract)
    assert len(result.built) == 5 and not result.failed and not result.invalid
    assert len(store.graphs()) == 5
    again = build([folder], store, extractor=generate.oracle_extract)
    assert len(again.skipped) == 5 and not again.built

    rows = run_query(store, "SELECT ?id WHERE { GRAPH ?g { ?g <http://purl.org/dc/terms/identifier> ?id } }")
    assert sorted(r[0] for r in rows.rows) == [generate.release_id(3, i) for i in range(5)]
    bound = run_query(
        store,
        "SELECT ?g WHERE { GRAPH ?g { ?g <http://purl.org/dc/terms/identifier> ?id } }",
        {"id": generate.release_id(3, 2)},
    )
    assert len(bound.rows) == 1 and bound.rows[0][0].endswith(generate.release_id(3, 2))
    scoped = run_query(  # the Protocol's named-graph-uri: the server evaluates over those graphs only
        store,
        "SELECT ?id WHERE { GRAPH ?g { ?g <http://purl.org/dc/terms/identifier> ?id } }",
        scope=Scope(releases=(generate.release_id(3, 0), generate.release_id(3, 4))),
    )
    assert sorted(r[0] for r in scoped.rows) == [generate.release_id(3, 0), generate.release_id(3, 4)]

    # A changed release replaces its graph: no triple of the old text survives.
    victim = next(folder.rglob(f"{generate.release_id(3, 1)}.txt"))
    graph = next(g for g in store.graphs() if g.endswith(generate.release_id(3, 1)))
    before = {q.triple for q in store.quads(graph)}
    victim.write_text(generate.text_of(3, 7), encoding="utf-8")
    changed = build([folder], store, extractor=_renamed_oracle)
    assert changed.built == [generate.release_id(3, 1)]
    after = {q.triple for q in store.quads(graph)}
    assert after != before and len(after) > 50
    assert store.remove_graph(graph) and not store.remove_graph(graph)
    assert len(store.graphs()) == 4


def _renamed_oracle(release):
    """Answer key for a file holding release 7's text under release 1's name."""
    ex = generate.make(3, 7)
    ex.release = release
    return ex


def test_replace_graph_by_put_and_cli(server, handmade, tmp_path):
    store = RemoteStore(server)
    quads = to_quads(handmade, base_iri(None))
    graph = quads[0].graph_name.value
    store.replace_graph(graph, quads)
    store.replace_graph(graph, quads)  # PUT replaces, never duplicates
    assert len(list(store.quads(graph))) == len(quads)
    out = CliRunner().invoke(cli, ["query", "releases", "--store", server, "--format", "csv"])
    assert out.exit_code == 0, out.output
    assert "forum-release" in out.output
    exported = tmp_path / "out.nt"
    res = CliRunner().invoke(cli, ["export", "--store", server, "--format", "nt", "-o", str(exported)])
    assert res.exit_code == 0, res.output
    assert len(exported.read_text().splitlines()) == len(quads)


def test_unreachable_server_is_a_clear_error():
    port = _free_port()
    out = CliRunner().invoke(cli, ["query", "releases", "--store", f"http://127.0.0.1:{port}"])
    assert out.exit_code != 0
    assert "cannot reach SPARQL store" in out.output
