"""The worker side of a build: a chunk of releases in, stored-ready graphs and reports out.

Runs in pool processes (or inline with one job). It returns N-Quads bytes,
not pyoxigraph objects, so results cross process boundaries cheaply, and it
times each stage so a build can say where its time went.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.model import Extraction, Release

STAGES = ("extract", "map", "validate", "serialise")
# Written last by the stores, the commit marker: a graph with these triples is complete, and
# named queries join on the identifier, so a graph without them is invisible to them.
STATE_PREDICATES = frozenset(
    (
        "https://example.org/kg/ontology#contentHash",
        "https://example.org/kg/ontology#pipelineVersion",
        "http://purl.org/dc/terms/identifier",
    )
)
_STATE_TERMS = frozenset(f"<{p}>" for p in STATE_PREDICATES)  # as the mapping writes them

Extractor = Callable[[Release], Extraction]


@dataclass
class Outcome:
    release_id: str
    source: str
    graph: str
    fresh: bool
    body: bytes = b""
    state: bytes = b""
    turtle: bytes = b""
    triples: int = 0
    words: int = 0
    report: object | None = None  # ValidationReport
    error: str | None = None


@dataclass
class ChunkResult:
    outcomes: list[Outcome]
    seconds: dict[str, float] = field(default_factory=dict)


def default_extractor(release: Release) -> Extraction:
    from kg.extract import extract
    from kg.segment import segment

    return extract(segment(release))


def warm_up(extractor: Extractor | None = None, builder_pid: int | None = None) -> None:
    """Import and load what every release needs once per process (shapes, extraction modules).

    builder_pid: the build process this worker serves. A worker forked by a fork server is not
    that process's child and holds its end of the fork server's lifeline, so if the build is
    killed outright (SIGKILL, the OOM killer) neither would ever exit: the worker watches the
    build and leaves when it is gone, and the fork server follows.
    """
    from kg.shacl_fast import engine

    if builder_pid is not None:
        threading.Thread(target=_exit_when_gone, args=(builder_pid,), daemon=True).start()

    engine()
    if extractor is None:
        import kg.extract  # noqa: F401


def _exit_when_gone(pid: int, every: float = 1.0) -> None:
    while True:
        time.sleep(every)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # alive, under another user (the pid was reused): stop watching
            return


def process_chunk(
    items: list[tuple[Release, str, bool]],
    base: str | None,
    validate: bool,
    version: str,
    extractor: Extractor | None = None,
    turtle: bool = False,
) -> ChunkResult:
    """Extract, map, validate and serialise each (release, graph IRI, fresh) of a chunk.

    turtle: also write each graph's export-cache entry (`kg.turtlecache`), for embedded stores.
    """
    from kg.mapping import nquads, to_statements
    from kg.turtlecache import entry
    from kg.validate import validate_quads
    from kg.vocab import base_iri

    extract = extractor or default_extractor
    seconds = dict.fromkeys(STAGES, 0.0)
    outcomes = []
    for release, graph, fresh in items:
        out = Outcome(release.id, release.source, graph, fresh, words=len(release.text.split()))
        outcomes.append(out)
        t0 = time.perf_counter()
        try:
            extraction = extract(release)
            t1 = time.perf_counter()
            graph_term, rows = to_statements(extraction, base_iri(base), version)
            t2 = time.perf_counter()
            if validate:
                out.report = validate_quads(rows, release.id)
            t3 = time.perf_counter()
            state, body = [], []
            for row in rows:
                (state if row[1] in _STATE_TERMS else body).append(row)
            out.body = nquads(graph_term, body)
            out.state = nquads(graph_term, state)
            if turtle:
                out.turtle = entry(graph_term[1:-1], rows)
            out.triples = len(rows)
            t4 = time.perf_counter()
        except Exception as e:  # noqa: BLE001 - one bad release must not stop the build
            out.error = f"extraction failed: {type(e).__name__}: {e}"
            continue
        for stage, dt in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            seconds[stage] += dt
    return ChunkResult(outcomes, seconds)
