"""What storing a release costs in the engine alone: pyoxigraph's bulk loader, without kg around it.

    python benchmarks/storewrite.py STORE [--batch 1024] [--rounds 3] [--scratch DIR]

Takes the release graphs of a built store (`kg build ... --store STORE`), and
loads them into a fresh store the way `kg build` writes them (bodies
bulk-loaded a batch at a time, then the batch's state triples in one
transaction), `--rounds` times over with the release IRIs renamed each round,
so the store grows as an archive does. Prints the CPU (all threads of the
process, RocksDB's background compaction included) per release for each round,
and the same graphs bulk-loaded in one call as quads and as default-graph
triples. It is the floor under the build's "store" stage: no extraction, no
pickling, no kg code on the path.
"""

from __future__ import annotations

import argparse
import re
import resource
import shutil
import tempfile
import time
from pathlib import Path

from pyoxigraph import NamedNode, RdfFormat, Store, serialize

STATE = {
    "https://example.org/kg/ontology#contentHash",
    "https://example.org/kg/ontology#pipelineVersion",
    "http://purl.org/dc/terms/identifier",
}


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def graphs_of(path: str) -> list[tuple[str, bytes, bytes]]:
    """(graph IRI, body N-Quads, state N-Quads) of every release graph in the store at `path`."""
    src = Store.read_only(path)
    out = []
    for g in src.named_graphs():
        quads = list(src.quads_for_pattern(None, None, None, g))
        body = [q for q in quads if q.predicate.value not in STATE]
        state = [q for q in quads if q.predicate.value in STATE]
        nq = RdfFormat.N_QUADS
        out.append((g.value, serialize(body, format=nq), serialize(state, format=nq)))
    return out


def batched(graphs, batch: int, rounds: int, scratch: Path) -> list[float]:
    """CPU ms per release of each round of loading `graphs` in batches into one growing store."""
    store = Store(str(scratch / "batched"))
    per_round = []
    for r in range(rounds):
        rename = f"/release/r{r}-".encode()
        start = cpu()
        for i in range(0, len(graphs), batch):
            part = graphs[i : i + batch]
            for g, _, _ in part:
                node = NamedNode(g.replace("/release/", f"/release/r{r}-"))
                if store.contains_named_graph(node):
                    store.remove_graph(node)
            body = b"".join(b.replace(b"/release/", rename) for _, b, _ in part)
            state = b"".join(s.replace(b"/release/", rename) for _, _, s in part)
            store.bulk_load(body, format=RdfFormat.N_QUADS, lenient=True)
            store.load(state, format=RdfFormat.N_QUADS)
        per_round.append((cpu() - start) / len(graphs) * 1000)
    del store
    return per_round


def one_call(graphs, scratch: Path, as_triples: bool) -> float:
    """CPU ms per release of one bulk load of every graph (quads, or triples in the default graph)."""
    data = b"".join(b for _, b, _ in graphs)
    fmt = RdfFormat.N_QUADS
    if as_triples:
        data, fmt = re.sub(rb" <[^>]*> \.\n", b" .\n", data), RdfFormat.N_TRIPLES
    store = Store(str(scratch / ("triples" if as_triples else "quads")))
    start = cpu()
    store.bulk_load(data, format=fmt, lenient=True)
    spent = cpu() - start
    del store
    return spent / len(graphs) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", help="a store built by kg build")
    ap.add_argument("--batch", type=int, default=1024)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--scratch", default=None, help="folder for the scratch stores (default: a temp folder)")
    args = ap.parse_args()
    t = time.perf_counter()
    graphs = graphs_of(args.store)
    quads = sum(b.count(b"\n") for _, b, _ in graphs)
    print(f"{len(graphs)} release graphs, {quads} body quads ({quads / len(graphs):.0f} a release), "
          f"read in {time.perf_counter() - t:.1f} s")  # fmt: skip
    scratch = Path(tempfile.mkdtemp(dir=args.scratch, prefix="kg-storewrite-"))
    try:
        for r, ms in enumerate(batched(graphs, args.batch, args.rounds, scratch)):
            size = (r + 1) * len(graphs)
            print(f"batches of {args.batch}, releases {r * len(graphs)}-{size}: {ms:.2f} ms CPU per release")
        for label, as_triples in (("quads in named graphs", False), ("triples in the default graph", True)):
            print(f"one bulk load, {label}: {one_call(graphs, scratch, as_triples):.2f} ms CPU per release")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
