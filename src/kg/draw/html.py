"""A self-contained, offline HTML page: cytoscape.js and the graph embedded in one file.

The JavaScript library is vendored in the package (kg/draw/vendor, from the
npm registry, with its licence), so the page needs no network. Text from
releases can contain anything, `</script>` included: the graph travels as
JSON in a non-executed <script type="application/json"> block with every
`<`, `>` and `&` escaped as \\u003c etc., and the page builds its panel with
textContent only, never innerHTML.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache
from pathlib import Path

import networkx as nx

from kg.draw.layout import layout, simple_graph
from kg.draw.picture import COLOURS, node_caption

_HERE = Path(__file__).resolve().parent
_JS_SHAPES = {
    "person": "ellipse",
    "organisation": "round-rectangle",
    "event": "diamond",
    "recommendation": "triangle",
    "addressee": "vee",
    "release": "hexagon",
    "country": "pentagon",
}
_SCALE = 90.0  # layout units to CSS pixels at zoom 1


@cache
def cytoscape_js() -> str:
    return (_HERE / "vendor" / "cytoscape.min.js").read_text(encoding="utf-8")


def script_safe_js(js: str) -> str:
    """Make JS safe inside <script>: no `</script` or `<!--` can end or confuse the element."""
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    return js.replace("<!--", "<\\!--")


def script_safe_json(value) -> str:
    """JSON that cannot close its <script> element: <, >, & and the JS line separators escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for ch, esc in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(ch, esc)
    return text


def elements(g: nx.MultiDiGraph, seed: int = 7) -> list[dict]:
    """Cytoscape elements with preset positions (the same seeded layout as the pictures)."""
    pos = layout(g, seed=seed)
    degree = dict(simple_graph(g).degree())
    top = max(degree.values(), default=1) or 1
    out: list[dict] = []
    for v, d in sorted(g.nodes(data=True)):
        x, y = pos[v]
        label = d.get("label", v)
        props = d.get("props", {})
        out.append(
            {
                "group": "nodes",
                "data": {
                    "id": v,
                    "label": label,
                    "short": node_caption(d, v, 28),
                    "type": d.get("type", ""),
                    "iri": d.get("iri", v),
                    "names": [label, *props.get("alternateName", [])],
                    "props": props,
                    "releases": d.get("releases", []),
                    "evidence": d.get("evidence", []),
                    "size": round(min(60.0, 14 + 4 * degree[v] ** 0.5), 1),
                    # Hubs get bigger type, so their names stay readable when zoomed out on a big graph.
                    "font": round(10 + 20 * degree[v] / top, 1),
                },
                "position": {"x": round(x * _SCALE, 2), "y": round(-y * _SCALE, 2)},
            }
        )
    merged: dict[tuple[str, str, str, str], dict] = {}
    for a, b, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("key", ""))):
        k = (a, b, d.get("relation", ""), d.get("label", ""))
        edge = merged.setdefault(
            k,
            {
                "group": "edges",
                "data": {
                    "id": f"e{len(merged)}",
                    "source": a,
                    "target": b,
                    "relation": k[2],
                    "label": k[3],
                    "releases": [],
                    "evidence": [],
                },
            },
        )
        if d.get("release") and d["release"] not in edge["data"]["releases"]:
            edge["data"]["releases"].append(d["release"])
        edge["data"]["evidence"] += [e for e in d.get("evidence", []) if e not in edge["data"]["evidence"]][
            :5
        ]
    return out + list(merged.values())


def to_html(g: nx.MultiDiGraph, title: str | None = None, seed: int = 7) -> str:
    title = title or f"kg: {g.number_of_nodes()} entities, {g.number_of_edges()} relations"
    data = {
        "types": {t: {"colour": COLOURS[t], "shape": _JS_SHAPES[t]} for t in COLOURS},
        "order": list(COLOURS),
        "elements": elements(g, seed),
    }
    page = (_HERE / "page.html").read_text(encoding="utf-8")
    values = {
        "TITLE": html.escape(title),
        "DATA": script_safe_json(data),
        "CYTOSCAPE": script_safe_js(cytoscape_js()),
    }
    # One pass: text substituted in is never scanned again for placeholders.
    return re.sub(r"__(TITLE|DATA|CYTOSCAPE)__", lambda m: values[m.group(1)], page)


def write_html(g: nx.MultiDiGraph, path: str | Path, title: str | None = None, seed: int = 7) -> None:
    Path(path).write_text(to_html(g, title, seed), encoding="utf-8")
