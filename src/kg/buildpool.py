"""The worker pool of a parallel build: chunks in, results back in input order.

Kept apart from kg.build, which plans and writes, because how workers are
started (a fork server that never touched the store) and how many chunks may
be in flight are process-management concerns, not build logic.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable
from typing import Protocol

from kg.buildwork import ChunkResult, process_chunk, warm_up


class Taker(Protocol):
    """The build's writer: takes a chunk's result, says whether to go on."""

    def take(self, result: ChunkResult) -> bool: ...


def run_pool(chunks: Iterable, args: tuple, writer: Taker, jobs: int, extractor, inflight: int) -> None:
    """Chunks through a process pool, results taken in input order.

    At most `inflight` chunks are submitted and not yet taken: enough that the
    workers keep busy while the writer flushes a batch, few enough that memory
    stays flat.
    """
    from concurrent.futures import ProcessPoolExecutor

    ctx = pool_context()
    init = (extractor, os.getpid())
    with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=warm_up, initargs=init) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(process_chunk, chunk, *args))
            while len(pending) >= inflight:
                if not writer.take(pending.popleft().result()):
                    cancel(pending)
                    return
        while pending:
            if not writer.take(pending.popleft().result()):
                cancel(pending)
                return


# Imported once by the fork server, so each worker starts from a copy instead of importing spaCy
# and the extractors itself (about 2 s of CPU per worker, per build).
PRELOAD = ["kg.buildwork", "kg.extract", "kg.mapping", "kg.shacl_fast", "kg.validate", "spacy"]


def pool_context():
    """Workers forked from a fork server that never opened the store, else spawned.

    The calling process holds the open store (RocksDB and its threads), so it
    must not fork; a fork server is a fresh process that only imports the
    pipeline, and forking it is safe and cheaper than spawning.
    """
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def cancel(pending: deque) -> None:
    for f in pending:
        f.cancel()
