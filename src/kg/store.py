"""Stores: where release graphs live. The default is embedded (pyoxigraph on RocksDB, no server).

Each release is one named graph. A new release's body is bulk-loaded and
its state triples (identifier, content hash, pipeline version) are written
after it in a transaction, as its commit marker; replacing a stored release
is a single SPARQL Update (DROP + INSERT DATA), which Oxigraph runs as one
transaction. A reader, or a build killed half-way, sees a release either
fully in or not at all.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pyoxigraph import NamedNode, Quad, RdfFormat, Store, serialize

from kg.turtlecache import TurtleCache

DEFAULT_STORE = ".kg/store"
KG = "https://example.org/kg/ontology#"


def default_location() -> str:
    return os.environ.get("KG_STORE") or DEFAULT_STORE


class StoreError(Exception):
    pass


@dataclass
class ReleaseState:
    graph: str
    content_hash: str | None
    pipeline_version: str | None


@dataclass
class GraphData:
    """One release graph ready to store, as produced by a build worker.

    `body` is the graph's N-Quads without its state triples (content hash and
    pipeline version); `state` holds those. Stores write the state last, so a
    build killed half-way never leaves a partial graph that looks up to date.
    `fresh` says the graph was not in the store when the build started.
    `turtle` is its entry for the embedded store's export cache (`kg.turtlecache`), if made.
    """

    graph: str
    body: bytes
    state: bytes
    fresh: bool = False
    turtle: bytes = b""


STATE_QUERY = """SELECT ?g ?hash ?version ?source WHERE { GRAPH ?g {
  ?g <https://example.org/kg/ontology#contentHash> ?hash .
  OPTIONAL { ?g <https://example.org/kg/ontology#pipelineVersion> ?version }
  OPTIONAL { ?g <https://example.org/kg/ontology#sourceFile> ?source } } }"""


@dataclass
class StoredRelease:
    content_hash: str | None
    pipeline_version: str | None
    source: str | None


class GraphStore(Protocol):
    location: str

    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None: ...
    def replace_graphs(self, items: Sequence[GraphData]) -> None: ...
    def release_states(self) -> dict[str, StoredRelease]: ...
    def remove_graph(self, graph: str) -> bool: ...
    def graphs(self) -> list[str]: ...
    def query(self, sparql: str, substitutions: dict | None = None, graphs: list[str] | None = None): ...
    def quads(self, graph: str | None = None) -> Iterator[Quad]: ...
    def close(self) -> None: ...


def _insert_data(graph: str, quads: Iterable[Quad]) -> str:
    """A DROP + INSERT DATA update; terms are written by the N-Triples serializer, never by hand."""
    body = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES).decode("utf-8")
    g = NamedNode(graph)  # validates the IRI
    return f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}}} }}"


def _replace_update(item: GraphData) -> str:
    """DROP + INSERT DATA for one graph from worker N-Quads: one transaction in any SPARQL store."""
    from pyoxigraph import parse

    quads = list(parse(item.body + item.state, format=RdfFormat.N_QUADS))
    return _insert_data(item.graph, quads)


class EmbeddedStore:
    """A pyoxigraph store on disk (or in memory when location is None)."""

    atomic_replace_max = 16  # changed releases per write batch replaced in place, one transaction each

    def __init__(self, location: str | Path | None, read_only: bool = False):
        self.location = str(location) if location is not None else ":memory:"
        try:
            if location is None:
                self._store = Store()
            elif read_only:
                self._store = Store.read_only(str(location))
            else:
                Path(location).mkdir(parents=True, exist_ok=True)
                self._store = Store(str(location))
        except OSError as e:
            raise StoreError(f"cannot open store {self.location}: {e}") from e
        # Each release's Turtle as its build wrote it, inside the store's folder: see kg.turtlecache.
        self.turtle_cache = TurtleCache(location) if location is not None else None

    @property
    def raw(self) -> Store:
        """The underlying pyoxigraph Store, for users who want its full API."""
        return self._store

    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        self._store.update(_insert_data(graph, quads))
        if self.turtle_cache is not None:
            self.turtle_cache.drop(graph)

    def replace_graphs(self, items: Sequence[GraphData]) -> None:
        """Store a batch of release graphs.

        Graphs new to the store have their bodies bulk-loaded (RocksDB SST files
        written and ingested: about 3x cheaper than a transaction, and the
        largest cost of a build), then their state triples (identifier, content
        hash, pipeline version) in one transaction. The state is the commit
        marker: every named query joins on the release's identifier, so a body
        without it is invisible, and the next build treats such a graph as a
        leftover and rebuilds it. Graphs that already exist are replaced each
        in one DROP + INSERT DATA transaction (a reader sees the old release or
        the new one), unless more than `atomic_replace_max` of them come in one
        batch: those are dropped and bulk-loaded like new ones.
        """
        stale = [i for i in items if not i.fresh]
        if len(stale) <= self.atomic_replace_max:
            for item in stale:
                self._store.update(_replace_update(item))
            bulk = [i for i in items if i.fresh]
        else:
            # A mass rebuild (new pipeline version, --force): dropping each old graph and
            # bulk-loading the batch is ~2x cheaper than a DROP + INSERT DATA per graph. The
            # release is absent, never half-there, in between; a kill leaves it absent and the
            # next build adds it back.
            bulk = list(items)
        if bulk:
            for i in bulk:  # old graphs, or leftovers of a build killed before their state was written
                if self._store.contains_named_graph(NamedNode(i.graph)):
                    self._store.remove_graph(NamedNode(i.graph))
            # lenient: the workers wrote these N-Quads with pyoxigraph from validated terms
            self._store.bulk_load(b"".join(i.body for i in bulk), format=RdfFormat.N_QUADS, lenient=True)
            self._store.load(b"".join(i.state for i in bulk), format=RdfFormat.N_QUADS)
        cache = self.turtle_cache
        if cache is not None:  # after the store has the graphs: an entry never runs ahead of its graph
            for item in items:
                if item.turtle:
                    cache.put(item.graph, item.turtle)
                else:
                    cache.drop(item.graph)

    def release_states(self) -> dict[str, StoredRelease]:
        """Content hash, pipeline version and source file of every stored release.

        Three predicate-index scans (one quad per release each) rather than a
        SPARQL join: ~10x faster, which is what makes a no-change rebuild cheap.
        """

        def by_graph(predicate: str) -> dict[str, str]:
            pattern = self._store.quads_for_pattern(None, NamedNode(KG + predicate), None, None)
            return {q.graph_name.value: q.object.value for q in pattern if q.subject == q.graph_name}

        hashes = by_graph("contentHash")
        versions, sources = by_graph("pipelineVersion"), by_graph("sourceFile")
        return {g: StoredRelease(h, versions.get(g), sources.get(g)) for g, h in hashes.items()}

    def remove_graph(self, graph: str) -> bool:
        node = NamedNode(graph)
        if self.turtle_cache is not None:
            self.turtle_cache.drop(graph)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
        return True

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, NamedNode))

    def query(self, sparql: str, substitutions: dict | None = None, graphs: list[str] | None = None):
        """Run SPARQL; `graphs` restricts the named graphs (FROM NAMED) the query sees.

        A restricted query is evaluated over those graphs alone, so a question
        about a few releases costs the same in a store of ten or a million.
        """
        if graphs is None:
            return self._store.query(sparql, substitutions=substitutions)
        return self._store.query(
            sparql, substitutions=substitutions, named_graphs=[NamedNode(g) for g in graphs]
        )

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        g = NamedNode(graph) if graph else None
        return iter(self._store.quads_for_pattern(None, None, None, g))

    def dump(self, output, fmt: RdfFormat, graph: str | None = None, prefixes: dict | None = None) -> None:
        kwargs = {"prefixes": prefixes} if prefixes else {}
        if graph is not None:
            self._store.dump(output, fmt, from_graph=NamedNode(graph), **kwargs)
        else:
            self._store.dump(output, fmt, **kwargs)

    def flush(self) -> None:
        self._store.flush()

    def optimize(self) -> None:
        """Compact the store's files (RocksDB): slower writes now, faster reads from then on."""
        self._store.optimize()

    def close(self) -> None:
        """Release the store (and its directory lock) so another process or command can open it."""
        store = self.__dict__.pop("_store", None)
        if store is not None:
            with contextlib.suppress(OSError, RuntimeError):  # read-only and in-memory: nothing to flush
                store.flush()
            del store

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(location: str | Path | None = None, read_only: bool = False):
    """Open the store at `location` (default: $KG_STORE or ./.kg/store); http(s) URLs are remote."""
    loc = str(location) if location is not None else default_location()
    if loc.startswith(("http://", "https://")):
        from kg.stores.remote import RemoteStore

        return RemoteStore(loc)
    if loc == ":memory:":
        return EmbeddedStore(None)
    return EmbeddedStore(loc, read_only=read_only)
