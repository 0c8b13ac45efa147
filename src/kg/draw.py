"""Drawing relationship graphs: static pictures (PNG, SVG, PDF) and GraphML for other tools."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

COLOURS = {
    "person": "#4C78A8",
    "organisation": "#F58518",
    "event": "#54A24B",
    "recommendation": "#B279A2",
    "release": "#9D9D9D",
    "country": "#E45756",
}
SHAPES = {
    "person": "o",
    "organisation": "s",
    "event": "D",
    "recommendation": "^",
    "release": "h",
    "country": "p",
}


def to_simple(g: nx.MultiDiGraph) -> nx.DiGraph:
    """Collapse parallel edges (one per release) into one edge with a count."""
    out = nx.DiGraph()
    out.add_nodes_from(g.nodes(data=True))
    for a, b, data in g.edges(data=True):
        if out.has_edge(a, b):
            out[a][b]["weight"] += 1
        else:
            out.add_edge(a, b, relation=data.get("relation", ""), label=data.get("label", ""), weight=1)
    return out


def draw_static(g: nx.MultiDiGraph, path: str | Path, title: str | None = None, seed: int = 7) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    simple = to_simple(g)
    n = simple.number_of_nodes()
    size = min(30.0, 8 + n * 0.08)
    fig, ax = plt.subplots(figsize=(size, size * 0.75), dpi=100)
    pos = nx.spring_layout(simple, seed=seed, k=1.6 / max(n, 1) ** 0.5) if n else {}
    for kind, colour in COLOURS.items():
        nodes = [v for v, d in simple.nodes(data=True) if d.get("type") == kind]
        if nodes:
            nx.draw_networkx_nodes(
                simple,
                pos,
                nodelist=nodes,
                node_color=colour,
                node_shape=SHAPES[kind],
                node_size=420,
                ax=ax,
                label=kind,
            )
    nx.draw_networkx_edges(simple, pos, ax=ax, alpha=0.45, arrows=True, arrowsize=10, node_size=420)
    degree = dict(simple.degree())
    show = {v for v in simple if n <= 60 or degree[v] >= sorted(degree.values())[-min(40, n)]}
    labels = {v: _short(d.get("label", v)) for v, d in simple.nodes(data=True) if v in show}
    nx.draw_networkx_labels(simple, pos, labels=labels, font_size=8, ax=ax)
    if n <= 40:
        edge_labels = {(a, b): d["relation"] for a, b, d in simple.edges(data=True)}
        nx.draw_networkx_edge_labels(simple, pos, edge_labels=edge_labels, font_size=6, ax=ax)
    ax.legend(scatterpoints=1, loc="upper left", fontsize=9)
    ax.set_title(title or f"{n} entities, {simple.number_of_edges()} relations")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig(str(path))
    plt.close(fig)


def _short(label: str, limit: int = 40) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def write_graph(g: nx.MultiDiGraph, path: str | Path) -> None:
    """Write `g` in the format the extension names (.png .svg .pdf .graphml .gexf .json)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".png", ".svg", ".pdf"):
        draw_static(g, path)
    elif suffix == ".graphml":
        nx.write_graphml(_plain(g), path)
    elif suffix == ".gexf":
        nx.write_gexf(_plain(g), path)
    else:
        raise ValueError(f"cannot draw to {path.name}: use .png, .svg, .pdf, .graphml or .gexf")


def _plain(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are all strings (GraphML and GEXF reject None)."""
    out = nx.MultiDiGraph()
    for v, d in g.nodes(data=True):
        out.add_node(v, **{k: str(x) for k, x in d.items() if x is not None})
    for a, b, k, d in g.edges(keys=True, data=True):
        out.add_edge(a, b, key=k, **{kk: str(x) for kk, x in d.items() if x is not None})
    return out
