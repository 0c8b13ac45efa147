"""Export the store as RDF files: Turtle (default), TriG, N-Triples, N-Quads or JSON-LD.

Triple formats (Turtle, N-Triples) get the union of all release graphs, each
triple once; dataset formats (TriG, N-Quads, JSON-LD) keep one named
graph per release. The store is streamed a graph at a time, so memory does
not grow with the archive. Turtle and TriG are written from the Turtle text
the build kept for each release (`kg.turtlecache`) where it is current, and
from the store where it is not, with the same bytes either way. Files are
written to a temporary name and renamed, so an interrupted export never
leaves a half-written file behind.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, parse, serialize

from kg.ntriples import Row
from kg.turtle import HEADER, write_turtle
from kg.turtlecache import Chunk, split

FORMATS: dict[str, RdfFormat] = {
    "turtle": RdfFormat.TURTLE,
    "ttl": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nt": RdfFormat.N_TRIPLES,
    "ntriples": RdfFormat.N_TRIPLES,
    "nq": RdfFormat.N_QUADS,
    "nquads": RdfFormat.N_QUADS,
    "jsonld": RdfFormat.JSON_LD,
    "json-ld": RdfFormat.JSON_LD,
}


def format_for(name: str | None, path: str | None = None) -> RdfFormat:
    if name:
        try:
            return FORMATS[name.lower()]
        except KeyError:
            raise ValueError(
                f"unknown export format {name!r}; choose one of turtle, trig, nt, nq, jsonld"
            ) from None
    if path:
        fmt = RdfFormat.from_extension(Path(path).suffix.lstrip(".")) if Path(path).suffix else None
        if fmt is not None:
            return fmt
    return RdfFormat.TURTLE


def serialise_store(store, fmt: RdfFormat, graph: str | None = None, cache: bool = True) -> bytes:
    """The store (or one release graph) in `fmt` as bytes: `write` into memory, for tests and small stores."""
    buffer = io.BytesIO()
    write(store, buffer, fmt, graph, cache)
    return buffer.getvalue()


def write(store, output: BinaryIO, fmt: RdfFormat, graph: str | None = None, cache: bool = True) -> None:
    """Stream the store (or one release graph) to `output` in `fmt`, byte-identical for the same content.

    The store is read one named graph at a time, so memory holds one release
    graph plus the triples that releases share (organisations, people, named
    events), never the whole store: an archive of 100k releases exports on a
    laptop. Order is deterministic without a global sort: graphs by IRI, each
    graph's statements sorted as N-Triples bytes (written by pyoxigraph, one
    per line); triple formats (the union of the graphs) write each graph's own
    triples as they come and the shared ones, each once, at the end.
    `cache`: use the Turtle the build kept for each release (Turtle and TriG).
    """
    if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG):
        _write_turtle(store, output, fmt == RdfFormat.TRIG, graph, cache)
        return
    dataset = fmt.supports_datasets and graph is None
    lines = _quad_lines(store) if dataset else _triple_lines(store, graph)
    if fmt in (RdfFormat.N_TRIPLES, RdfFormat.N_QUADS):
        for chunk in lines:
            output.write(chunk)
        return
    syntax = RdfFormat.N_QUADS if dataset else RdfFormat.N_TRIPLES
    statements = (s for chunk in lines for s in parse(chunk, format=syntax))
    serialize(statements, output, fmt)


def _graph_lines(store, graph: str | None) -> list[bytes]:
    """One graph's triples as sorted, distinct N-Triples lines; None is the default graph."""
    raw = getattr(store, "raw", None)
    if raw is not None:
        target = NamedNode(graph) if graph is not None else DefaultGraph()
        data = raw.dump(format=RdfFormat.N_TRIPLES, from_graph=target)
    elif graph is not None:
        data = serialize((q.triple for q in store.quads(graph)), format=RdfFormat.N_TRIPLES)
    else:
        data = b""  # remote stores: kg writes named graphs only
    return sorted(set(data.splitlines())) if data else []


def _write_turtle(store, output: BinaryIO, trig: bool, graph: str | None, use_cache: bool) -> None:
    """Turtle (the union of the release graphs, each triple once) or TriG (a block per graph)."""
    output.write(HEADER)
    if graph is not None:
        body = write_turtle(_rows(_graph_lines(store, graph))).encode("utf-8")
        output.write(b"<" + graph.encode() + b"> {\n" + body + b"}\n" if trig else body)
        return
    if trig:
        output.write(write_turtle(_rows(_graph_lines(store, None))).encode("utf-8"))
    cache = getattr(store, "turtle_cache", None) if use_cache else None
    states = store.release_states() if cache is not None else {}
    read = partial(_chunk, store, cache, states)
    shared: set[bytes] = set()
    for g, chunk in _read_ahead(store, store.graphs(), read):
        if trig:
            lines = b"".join(line + b"\n" for line in chunk.shared)
            output.write(b"<" + g.encode() + b"> {\n" + chunk.own + lines + b"}\n")
        else:
            output.write(chunk.own)
            shared.update(chunk.shared)
    if shared:
        output.write(write_turtle(_rows(sorted(shared))).encode("utf-8"))


def _chunk(store, cache, states: dict, graph: str) -> Chunk:
    """A graph's chunk from the cache when its entry is current, else read from the store."""
    if cache is not None:
        state = states.get(graph)
        if state is not None:
            found = cache.get(graph, state.content_hash, state.pipeline_version)
            if found is not None:
                return found
    return split(graph, _rows(_graph_lines(store, graph)))


def _rows(lines: list[bytes]) -> list[Row]:
    """N-Triples lines as rows of terms, written by pyoxigraph as the mapping writes them."""
    if not lines:
        return []
    triples = parse(b"\n".join(lines) + b"\n", format=RdfFormat.N_TRIPLES)
    return [(str(t.subject), str(t.predicate), str(t.object)) for t in triples]


def _read_ahead(
    store, graphs: list[str], read: Callable | None = None, threads: int = 2, ahead: int = 8
) -> Iterator[tuple]:
    """(graph, what `read` makes of it) in the given order, the next few read while this one is written.

    Reading a graph back from the on-disk store is most of an export's time
    (decoding each term from RocksDB) and pyoxigraph's dump releases the GIL,
    so two reader threads keep both cores busy while the caller writes. At most
    `ahead` graphs wait in memory, so memory stays bounded. Remote stores (no
    `raw`) are read one graph at a time, in order. `read` defaults to the
    graph's sorted N-Triples lines.
    """
    read = read or partial(_graph_lines, store)
    if getattr(store, "raw", None) is None:
        for graph in graphs:
            yield graph, read(graph)
        return
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    pending: deque = deque()
    todo = iter(graphs)
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="kg-export") as pool:
        try:
            for graph in todo:
                pending.append((graph, pool.submit(read, graph)))
                if len(pending) >= ahead:
                    done, future = pending.popleft()
                    yield done, future.result()
            while pending:
                done, future = pending.popleft()
                yield done, future.result()
        finally:
            for _, future in pending:  # an interrupted export: drop what was read ahead
                future.cancel()


def _quad_lines(store) -> Iterator[bytes]:
    """N-Quads, the default graph's first, then one named graph at a time in IRI order."""
    default = _graph_lines(store, None)
    if default:
        yield b"\n".join(default) + b"\n"
    for graph, lines in _read_ahead(store, store.graphs()):
        name = b" <" + graph.encode() + b"> .\n"
        if lines:
            # an N-Triples line ends in " ."; the graph name goes before it
            yield b"".join(line[:-2] + name for line in lines)


def _triple_lines(store, graph: str | None) -> Iterator[bytes]:
    """N-Triples of one graph, or of the union of the named graphs with each triple once.

    A triple holding a term of its own release (the release, its spans,
    speeches, quotes ...) exists in that graph only and is written as soon
    as the graph is read; the others (an organisation's name, a person's
    type) may recur in many releases and are kept, once each, until the end.
    """
    if graph is not None:
        lines = _graph_lines(store, graph)
        if lines:
            yield b"\n".join(lines) + b"\n"
        return
    shared: set[bytes] = set()
    for g, lines in _read_ahead(store, store.graphs()):
        own = (b"<" + g.encode() + b">", b"<" + g.encode() + b"/")
        local = []
        for line in lines:
            # the test the Turtle export's cache uses (kg.turtlecache): subject or object, never a literal
            subject, _, rest = line.split(b" ", 2)
            if subject.startswith(own) or rest.startswith(own):
                local.append(line)
            else:
                shared.add(line)
        if local:
            yield b"\n".join(local) + b"\n"
    if shared:
        yield b"\n".join(sorted(shared)) + b"\n"


@contextmanager
def atomic_file(path: str | Path) -> Iterator[BinaryIO]:
    """A binary file that takes the name `path` only once it is complete and on disk.

    An interrupted export (an error, Ctrl-C, a full disk) leaves the previous
    file, if any, untouched and no half-written one behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); an export is meant to be shared like any file the
        # user writes, so it gets the usual mode (0666 less the umask) before it takes its name.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb", buffering=1 << 20) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export(
    store,
    output: str | Path | None = None,
    fmt: str | None = None,
    graph: str | None = None,
    cache: bool = True,
) -> int:
    """Write the store to `output` (stdout when None); returns the number of bytes written.

    A file is written under a temporary name and renamed when complete.
    `cache=False` reads every graph from the store, ignoring the Turtle the
    build kept (for a store that other tools change in place).
    """
    rdf_format = format_for(fmt, str(output) if output else None)
    if output is None or str(output) == "-":
        counter = _Counting(sys.stdout.buffer)
        write(store, counter, rdf_format, graph, cache)
        sys.stdout.flush()
        return counter.size
    with atomic_file(output) as f:
        counter = _Counting(f)
        write(store, counter, rdf_format, graph, cache)
    return counter.size


class _Counting:
    """A binary writer that counts what passes through it (pyoxigraph writes to any .write)."""

    def __init__(self, target: BinaryIO):
        self.target, self.size = target, 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return self.target.write(data)

    def flush(self) -> None:
        self.target.flush()
