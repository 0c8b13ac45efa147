"""What a full listing costs in the engine: the `releases` query built up one pattern at a time.

    python benchmarks/querycost.py STORE

Runs, with pyoxigraph alone on a built store, the named query `releases`
and its prefixes (one triple pattern, two, then each OPTIONAL), best of three,
so the cost of a whole-store listing can be read per row and per pattern. It
is why full listings on a large store take seconds whatever kg does around
them, and why scoped queries (`--release`, `--since`) are the fast path.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pyoxigraph import Store

ROOT = Path(__file__).resolve().parents[1]
PREFIXES = """PREFIX kg: <https://example.org/kg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX dct: <http://purl.org/dc/terms/>
"""
STEPS = {
    "one pattern (identifier)": "SELECT ?g ?release WHERE { GRAPH ?g { ?g dct:identifier ?release } }",
    "two patterns (+ source file)": """SELECT ?g ?release ?source WHERE { GRAPH ?g {
        ?g dct:identifier ?release ; kg:sourceFile ?source } }""",
    "+ OPTIONAL headline": """SELECT ?g ?release ?source ?title WHERE { GRAPH ?g {
        ?g dct:identifier ?release ; kg:sourceFile ?source . OPTIONAL { ?g schema:headline ?title } } }""",
}


def best_of(store: Store, sparql: str, runs: int = 3) -> tuple[int, float]:
    best, rows = float("inf"), 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = sum(1 for _ in store.query(sparql))
        best = min(best, time.perf_counter() - start)
    return rows, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", help="a store built by kg build")
    args = ap.parse_args()
    store = Store.read_only(args.store)
    queries = {label: PREFIXES + q for label, q in STEPS.items()}
    named = (ROOT / "queries" / "releases.rq").read_text()
    queries["the named query releases (three OPTIONALs, ORDER BY)"] = named
    for label, sparql in queries.items():
        rows, seconds = best_of(store, sparql)
        per_row = seconds / rows * 1e6 if rows else 0.0
        print(f"{label:55} {rows:7} rows  {seconds * 1000:8.1f} ms  {per_row:6.1f} µs a row")


if __name__ == "__main__":
    main()
