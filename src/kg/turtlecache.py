"""Each release graph as Turtle text, kept inside the embedded store's folder: what makes export fast.

Reading a graph back out of RocksDB decodes every term (about 100k triples/s
on a 2-core machine), so a Turtle export of 1M triples took about 10 s
however the rest was tuned. The build worker that made a release's
statements already holds them as N-Triples terms and writes them as Turtle
(`kg.turtle`, a fraction of a millisecond a release); the store keeps that
text in a `kg-turtle/` folder of its own directory (RocksDB leaves files it
did not write alone), and an export copies text instead of decoding the store.

An entry is never trusted blindly. It ends with a trailer naming its graph,
the content hash and pipeline version it was built from, and its own length;
an export uses it only when all of them match what the store holds for the
graph, and reads the graph from the store otherwise. A missing, truncated or
stale entry costs speed, never correctness. The one thing the trailer cannot
see is a graph changed in place by another tool (a SPARQL update through
pyoxigraph): `kg export --no-cache` reads everything from the store.

An entry holds the graph's statements in two parts, as the union export
needs them: Turtle for the statements that name the release or one of its
parts (its spans, speeches, quotes ...), which exist in this graph only, and
N-Triples lines for the others (an organisation's name, a person's type),
which recur across releases and are written once, at the end of an export.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.ntriples import Row
from kg.turtle import write_turtle

FOLDER = "kg-turtle"
_SHARED = b"#kg-shared\n"
# The writer's version is in the trailer: entries of another writer are read from the store instead.
_END = b"#kg-end-2 "
_HASH = "<https://example.org/kg/ontology#contentHash>"
_VERSION = "<https://example.org/kg/ontology#pipelineVersion>"
_STATE = frozenset((_HASH, _VERSION))


@dataclass
class Chunk:
    """One release graph for export: its own statements as Turtle, the shared ones as N-Triples lines."""

    own: bytes
    shared: list[bytes]


def split(graph: str, rows: Iterable[Row]) -> Chunk:
    """The chunk of graph `graph` (an IRI) from its statements as N-Triples rows."""
    return _split(graph, rows)[0]


def _split(graph: str, rows: Iterable[Row]) -> tuple[Chunk, dict[str, str]]:
    """The chunk, and the release's own state statements (content hash, pipeline version) met on the way."""
    own_starts = (f"<{graph}>", f"<{graph}/")
    node = own_starts[0]
    own: list[Row] = []
    shared: set[str] = set()
    state: dict[str, str] = {}
    for row in rows:
        s, p, o = row
        if s.startswith(own_starts):
            own.append(row)
            if s == node and p in _STATE:
                state[p] = o
        elif o.startswith(own_starts):
            own.append(row)
        else:
            shared.add(f"{s} {p} {o} .")
    chunk = Chunk(write_turtle(own).encode("utf-8"), sorted(s.encode("utf-8") for s in shared))
    return chunk, state


def entry(graph: str, rows: list[Row]) -> bytes:
    """A cache entry for a release graph as the mapping made it (its rows hold hash and version)."""
    chunk, state = _split(graph, rows)
    body = chunk.own + _SHARED + b"".join(line + b"\n" for line in chunk.shared)
    trailer = f"<{graph}> {state.get(_HASH, '-')} {state.get(_VERSION, '-')} {len(body)}\n"
    return body + _END + trailer.encode("utf-8")


def decode(data: bytes, graph: str, content_hash: str | None, version: str | None) -> Chunk | None:
    """The chunk in an entry, or None unless its trailer matches this graph, hash, version and length."""
    cut = data.rfind(_END)
    if cut < 0 or not data.endswith(b"\n"):
        return None
    expected = f'<{graph}> "{content_hash}" "{version}" {cut}\n'.encode()
    if data[cut + len(_END) :] != expected:
        return None
    body = data[:cut]
    at = body.find(_SHARED)
    if at < 0 or (at and body[at - 1 : at] != b"\n"):
        return None
    shared = body[at + len(_SHARED) :].splitlines()
    return Chunk(body[:at], shared)


class TurtleCache:
    """The entries of one embedded store, one file per release graph, named by a digest of its IRI."""

    def __init__(self, store_folder: str | Path):
        self.folder = Path(store_folder) / FOLDER

    def path(self, graph: str) -> Path:
        digest = hashlib.sha1(graph.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.ttl"

    def put(self, graph: str, data: bytes) -> None:
        """Write an entry; a cache that cannot be written is only slower, so errors are ignored."""
        path = self.path(graph)
        try:
            try:
                f = open(path, "wb")  # noqa: SIM115 - the folder is made on the first miss below
            except FileNotFoundError:
                path.parent.mkdir(parents=True, exist_ok=True)
                f = open(path, "wb")  # noqa: SIM115
            with f:
                f.write(data)
        except OSError:
            self.drop(graph)

    def get(self, graph: str, content_hash: str | None, version: str | None) -> Chunk | None:
        if content_hash is None:
            return None
        try:
            data = self.path(graph).read_bytes()
        except OSError:
            return None
        return decode(data, graph, content_hash, version)

    def drop(self, graph: str) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.path(graph))
