"""Export the store as RDF files: Turtle (default), TriG, N-Triples, N-Quads or JSON-LD.

Triple formats (Turtle, N-Triples) get the union of all release graphs, each
triple once; dataset formats (TriG, N-Quads, JSON-LD) keep one named
graph per release. Files are written to a temporary name and renamed, so an
interrupted export never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from pyoxigraph import RdfFormat, parse, serialize

from kg.vocab import PREFIXES

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


def serialise_store(store, fmt: RdfFormat, graph: str | None = None) -> bytes:
    """The store (or one release graph) in `fmt`, byte-identical for the same content.

    Determinism comes from sorting N-Triples / N-Quads lines as bytes (the
    terms are written by pyoxigraph, one statement per line), which is several
    times faster than sorting term objects with Python keys and does not
    depend on the order a store happens to return.
    """
    prefixes = PREFIXES if fmt in (RdfFormat.TURTLE, RdfFormat.TRIG) else None
    if fmt.supports_datasets and graph is None:
        data = _sorted_lines(serialize(store.quads(), format=RdfFormat.N_QUADS))
        if fmt == RdfFormat.N_QUADS:
            return data
        statements = parse(data, format=RdfFormat.N_QUADS)
    else:
        data = _sorted_lines(_ntriples(store, graph))
        if fmt == RdfFormat.N_TRIPLES:
            return data
        statements = parse(data, format=RdfFormat.N_TRIPLES)
    if prefixes:
        return serialize(statements, format=fmt, prefixes=prefixes)
    return serialize(statements, format=fmt)


def _ntriples(store, graph: str | None) -> bytes:
    """The union of the release graphs (or one graph) as N-Triples, duplicates included.

    On the embedded store a CONSTRUCT serialised by pyoxigraph itself never
    builds a Python object per triple (about a quarter faster); other stores
    go through their quads.
    """
    raw = getattr(store, "raw", None)
    if raw is not None:
        from pyoxigraph import NamedNode

        where = f"GRAPH {NamedNode(graph)} {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        triples = raw.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
        return triples.serialize(format=RdfFormat.N_TRIPLES)
    return serialize((q.triple for q in store.quads(graph)), format=RdfFormat.N_TRIPLES)


def _sorted_lines(data: bytes | None) -> bytes:
    """Distinct lines, sorted bytewise (the union of graphs holds shared triples once)."""
    if not data:
        return b""
    lines = sorted(set(data.splitlines()))
    return b"\n".join(lines) + b"\n"


def write_atomic(path: str | Path, data: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); an export is meant to be shared like any file the
        # user writes, so it gets the usual mode (0666 less the umask) before it takes its name.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export(store, output: str | Path | None = None, fmt: str | None = None, graph: str | None = None) -> int:
    """Write the store to `output` (stdout when None); returns the number of bytes written."""
    rdf_format = format_for(fmt, str(output) if output else None)
    data = serialise_store(store, rdf_format, graph)
    if output is None or str(output) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(output, data)
    return len(data)
