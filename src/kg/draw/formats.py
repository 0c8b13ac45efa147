"""Exports of the projection for other tools: GraphML, GEXF (Gephi, Cytoscape), DOT (Graphviz), JSON.

GraphML and GEXF only hold scalar attributes, so lists (releases, evidence,
properties) are flattened: releases joined with "; ", evidence and properties
as JSON text. Node-link JSON keeps everything as is and reads back with
`networkx.node_link_graph(data, edges="links")`.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.draw.picture import COLOURS


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values are strings (GraphML and GEXF reject lists, dicts and None)."""
    out = nx.MultiDiGraph()
    for v, d in g.nodes(data=True):
        out.add_node(v, **{k: _scalar(x) for k, x in d.items() if x is not None})
        out.nodes[v]["colour"] = COLOURS.get(d.get("type", ""), "#999999")
    for a, b, k, d in g.edges(keys=True, data=True):
        out.add_edge(a, b, key=k, **{kk: _scalar(x) for kk, x in d.items() if x is not None})
    return out


def _scalar(value) -> str:
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def write_graphml(g: nx.MultiDiGraph, path: str | Path) -> None:
    nx.write_graphml(flat(g), str(path))


def write_gexf(g: nx.MultiDiGraph, path: str | Path) -> None:
    f = flat(g)
    for v, d in f.nodes(data=True):
        d["label"] = d.get("label", v)  # Gephi shows the GEXF label, not the id
    nx.write_gexf(f, str(path))


def node_link(g: nx.MultiDiGraph) -> dict:
    """networkx's node-link structure, written out so it does not depend on the networkx version."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": {},
        "nodes": [{"id": v, **d} for v, d in sorted(g.nodes(data=True))],
        "links": [
            {"source": a, "target": b, "key": k, **d}
            for a, b, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3])
        ],
    }


def write_json(g: nx.MultiDiGraph, path: str | Path) -> None:
    Path(path).write_text(json.dumps(node_link(g), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def dot_id(text: str) -> str:
    """A DOT double-quoted ID: backslashes and quotes escaped, newlines as \\n."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


_DOT_SHAPES = {
    "person": "ellipse",
    "organisation": "box",
    "event": "diamond",
    "recommendation": "triangle",
    "addressee": "invtriangle",
    "release": "hexagon",
    "country": "pentagon",
}


def to_dot(g: nx.MultiDiGraph) -> str:
    """Graphviz DOT text, written directly (no pydot): quoting is the only subtle part."""
    lines = [
        "digraph kg {",
        "  graph [overlap=false, splines=true];",
        '  node [style=filled, fontname="Helvetica"];',
    ]
    for v, d in sorted(g.nodes(data=True)):
        kind = d.get("type", "")
        attrs = {
            "label": d.get("label", v),
            "shape": _DOT_SHAPES.get(kind, "ellipse"),
            "fillcolor": COLOURS.get(kind, "#999999"),
            "type": kind,
        }
        lines.append(f"  {dot_id(v)} [{', '.join(f'{k}={dot_id(x)}' for k, x in attrs.items())}];")
    for a, b, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        attrs = {"label": d.get("label", ""), "relation": d.get("relation", ""), "key": k}
        lines.append(
            f"  {dot_id(a)} -> {dot_id(b)} [{', '.join(f'{x}={dot_id(y)}' for x, y in attrs.items())}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_dot(g: nx.MultiDiGraph, path: str | Path) -> None:
    Path(path).write_text(to_dot(g), encoding="utf-8")
