"""Seeded, component-aware layout shared by the static pictures and the HTML page.

A plain spring layout of a press-release graph throws the many small
components (a sponsor and its one event) to the rim and crushes the big one
in the middle. Laying out each connected component on its own and packing
them in rows, biggest first, keeps every part readable from 10 to 500 nodes;
the fixed seed makes the same input give the same picture.
"""

from __future__ import annotations

import math

import networkx as nx


def simple_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, one edge per pair, weight = number of parallel relations."""
    out = nx.Graph()
    out.add_nodes_from(g.nodes(data=True))
    for a, b in g.edges():
        if out.has_edge(a, b):
            out[a][b]["weight"] += 1
        else:
            out.add_edge(a, b, weight=1)
    return out


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in a square of side ~1 per sqrt(node); deterministic for the same graph."""
    und = simple_graph(g)
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    boxes: list[tuple[list[str], dict[str, tuple[float, float]], float]] = []
    for comp in comps:
        sub = und.subgraph(comp)
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif len(comp) == 2:
            local = {comp[0]: (-0.5, 0.0), comp[1]: (0.5, 0.0)}
        else:
            ordered = nx.Graph()
            ordered.add_nodes_from(comp)
            ordered.add_edges_from(sorted(sub.edges()))
            init = nx.circular_layout(ordered)
            local = nx.spring_layout(
                ordered,
                pos=init,
                seed=seed,
                iterations=_iterations(len(comp)),
                k=1.6 / math.sqrt(len(comp)),
                scale=1.0,
            )
            local = {v: (float(x), float(y)) for v, (x, y) in local.items()}
        side = 1.2 * math.sqrt(len(comp)) + 0.8
        boxes.append((comp, local, side))
    return _pack(boxes)


def _iterations(n: int) -> int:
    """Fewer rounds for big components: networkx's >=500-node path is a Python loop per node."""
    return 200 if n < 200 else 100 if n < 500 else 50


def _pack(boxes) -> dict[str, tuple[float, float]]:
    """Shelf packing: rows of components, row width about the square root of the total area."""
    total = sum(side * side for _, _, side in boxes)
    width = max(math.sqrt(total) * 1.3, boxes[0][2] if boxes else 1.0)
    pos: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, local, side in boxes:
        if x > 0 and x + side > width:
            x, y, row_h = 0.0, y - row_h, 0.0
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        scale = (side - 0.8) / span if len(comp) > 1 else 0.0
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        for v in comp:
            px, py = local[v]
            pos[v] = (x + side / 2 + (px - cx) * scale, y - side / 2 + (py - cy) * scale)
        x += side
        row_h = max(row_h, side)
    return pos
