"""`kg extract --out DIR`: each release's graph as its own N-Quads file, for batch runners.

A directory that quacks like a store for the build's writer: the same
parallel, streaming pipeline writes `DIR/<release id>.nq` (the release's named
graph, state triples included) instead of touching a database, so any batch
system can shard the extraction over machines and any store's bulk loader
(oxigraph load, tdb2.tdbloader, ...) can take the result. Files are written
under a temporary name and renamed, so a killed run leaves no partial file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from kg.store import GraphData, StoredRelease


class ShardDirectory:
    """Writes release graphs as N-Quads files; never reads them back (every run rewrites)."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.location = str(self.out)
        self.written: list[Path] = []

    def path_for(self, graph: str) -> Path:
        return self.out / (graph.rsplit("/release/", 1)[-1] + ".nq")

    def replace_graphs(self, items: Sequence[GraphData]) -> None:
        for item in items:
            path = self.path_for(item.graph)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_bytes(item.body + item.state)
            os.replace(tmp, path)
            self.written.append(path)

    def release_states(self) -> dict[str, StoredRelease]:
        return {}

    def close(self) -> None:
        pass


def extract_to(paths, out: str | Path, base: str | None = None, validate: bool = True, jobs: int = 0, **kw):
    """Run the pipeline over `paths`, writing one N-Quads file per release into `out`."""
    from kg.build import build

    shards = ShardDirectory(out)
    result = build(paths, shards, base=base, validate=validate, jobs=jobs, force=True, **kw)
    return result, shards
