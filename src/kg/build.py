"""Build: read -> segment -> extract -> map -> validate -> store, streamed, on all cores.

`process_release` is pure (a release in, quads and a report out) so it can run
anywhere; `build` reads files, skips releases whose text and pipeline version
are unchanged, sends the rest in chunks to worker processes
(kg.buildwork) and writes their graphs into the store, being its only
writer. A file that cannot be read is reported and the build goes on; what
was already stored is never lost.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.buildpool import run_pool
from kg.buildwork import ChunkResult, Extractor, process_chunk, warm_up
from kg.iris import Minter
from kg.model import Release
from kg.read import ReadError, iter_paths, read_release
from kg.store import GraphData
from kg.vocab import KG, base_iri

ON_INVALID = ("keep", "skip", "fail")
# From this many releases written, a build that did not compact suggests `kg optimize`.
OPTIMIZE_AFTER = 1000


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """A fingerprint of the code and data that decide what a release's graph holds.

    A release is rebuilt when its text or this fingerprint changes, so an
    upgrade of the extractors never leaves stale graphs behind.
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha1()
    files = [root / "mapping.py", root / "segment.py", root / "iris.py"]
    files += sorted(p for p in (root / "extract").rglob("*") if p.is_file() and p.suffix != ".pyc")
    for path in files:
        if path.exists():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


@dataclass
class Processed:
    release: Release
    quads: list
    report: object | None  # ValidationReport when validated


@dataclass
class Failure:
    source: str
    problem: str

    def describe(self) -> str:
        return f"{self.source}: {self.problem}"


@dataclass
class BuildResult:
    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    invalid: list[tuple[str, object]] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    triples: int = 0
    words: int = 0
    seconds: float = 0.0
    # Seconds per stage: read and store in the calling process, the rest summed over workers.
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """Nothing was read: no supported file under the paths given (a wrong folder, a typo'd suffix)."""
        return not (self.built or self.skipped or self.failed or self.invalid)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        rate = len(self.built) / self.seconds if self.seconds else 0.0
        parts = [f"{len(self.built)} release(s) built", f"{self.triples} triples"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} unchanged (skipped)")
        if self.invalid:
            parts.append(f"{len(self.invalid)} invalid")
        if self.pruned:
            parts.append(f"{len(self.pruned)} removed (source gone)")
        if self.failed:
            parts.append(f"{len(self.failed)} failed")
        return ", ".join(parts) + f" in {self.seconds:.2f} s ({rate:.1f} releases/s)"


def process_release(release: Release, base: str | None = None, validate: bool = True) -> Processed:
    """Extract, map and (optionally) validate one release. No I/O."""
    from kg.extract import extract
    from kg.mapping import to_quads
    from kg.segment import segment

    extraction = extract(segment(release))
    quads = to_quads(extraction, base_iri(base), pipeline_version())
    report = None
    if validate:
        from kg.validate import validate_quads

        report = validate_quads(quads, release.id)
    return Processed(release, quads, report)


def stored_state(store, graph: str) -> tuple[str | None, str | None]:
    """(content hash, pipeline version) of a release already in the store (any store kind)."""
    from pyoxigraph import NamedNode, Variable

    q = f"""SELECT ?g ?h ?v WHERE {{ GRAPH ?g {{ ?g <{KG}contentHash> ?h .
             OPTIONAL {{ ?g <{KG}pipelineVersion> ?v }} }} }}"""
    for sol in store.query(q, substitutions={Variable("g"): NamedNode(graph)}):
        return sol["h"].value, sol["v"].value if sol["v"] is not None else None
    return None, None


def build(
    paths: Iterable[str | Path],
    store,
    base: str | None = None,
    validate: bool = True,
    on_invalid: str = "keep",
    strict: bool = False,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
    jobs: int = 1,
    prune: bool = False,
    extractor: Extractor | None = None,
    chunk_size: int = 32,
    write_batch: int = 1024,
    optimize: bool = False,
) -> BuildResult:
    """Build releases from files or folders into `store`.

    on_invalid: what to do with a release whose graph fails the shapes:
    keep it (and report), skip it (report, not stored) or fail (stop the build).
    strict: stop at the first unreadable file instead of reporting and going on.
    jobs: worker processes for extraction, mapping and validation (0: all cores);
    the calling process reads files and is the only store writer. Releases
    stream through in chunks with a bounded number in flight (2 per worker
    plus one write batch), so memory does not grow with the number of releases.
    prune: remove stored releases whose source file lies in one of the given
    folders but was not found there (deleted files).
    extractor: a picklable function Release -> Extraction replacing the
    default extraction (benchmarks use a perfect one).
    write_batch: releases per store write (each write is one commit); a batch
    is also written once its N-Quads reach 64 MB. Larger batches cost less CPU per
    release in pyoxigraph's bulk loader (5.0 ms at 512, 4.2 at 1024, 3.8 at 2048)
    but hold about 3x their N-Quads in memory while loading.
    optimize: compact the embedded store after the build. Bulk loads leave
    overlapping files that make whole-store queries about 3x slower until
    compacted, but compaction rewrites the whole store (9-13 s per 10k
    releases, 3 minutes at 100k), so it is a choice, not a step of every
    build: after a large import, run it once (`kg optimize`).
    """
    if on_invalid not in ON_INVALID:
        raise ValueError(f"on_invalid must be one of {ON_INVALID}")
    paths = [Path(p) for p in paths]
    result = BuildResult()
    started = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    plan = _Plan(store, base, force, strict, progress, result)
    writer = _Writer(store, result, on_invalid, write_batch)
    args = (base, validate, pipeline_version(), extractor, getattr(store, "turtle_cache", None) is not None)
    try:
        chunks = plan.chunks(paths, chunk_size)
        first = next(chunks, None)
        if first is not None and (jobs == 1 or len(first) < chunk_size):
            # One chunk or one job: no pool to start (saves ~1 s on small builds).
            warm_up(extractor)
            for chunk in itertools.chain([first], chunks):
                if not writer.take(process_chunk(chunk, *args)):
                    break
        elif first is not None:
            inflight = 2 * jobs + writer.batch // chunk_size
            run_pool(itertools.chain([first], chunks), args, writer, jobs, extractor, inflight)
        writer.flush()
        if optimize and result.built and hasattr(store, "optimize"):
            t = time.perf_counter()
            store.optimize()
            result.stage_seconds["optimize"] = time.perf_counter() - t
        if prune and not plan.stopped and not writer.stopped:
            result.pruned = _prune(store, paths, plan.seen, base)
    except ReadError as e:
        result.failed.append(Failure(e.path, e.problem))
    finally:
        result.seconds = time.perf_counter() - started
        result.stage_seconds["read"] = plan.read_seconds
        result.stage_seconds["store"] = writer.seconds
    return result


class _Plan:
    """Reads files and yields chunks of releases that need building (changed or new)."""

    def __init__(self, store, base, force, strict, progress, result: BuildResult):
        self.store, self.force, self.strict, self.progress, self.result = (
            store,
            force,
            strict,
            progress,
            result,
        )
        self.mint = Minter(base_iri(base))
        self.seen: dict[str, str] = {}
        self.stopped = False
        self.read_seconds = 0.0

    def chunks(self, paths: list[Path], size: int) -> Iterator[list[tuple[Release, str, bool]]]:
        from kg.mapping import content_hash

        t = time.perf_counter()
        states = self.store.release_states()
        version = pipeline_version()
        chunk: list = []
        result = self.result
        for path in iter_paths(paths):
            if self.progress:
                self.progress(str(path))
            try:
                releases = read_release(path)
            except (ReadError, OSError) as e:
                problem = e.problem if isinstance(e, ReadError) else str(e)
                result.failed.append(Failure(str(path), problem))
                if self.strict:
                    self.stopped = True
                    break
                continue
            for problem in getattr(releases, "problems", []):
                result.failed.append(Failure(problem.path, problem.problem))
            for release in releases:
                if release.id in self.seen and self.seen[release.id] != release.source:
                    result.failed.append(
                        Failure(
                            release.source,
                            f"release id {release.id!r} is also used by "
                            f"{self.seen[release.id]}; rename one of the files",
                        )
                    )
                    continue
                self.seen[release.id] = release.source
                graph = self.mint.release(release.id)
                state = states.get(graph)
                if (
                    not self.force
                    and state is not None
                    and (state.content_hash, state.pipeline_version) == (content_hash(release.text), version)
                ):
                    result.skipped.append(release.id)
                    continue
                chunk.append((release, graph, state is None))
                if len(chunk) >= size:
                    self.read_seconds += time.perf_counter() - t
                    yield chunk
                    t = time.perf_counter()
                    chunk = []
        self.read_seconds += time.perf_counter() - t
        if chunk:
            yield chunk


class _Writer:
    """The only store writer: takes chunk results in order, batches graphs into the store."""

    def __init__(
        self, store, result: BuildResult, on_invalid: str, batch: int = 1024, max_bytes: int = 64 << 20
    ):
        self.store, self.result, self.on_invalid, self.batch = store, result, on_invalid, batch
        # pyoxigraph's bulk loader holds about 3x the N-Quads it is given: the byte cap keeps a
        # batch of long releases from growing the build's memory the way a count alone would.
        self.max_bytes = max_bytes
        self.pending: list[GraphData] = []
        self.pending_bytes = 0
        self.stopped = False
        self.seconds = 0.0

    def take(self, chunk: ChunkResult) -> bool:
        """Record a chunk's outcomes; False when the build must stop."""
        result = self.result
        for stage, dt in chunk.seconds.items():
            result.stage_seconds[stage] = result.stage_seconds.get(stage, 0.0) + dt
        for out in chunk.outcomes:
            if out.error:
                result.failed.append(Failure(out.source, out.error))
                continue
            if out.report is not None and not out.report.conforms:
                result.invalid.append((out.release_id, out.report))
                if self.on_invalid == "fail":
                    result.failed.append(Failure(out.source, "graph does not conform to the shapes"))
                    self.flush()
                    self.stopped = True
                    return False
                if self.on_invalid == "skip":
                    continue
            self.pending.append(GraphData(out.graph, out.body, out.state, out.fresh, out.turtle))
            self.pending_bytes += len(out.body)
            result.built.append(out.release_id)
            result.triples += out.triples
            result.words += out.words
        if len(self.pending) >= self.batch or self.pending_bytes >= self.max_bytes:
            self.flush()
        return True

    def flush(self) -> None:
        if self.pending:
            t = time.perf_counter()
            self.store.replace_graphs(self.pending)
            self.seconds += time.perf_counter() - t
            self.pending, self.pending_bytes = [], 0


def _prune(store, paths: list[Path], seen: dict[str, str], base: str | None) -> list[str]:
    """Remove releases stored from files under the given folders when the file is gone.

    Only a missing file counts: a file that exists but could not be read this
    time keeps its release.
    """
    folders = [p.resolve() for p in paths if p.is_dir()]
    if not folders:
        return []
    mint = Minter(base_iri(base))
    seen_graphs = {mint.release(rid) for rid in seen}
    removed = []
    for graph, state in sorted(store.release_states().items()):
        if graph in seen_graphs or not state.source:
            continue
        source = Path(state.source).resolve()
        if not source.exists() and any(source.is_relative_to(f) for f in folders):
            store.remove_graph(graph)
            removed.append(graph.rsplit("/release/", 1)[-1])
    return removed


def remove(store, release_ids: Iterable[str], base: str | None = None) -> list[str]:
    """Remove releases' graphs; returns the ids that were present."""
    mint = Minter(base_iri(base))
    return [rid for rid in release_ids if store.remove_graph(mint.release(rid))]
