"""Build: read -> segment -> extract -> map -> validate -> store, one release at a time.

`process_release` is pure (a release in, quads and a report out) so it can run
anywhere; `build` drives it over files and writes each release's graph into
the store in one transaction. A file that cannot be read is reported and the
build goes on; what was already stored is never lost.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.iris import Minter
from kg.model import Release
from kg.read import ReadError, iter_paths, read_release
from kg.vocab import KG, base_iri

ON_INVALID = ("keep", "skip", "fail")


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
    triples: int = 0
    seconds: float = 0.0

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
    """(content hash, pipeline version) of a release already in the store."""
    from pyoxigraph import NamedNode

    g = NamedNode(graph)
    hashes = list(store.raw.quads_for_pattern(g, NamedNode(KG + "contentHash"), None, g))
    versions = list(store.raw.quads_for_pattern(g, NamedNode(KG + "pipelineVersion"), None, g))
    return (hashes[0].object.value if hashes else None, versions[0].object.value if versions else None)


def build(
    paths: Iterable[str | Path],
    store,
    base: str | None = None,
    validate: bool = True,
    on_invalid: str = "keep",
    strict: bool = False,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build releases from files or folders into `store`.

    on_invalid: what to do with a release whose graph fails the shapes:
    keep it (and report), skip it (report, not stored) or fail (stop the build).
    strict: stop at the first unreadable file instead of reporting and going on.
    """
    from kg.mapping import content_hash

    if on_invalid not in ON_INVALID:
        raise ValueError(f"on_invalid must be one of {ON_INVALID}")
    result = BuildResult()
    started = time.perf_counter()
    mint = Minter(base_iri(base))
    seen: dict[str, str] = {}
    try:
        for path in iter_paths(list(paths)):
            if progress:
                progress(str(path))
            try:
                releases = read_release(path)
            except (ReadError, OSError) as e:
                problem = e.problem if isinstance(e, ReadError) else str(e)
                result.failed.append(Failure(str(path), problem))
                if strict:
                    break
                continue
            for problem in getattr(releases, "problems", []):
                result.failed.append(Failure(problem.path, problem.problem))
            for release in releases:
                if release.id in seen and seen[release.id] != release.source:
                    result.failed.append(
                        Failure(
                            release.source,
                            f"release id {release.id!r} is also used by "
                            f"{seen[release.id]}; rename one of the files",
                        )
                    )
                    continue
                seen[release.id] = release.source
                graph = mint.release(release.id)
                if not force and stored_state(store, graph) == (
                    content_hash(release.text),
                    pipeline_version(),
                ):
                    result.skipped.append(release.id)
                    continue
                try:
                    done = process_release(release, base, validate)
                except Exception as e:  # noqa: BLE001 - one bad release must not stop the build
                    result.failed.append(
                        Failure(release.source, f"extraction failed: {type(e).__name__}: {e}")
                    )
                    if strict:
                        raise
                    continue
                if done.report is not None and not done.report.conforms:
                    result.invalid.append((release.id, done.report))
                    if on_invalid == "fail":
                        result.failed.append(Failure(release.source, "graph does not conform to the shapes"))
                        return result
                    if on_invalid == "skip":
                        continue
                store.replace_graph(graph, done.quads)
                result.built.append(release.id)
                result.triples += len(done.quads)
    except ReadError as e:
        result.failed.append(Failure(e.path, e.problem))
    finally:
        result.seconds = time.perf_counter() - started
    return result


def remove(store, release_ids: Iterable[str], base: str | None = None) -> list[str]:
    """Remove releases' graphs; returns the ids that were present."""
    mint = Minter(base_iri(base))
    return [rid for rid in release_ids if store.remove_graph(mint.release(rid))]
