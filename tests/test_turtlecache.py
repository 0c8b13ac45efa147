"""The Turtle a build keeps beside the store: valid, used only while current, same bytes as the store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import RdfFormat, parse

from kg.build import build, remove
from kg.cli import cli
from kg.export import serialise_store
from kg.store import open_store
from kg.turtle import HEADER, write_turtle
from kg.turtlecache import FOLDER, TurtleCache, decode, entry

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import generate  # noqa: E402

S = "https://schema.org/"
KG = "https://example.org/kg/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
REL = "https://example.org/kg/id/release/x1"


def _triples(turtle: bytes) -> set:
    return {q.triple for q in parse(HEADER + turtle, format=RdfFormat.TURTLE)}


def _nt(rows) -> set:
    data = "".join(f"{s} {p} {o} .\n" for s, p, o in rows).encode()
    return {q.triple for q in parse(data, format=RdfFormat.N_TRIPLES)}


ROWS = [
    (f"<{REL}>", RDF_TYPE, f"<{S}NewsArticle>"),
    (f"<{REL}>", f"<{S}headline>", '"A \\"quoted\\" headline\\nover two lines"'),
    (f"<{REL}>", f"<{S}datePublished>", f'"2016-03-17"^^<{XSD}date>'),
    (f"<{REL}>", f"<{S}inLanguage>", '"en"@en'),
    (f"<{REL}/span/1-4>", f"<{KG}start>", f'"1"^^<{XSD}integer>'),
    (f"<{REL}/span/1-4>", f"<{KG}end>", f'"0042"^^<{XSD}integer>'),
    (f"<{REL}/span/1-4>", f"<{KG}size>", f'"-7"^^<{XSD}integer>'),
    (f"<{REL}/span/1-4>", f"<{KG}ratio>", f'"1.5"^^<{XSD}integer>'),
    (f"<{REL}>", f"<{KG}named>", f'"false"^^<{XSD}boolean>'),
    (f"<{REL}>", f"<{KG}checked>", f'"1"^^<{XSD}boolean>'),
    (f"<{REL}/span/1-4>", f"<{KG}1odd>", '"a local part that starts with a digit"'),
    (f"<{REL}/span/1-4>", f"<{S}a.b>", '"a local part with a dot"'),
    ("<https://example.org/kg/id/org/who>", f"<{S}name>", '"World Health Organization"'),
    ("<https://example.org/kg/id/org/who>", f"<{S}name>", '"WHO"'),
    ("<https://example.org/kg/id/org/who>", f"<{KG}kindOf>", RDF_TYPE),
]


def test_written_turtle_holds_exactly_the_rows_and_shortens_only_safe_names():
    text = write_turtle(ROWS)
    assert _triples(text.encode()) == _nt(ROWS)
    assert " a schema:NewsArticle" in text
    assert '"2016-03-17"^^xsd:date' in text
    # integers and booleans in Turtle's bare forms, only where that reads back as the same lexical form
    assert "kg:start 1 " in text and "kg:end 0042 " in text and "kg:size -7 " in text
    assert "kg:named false " in text
    assert '"1.5"^^xsd:integer' in text and '"1"^^xsd:boolean' in text
    assert f"<{KG}1odd>" in text and f"<{S}a.b>" in text  # not safe as prefixed names: kept whole
    assert "rdf:type" in text  # rdf:type as an object is not "a"
    assert text.count("<https://example.org/kg/id/org/who>") == 1  # one subject block, "," between objects


def test_an_entry_is_read_back_only_for_its_graph_hash_version_and_whole_length():
    rows = [
        *ROWS,
        (f"<{REL}>", f"<{KG}contentHash>", '"abc"'),
        (f"<{REL}>", f"<{KG}pipelineVersion>", '"v1"'),
    ]
    data = entry(REL, rows)
    chunk = decode(data, REL, "abc", "v1")
    assert chunk is not None
    # the release's own statements as Turtle, the organisation's names (shared between releases) as lines
    assert all(b"/org/who" in line for line in chunk.shared) and len(chunk.shared) == 3
    assert _triples(chunk.own) | _nt(tuple(line.decode()[:-2].split(" ", 2)) for line in chunk.shared) == _nt(
        rows
    )
    assert decode(data, REL, "abd", "v1") is None
    assert decode(data, REL, "abc", "v2") is None
    assert decode(data, REL + "0", "abc", "v1") is None
    assert decode(data[:-10], REL, "abc", "v1") is None
    assert decode(data[:40] + data[41:], REL, "abc", "v1") is None  # a byte lost: the length says so


@pytest.fixture()
def built(tmp_path) -> tuple[str, Path]:
    folder = generate.write(8, tmp_path / "releases", seed=11)
    path = str(tmp_path / "store")
    with open_store(path) as store:
        assert build([folder], store).ok
    return path, folder


def _export(path: str, fmt=RdfFormat.TURTLE, cache=True) -> bytes:
    with open_store(path, read_only=True) as store:
        return serialise_store(store, fmt, cache=cache)


def _entries(path: str) -> list[Path]:
    return sorted((Path(path) / FOLDER).glob("*/*.ttl"))


def test_a_build_keeps_one_entry_per_release_and_export_gives_the_same_bytes_with_or_without_it(built):
    path, _ = built
    assert len(_entries(path)) == 8
    for fmt in (RdfFormat.TURTLE, RdfFormat.TRIG):
        cached = _export(path, fmt)
        assert cached == _export(path, fmt, cache=False)
        with open_store(path, read_only=True) as store:
            stored = set(store.quads()) if fmt == RdfFormat.TRIG else {q.triple for q in store.quads()}
        parsed = set(parse(cached, format=fmt))
        assert (parsed if fmt == RdfFormat.TRIG else {q.triple for q in parsed}) == stored


def test_export_reads_the_store_where_an_entry_is_missing_truncated_or_stale(built, tmp_path):
    path, folder = built
    expected = _export(path, cache=False)
    first, second, third = _entries(path)[:3]
    first.unlink()
    second.write_bytes(second.read_bytes()[:-30])
    # a stale entry: the release changes and is rebuilt, then its old entry comes back
    release = sorted(folder.glob("**/*.txt"))[0]
    with open_store(path, read_only=True) as store:
        graph = next(g for g in store.graphs() if g.endswith("/" + release.stem))
        cache = TurtleCache(path)
    old = cache.path(graph).read_bytes()
    release.write_text(release.read_text() + "\nA closing line added later.\n")
    with open_store(path) as store:
        old_hash = store.release_states()[graph].content_hash
        assert build([folder], store).built == [release.stem]
        new_hash = store.release_states()[graph].content_hash
    assert cache.path(graph).read_bytes() != old
    expected = _export(path, cache=False)
    cache.path(graph).write_bytes(old)
    assert new_hash.encode() in expected and old_hash.encode() not in expected
    assert _export(path) == expected


def test_removing_a_release_or_replacing_its_graph_in_place_drops_its_entry(built):
    path, folder = built
    ids = sorted(p.stem for p in folder.glob("**/*.txt"))
    with open_store(path) as store:
        graphs = {g.rsplit("/", 1)[-1]: g for g in store.graphs()}
        cache = store.turtle_cache
        assert remove(store, [ids[0]]) == [ids[0]]
        assert not cache.path(graphs[ids[0]]).exists()
        quads = list(store.quads(graphs[ids[1]]))[:5]
        store.replace_graph(graphs[ids[1]], quads)
        assert not cache.path(graphs[ids[1]]).exists()
    exported = _export(path)
    assert exported == _export(path, cache=False)
    assert graphs[ids[0]].encode() not in exported
    with open_store(path, read_only=True) as store:
        stored = {q.triple for q in store.quads()}
        assert {q.triple for q in parse(exported, format=RdfFormat.TURTLE)} == stored
        assert len(list(store.quads(graphs[ids[1]]))) == 5


def test_cli_export_no_cache_sees_a_change_another_tool_made_in_place(built, tmp_path):
    path, _ = built
    with open_store(path) as store:
        graph = store.graphs()[0]
        store.raw.update(f'INSERT DATA {{ GRAPH <{graph}> {{ <{graph}> <{S}comment> "added by hand" }} }}')
    runner = CliRunner()
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    assert runner.invoke(cli, ["export", "--store", path, "-o", str(a)]).exit_code == 0
    assert runner.invoke(cli, ["export", "--store", path, "-o", str(b), "--no-cache"]).exit_code == 0
    assert b"added by hand" not in a.read_bytes()  # the kept Turtle is what the build wrote
    assert b"added by hand" in b.read_bytes()
