"""Static pictures (PNG, SVG, PDF) with matplotlib.

Readability rules: colour and shape by type with a legend; node size by
degree; labels placed greedily, most connected first, and a label that would
overlap one already drawn is dropped rather than piled on it (so a 500-node
graph shows its hubs' names instead of an ink blot); edge labels only while
the graph is small enough to read them, under the same no-overlap rule.
Output is byte-for-byte deterministic (seeded layout, no dates in metadata).
"""

from __future__ import annotations

import math
from pathlib import Path

import networkx as nx

from kg.draw.layout import layout, simple_graph

COLOURS = {
    "person": "#4C78A8",
    "organisation": "#F58518",
    "event": "#54A24B",
    "recommendation": "#B279A2",
    "addressee": "#72B7B2",
    "release": "#9D9D9D",
    "country": "#E45756",
}
SHAPES = {
    "person": "o",
    "organisation": "s",
    "event": "D",
    "recommendation": "^",
    "addressee": "v",
    "release": "h",
    "country": "p",
}
EDGE_LABEL_LIMIT = 80  # more edges than this and their labels are noise


def short(label: str, limit: int = 32) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def node_caption(data: dict, default: str, limit: int = 32) -> str:
    """A node's name as drawn: an organisation whose name would be cut shows its acronym instead
    ("UNHCR", not "United Nations High Commissioner…"), which readers of the field know it by."""
    label = " ".join(str(data.get("label", default)).split())
    acronyms = data.get("props", {}).get("acronym")
    if acronyms and len(label) > limit:
        return short(acronyms[0], limit)
    return short(label, limit)


def draw_static(
    g: nx.MultiDiGraph,
    path: str | Path,
    title: str | None = None,
    size: tuple[int, int] = (1600, 1200),
    seed: int = 7,
) -> dict:
    """Draw `g` to `path` (.png .svg .pdf) at `size` pixels (at 100 dpi); returns what was labelled."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    matplotlib.rcParams["svg.hashsalt"] = "kg"
    und = simple_graph(g)
    n = und.number_of_nodes()
    pos = layout(g, seed=seed)
    fig, ax = plt.subplots(figsize=(size[0] / 100, size[1] / 100), dpi=100)
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.95)
    ax.axis("off")
    degree = dict(und.degree())
    # Marker area shrinks with the number of nodes so a big graph still has white space.
    base = max(20.0, min(380.0, 24000.0 / max(n, 1)))
    node_size = {v: base * (1 + 0.35 * math.sqrt(degree[v])) for v in und}
    if n:
        _equal_limits(ax, fig, pos)
    nx.draw_networkx_edges(
        und,
        pos,
        ax=ax,
        width=[min(3.0, 0.6 + 0.4 * d["weight"]) for _, _, d in und.edges(data=True)],
        edge_color="#888888",
        alpha=0.5 if n <= 150 else 0.3,
        node_size=[node_size[v] for v in und],
    )
    present = []
    for kind, colour in COLOURS.items():
        nodes = [v for v, d in und.nodes(data=True) if d.get("type") == kind]
        if not nodes:
            continue
        present.append(kind)
        nx.draw_networkx_nodes(
            und,
            pos,
            nodelist=nodes,
            node_color=colour,
            node_shape=SHAPES[kind],
            node_size=[node_size[v] for v in nodes],
            edgecolors="white",
            linewidths=0.8,
            ax=ax,
        )
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    markers = _marker_boxes(ax, pos, node_size)
    placed: list = []
    font = 9 if n <= 60 else 8 if n <= 200 else 7
    order = sorted(und, key=lambda v: (-degree[v], str(und.nodes[v].get("label", v))))
    shown = []
    # Hubs' names matter most: they may cover other markers; minor labels may cover nothing.
    hubs = set(order[: max(12, n // 15)]) if n > 100 else set()
    for v in order:
        x, y = pos[v]
        text = ax.text(
            x,
            y,
            node_caption(und.nodes[v], v),
            fontsize=font + (1 if v in hubs and n > 60 else 0),
            fontweight="bold" if v in hubs and n > 60 else "normal",
            ha="center",
            va="top",
            zorder=5,
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
        )
        # Try under, over, right and left of the marker (offsets in points, whatever the data scale);
        # a label that fits nowhere is hidden.
        r = math.sqrt(node_size[v]) / 2 + 1
        for ha, va, dx, dy in (
            ("center", "top", 0, -r),
            ("center", "bottom", 0, r),
            ("left", "center", r, 0),
            ("right", "center", -r, 0),
        ):
            text.set_ha(ha)
            text.set_va(va)
            text.set_transform(ax.transData + _offset(fig, dy, dx))
            if _fits(text, renderer, placed, fig, markers[:0] if v in hubs else markers):
                shown.append(v)
                break
        else:
            text.remove()
    edge_labels = []
    if g.number_of_edges() <= EDGE_LABEL_LIMIT:
        for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("label", ""))):
            if (a, b) in {(x, y) for x, y, _ in edge_labels}:
                continue
            (x1, y1), (x2, y2) = pos[a], pos[b]
            text = ax.text(
                (x1 + x2) / 2,
                (y1 + y2) / 2,
                short(d.get("label", d.get("relation", "")), 24),
                fontsize=font - 2,
                color="#555555",
                ha="center",
                va="center",
                zorder=4,
                bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.8},
            )
            if _fits(text, renderer, placed, fig, markers):
                edge_labels.append((a, b, text.get_text()))
            else:
                text.remove()
    handles = [
        Line2D([], [], marker=SHAPES[k], color="white", markerfacecolor=COLOURS[k], markersize=10, label=k)
        for k in present
    ]
    if handles:
        ax.legend(handles=handles, loc="upper left", fontsize=9, frameon=True, framealpha=0.9)
    hidden = n - len(shown)
    caption = title or f"{n} entities, {und.number_of_edges()} connections"
    if hidden:
        caption += f" ({hidden} minor labels hidden)"
    ax.set_title(caption, fontsize=11)
    path = Path(path)
    metadata = {"pdf": {"CreationDate": None}, "svg": {"Date": None}}.get(path.suffix.lower().lstrip("."))
    fig.savefig(str(path), dpi=100, metadata=metadata)
    plt.close(fig)
    return {"labels": shown, "edge_labels": edge_labels, "boxes": placed}


def _equal_limits(ax, fig, pos: dict, pad: float = 0.6) -> None:
    """Limits with one unit the same length on both axes, so the layout is not stretched."""
    xs, ys = zip(*pos.values(), strict=True)
    x0, x1, y0, y1 = min(xs) - pad, max(xs) + pad, min(ys) - pad, max(ys) + pad
    box = ax.get_position()
    width_px, height_px = box.width * fig.bbox.width, box.height * fig.bbox.height
    per_px = max((x1 - x0) / width_px, (y1 - y0) / height_px)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    ax.set_xlim(cx - per_px * width_px / 2, cx + per_px * width_px / 2)
    ax.set_ylim(cy - per_px * height_px / 2, cy + per_px * height_px / 2)


def _marker_boxes(ax, pos: dict, node_size: dict):
    """Display-space boxes (x0, y0, x1, y1 rows) of the markers: labels must not cover other nodes."""
    import numpy as np

    boxes = []
    for v, (x, y) in pos.items():
        cx, cy = ax.transData.transform((x, y))
        r = math.sqrt(node_size[v]) / 2 * ax.figure.dpi / 72 * 0.9
        boxes.append((cx - r, cy - r, cx + r, cy + r))
    return np.array(boxes).reshape(-1, 4)


def _hits(box, boxes) -> bool:
    """Does `box` overlap any row of `boxes` (an (n, 4) array)? Vectorised: 500 nodes x 4 tries."""
    import numpy as np

    if len(boxes) == 0:
        return False
    b = np.asarray(boxes)
    return bool(np.any((b[:, 0] < box.x1) & (b[:, 2] > box.x0) & (b[:, 1] < box.y1) & (b[:, 3] > box.y0)))


def _offset(fig, dy: float, dx: float = 0.0):
    from matplotlib.transforms import ScaledTranslation

    return ScaledTranslation(dx / 72, dy / 72, fig.dpi_scale_trans)


def _fits(text, renderer, placed: list, fig, markers=()) -> bool:
    """Keep `text` if its box is inside the figure and overlaps no label already placed nor `markers`."""
    box = text.get_window_extent(renderer).expanded(1.04, 1.1)
    w, h = fig.bbox.width, fig.bbox.height
    if box.x0 < 0 or box.y0 < 0 or box.x1 > w or box.y1 > h:
        return False
    if _hits(box, [b.extents for b in placed]) or _hits(box, markers):
        return False
    placed.append(box)
    return True
