"""Network analytics over the projection: who is most connected, who sponsors together, who bridges.

Runs on the same `project()` graph as the pictures, so a number here can be
checked by looking at the drawing. Degree counts distinct neighbours (not
mentions), PageRank runs on the undirected weighted graph (a sponsor is as
"central" as the event it sponsors), betweenness is exact up to 1000 nodes
and sampled (seeded) above, where exact costs O(n*m).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from kg.draw.layout import simple_graph

TOP_TYPES = ("person", "organisation")


@dataclass
class Ranked:
    iri: str
    label: str
    type: str
    value: float


@dataclass
class Pair:
    a: str
    b: str
    events: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.events)


@dataclass
class TopReport:
    degree: list[Ranked]
    pagerank: list[Ranked]
    betweenness: list[Ranked]
    co_sponsors: list[Pair]

    def text(self) -> str:
        out = []
        for title, rows, fmt in (
            ("Most connected (distinct neighbours)", self.degree, "{:.0f}"),
            ("PageRank", self.pagerank, "{:.4f}"),
            ("Betweenness (bridges between groups)", self.betweenness, "{:.4f}"),
        ):
            out.append(title)
            out += [f"  {fmt.format(r.value):>8}  {r.label} ({r.type})" for r in rows] or ["  (none)"]
            out.append("")
        out.append("Co-sponsorship pairs (events sponsored or organised together)")
        out += [
            f"  {p.count:>8}  {p.a} + {p.b}: {'; '.join(p.events[:3])}{' …' if p.count > 3 else ''}"
            for p in self.co_sponsors
        ] or ["  (none)"]
        return "\n".join(out) + "\n"


def _rank(g: nx.MultiDiGraph, scores: dict, n: int, types: tuple[str, ...]) -> list[Ranked]:
    rows = [
        Ranked(v, g.nodes[v].get("label", v), g.nodes[v].get("type", ""), float(s))
        for v, s in scores.items()
        if g.nodes[v].get("type") in types and s > 0
    ]
    rows.sort(key=lambda r: (-r.value, r.label, r.iri))
    return rows[:n]


def centrality(g: nx.MultiDiGraph, seed: int = 7) -> tuple[dict, dict, dict]:
    """(degree, pagerank, betweenness) per node of `g`."""
    und = simple_graph(g)
    degree = dict(und.degree())
    if und.number_of_edges() == 0:
        zero = dict.fromkeys(und, 0.0)
        return degree, zero, zero
    pagerank = nx.pagerank(und, weight="weight")
    k = None if und.number_of_nodes() <= 1000 else 500
    betweenness = nx.betweenness_centrality(und, k=k, seed=seed if k else None)
    return degree, pagerank, betweenness


def co_sponsors(g: nx.MultiDiGraph, relations: tuple[str, ...] = ("sponsored", "organised")) -> list[Pair]:
    """Pairs of organisations backing the same events, most events first."""
    backers: dict[str, set[str]] = {}
    for a, b, d in g.edges(data=True):
        if d.get("relation") in relations and g.nodes[a].get("type") == "organisation":
            backers.setdefault(b, set()).add(a)
    pairs: dict[tuple[str, str], Pair] = {}
    for event in sorted(backers):
        names = sorted(g.nodes[o].get("label", o) for o in backers[event])
        for x, y in combinations(names, 2):
            pairs.setdefault((x, y), Pair(x, y)).events.append(g.nodes[event].get("label", event))
    return sorted(pairs.values(), key=lambda p: (-p.count, p.a, p.b))


def top(g: nx.MultiDiGraph, n: int = 10, types: tuple[str, ...] = TOP_TYPES) -> TopReport:
    degree, pagerank, betweenness = centrality(g)
    return TopReport(
        degree=_rank(g, degree, n, types),
        pagerank=_rank(g, pagerank, n, types),
        betweenness=_rank(g, betweenness, n, types),
        co_sponsors=co_sponsors(g)[:n],
    )


def relation_counts(g: nx.MultiDiGraph) -> Counter:
    return Counter(d.get("relation", "") for _, _, d in g.edges(data=True))
