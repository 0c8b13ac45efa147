"""Benchmark of the drawing path: projection, PNG, HTML for graphs of ~10 to ~500 nodes.

Usage: .venv/bin/python scripts/bench_draw.py [OUTDIR]
Uses the seeded synthetic releases of tests/draw_corpus.py (hand-made extractions,
no extraction model), so the figures are reproducible.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from draw_corpus import corpus, load  # noqa: E402
from kg.analytics import top  # noqa: E402
from kg.draw import draw_static, write_graph  # noqa: E402
from kg.project import project  # noqa: E402
from kg.store import open_store  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="kg-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    print(
        f"{'releases':>8} {'nodes':>6} {'edges':>6} {'project s':>9} {'png s':>6} {'labels':>6} "
        f"{'html s':>6} {'html KB':>7} {'top s':>6}"
    )
    for releases in (2, 10, 40, 150, 400):
        store = open_store(":memory:")
        load(store, corpus(releases, seed=3, people=4))
        t = time.perf_counter()
        g = project(store)
        t_project = time.perf_counter() - t
        t = time.perf_counter()
        drawn = draw_static(g, out / f"bench-{releases}.png")
        t_png = time.perf_counter() - t
        t = time.perf_counter()
        write_graph(g, out / f"bench-{releases}.html")
        t_html = time.perf_counter() - t
        t = time.perf_counter()
        top(g)
        t_top = time.perf_counter() - t
        kb = (out / f"bench-{releases}.html").stat().st_size // 1024
        print(
            f"{releases:>8} {g.number_of_nodes():>6} {g.number_of_edges():>6} "
            f"{t_project:>9.2f} {t_png:>6.2f} "
            f"{len(drawn['labels']):>6} {t_html:>6.2f} {kb:>7} {t_top:>6.2f}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak RSS {peak} MB; pictures in {out}")


if __name__ == "__main__":
    main()
