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

MIN_GAP = 0.45  # layout units between node centres: about one marker at the default picture sizes


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
            local = force_layout(sub, comp, seed=seed, iterations=_iterations(len(comp)))
        side = 1.2 * math.sqrt(len(comp)) + 0.8
        boxes.append((comp, local, side))
    return _pack(boxes)


def force_layout(sub: nx.Graph, order: list[str], seed: int, iterations: int) -> dict:
    """Fruchterman-Reingold on a dense distance matrix with numpy.

    networkx switches to a per-node Python loop (or an optimiser) at 500 nodes,
    which costs 5-20 s; the dense form does a 550-node component in well under
    a second and, seeded and fed nodes in sorted order, is deterministic.
    """
    import numpy as np

    n = len(order)
    index = {v: i for i, v in enumerate(order)}
    adj = np.zeros((n, n))
    for a, b, d in sub.edges(data=True):
        adj[index[a], index[b]] = adj[index[b], index[a]] = d.get("weight", 1)
    adj = np.minimum(adj, 3.0)  # many parallel relations should not glue two nodes together
    rng = np.random.default_rng(seed)
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    p = np.column_stack([np.cos(angle), np.sin(angle)]) + rng.uniform(-0.05, 0.05, (n, 2))
    k = 1.6 / math.sqrt(n)
    t = 0.1
    dt = t / (iterations + 1)
    x, y = p[:, 0].copy(), p[:, 1].copy()
    for _ in range(iterations):
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        dist = np.maximum(np.hypot(dx, dy), 0.01)
        force = k * k / dist**2 - adj * dist / k
        fx, fy = (dx * force).sum(1), (dy * force).sum(1)
        step = t / np.maximum(np.hypot(fx, fy), 0.01)
        x += fx * step
        y += fy * step
        t -= dt
    p = np.column_stack([x, y])
    return {v: (float(p[i, 0]), float(p[i, 1])) for v, i in index.items()}


def _spread(points: list[tuple[float, float]], gap: float = MIN_GAP, rounds: int = 30):
    """Push apart nodes closer than `gap` (spring layouts let markers overlap in dense spots)."""
    import numpy as np

    p = np.array(points, dtype=float)
    if len(p) < 2:
        return [tuple(map(float, q)) for q in p]
    x, y = p[:, 0].copy(), p[:, 1].copy()
    for _ in range(rounds):
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        dist = np.hypot(dx, dy)
        np.fill_diagonal(dist, np.inf)
        close = dist < gap
        if not close.any():
            break
        # Coincident points are pushed along x, so the result stays deterministic.
        zero = dist == 0
        safe = np.where(zero, 1.0, dist)
        push = np.where(close, (gap - np.minimum(dist, gap)) / 2, 0.0)
        x += (np.where(zero, 1.0, dx / safe) * push).sum(1) * 0.5
        y += (np.where(zero, 0.0, dy / safe) * push).sum(1) * 0.5
    p = np.column_stack([x, y])
    return [(float(a), float(b)) for a, b in p]


def _iterations(n: int) -> int:
    """Fewer rounds for big components: each costs O(n^2)."""
    return 200 if n < 300 else 100


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
        placed = [((local[v][0] - cx) * scale, (local[v][1] - cy) * scale) for v in comp]
        for v, (px, py) in zip(comp, _spread(placed), strict=True):
            pos[v] = (x + side / 2 + px, y - side / 2 + py)
        x += side
        row_h = max(row_h, side)
    return pos
