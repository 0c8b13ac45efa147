"""Export streams the store a graph at a time, writes each shared triple once and never leaves half a file."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from kg.build import build
from kg.export import _graph_lines, _read_ahead, export, serialise_store
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import generate  # noqa: E402

ORG_NAME = "<https://schema.org/name>"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    """Twelve generated releases: their organisations and people recur from release to release."""
    root = tmp_path_factory.mktemp("export")
    folder = generate.write(12, root / "releases", seed=3)
    path = str(root / "store")
    with open_store(path) as store:
        assert build([folder], store).ok
    return path


def test_union_formats_write_each_triple_once_and_keep_every_triple(store_path):
    with open_store(store_path, read_only=True) as store:
        stored = {q.triple for q in store.quads()}
        nt = serialise_store(store, RdfFormat.N_TRIPLES)
        ttl = serialise_store(store, RdfFormat.TURTLE)
    lines = nt.splitlines()
    assert len(lines) == len(set(lines)) == len(stored)
    assert {q.triple for q in parse(nt, format=RdfFormat.N_TRIPLES)} == stored
    assert {q.triple for q in parse(ttl, format=RdfFormat.TURTLE)} == stored
    # the point of the dedupe: some triple (an organisation's name) really is in several release graphs
    with open_store(store_path, read_only=True) as store:
        names = [q for q in store.quads() if str(q.predicate) == ORG_NAME and "/org/" in q.subject.value]
    assert len({q.triple for q in names}) < len(names)


def test_union_formats_agree_on_what_belongs_to_one_release(tmp_path):
    """A literal that quotes a release's IRI does not make a shared statement that release's own.

    The same statement in two graphs must come out once from N-Triples and Turtle alike (both
    split a graph's own statements from the shared ones by subject and object, never by text).
    """
    base = "https://example.org/kg/id/release/"
    with open_store(str(tmp_path / "store")) as store:
        for rid in ("a", "b"):
            g = base + rid
            store.raw.add(
                Quad(
                    NamedNode(g), NamedNode("http://purl.org/dc/terms/identifier"), Literal(rid), NamedNode(g)
                )
            )
            note = Quad(
                NamedNode("https://example.org/kg/id/org/x"),
                NamedNode("https://schema.org/description"),
                Literal(f"see <{base}a>"),
                NamedNode(g),
            )
            store.raw.add(note)
        nt = serialise_store(store, RdfFormat.N_TRIPLES)
        ttl = serialise_store(store, RdfFormat.TURTLE, cache=False)
    assert nt.count(b"see <https://example.org/kg/id/release/a>") == 1
    assert ttl.count(b"see <https://example.org/kg/id/release/a>") == 1
    assert len({q.triple for q in parse(nt, format=RdfFormat.N_TRIPLES)}) == 3


def test_dataset_formats_keep_every_quad_and_write_one_block_per_release(store_path):
    with open_store(store_path, read_only=True) as store:
        stored = set(store.quads())
        graphs = store.graphs()
        nq = serialise_store(store, RdfFormat.N_QUADS)
        trig = serialise_store(store, RdfFormat.TRIG)
    assert set(parse(nq, format=RdfFormat.N_QUADS)) == stored
    assert set(parse(trig, format=RdfFormat.TRIG)) == stored
    # graphs come one after the other, not interleaved statement by statement
    opened = [line for line in trig.decode().splitlines() if line.endswith("{")]
    assert len(opened) == len(graphs) == 12


class _Spy:
    """A store that records which graphs are read and refuses a whole-store read."""

    def __init__(self, store, fail_after: int | None = None):
        self.store, self.fail_after, self.read = store, fail_after, []
        self.raw = self

    def graphs(self):
        return self.store.graphs()

    def dump(self, format, from_graph):  # noqa: A002 - pyoxigraph's keyword
        if self.fail_after is not None and len(self.read) >= self.fail_after:
            raise OSError("disk went away")
        self.read.append(from_graph)
        return self.store.raw.dump(format=format, from_graph=from_graph)


def test_export_reads_one_graph_at_a_time(store_path):
    with open_store(store_path, read_only=True) as store:
        spy = _Spy(store)
        serialise_store(spy, RdfFormat.TURTLE)
    named = [g for g in spy.read if isinstance(g, NamedNode)]
    assert len(named) == 12 and len(set(named)) == 12


def test_interrupted_export_keeps_the_previous_file_and_leaves_no_partial(store_path, tmp_path):
    out = tmp_path / "graph.ttl"
    out.write_bytes(b"previous export\n")
    with open_store(store_path, read_only=True) as store, pytest.raises(OSError, match="disk went away"):
        export(_Spy(store, fail_after=5), out)
    assert out.read_bytes() == b"previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_one_release_exports_its_graph_only(store_path, tmp_path):
    with open_store(store_path, read_only=True) as store:
        graph = store.graphs()[0]
        size = export(store, tmp_path / "one.nt", graph=graph)
        expected = {q.triple for q in store.quads(graph)}
    data = (tmp_path / "one.nt").read_bytes()
    assert size == len(data)
    assert {q.triple for q in parse(data, format=RdfFormat.N_TRIPLES)} == expected


def test_export_reads_a_few_graphs_ahead_in_order_never_the_whole_store(store_path):
    with open_store(store_path, read_only=True) as store:
        spy, graphs = _Spy(store), store.graphs()
        reader = _read_ahead(spy, graphs, threads=2, ahead=3)
        first, lines = next(reader)
        time.sleep(0.2)  # give the reader threads time to run ahead, if they could
        assert first == graphs[0] and lines == _graph_lines(store, graphs[0])
        assert len(spy.read) == 3  # the first graph and the two after it, not all twelve
        rest = list(reader)
        assert [g for g, _ in rest] == graphs[1:]
        assert all(lines == _graph_lines(store, g) for g, lines in rest)
