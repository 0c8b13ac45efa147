"""Drawing the projection: static pictures, an offline HTML page, and files for other tools.

`write_graph` picks the writer from the file extension, so the CLI and a
notebook user share one entry point.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import networkx as nx

from kg.draw.formats import write_dot, write_gexf, write_graphml, write_json
from kg.draw.html import to_html, write_html
from kg.draw.layout import layout
from kg.draw.picture import COLOURS, SHAPES, draw_static

FORMATS = (".png", ".svg", ".pdf", ".html", ".graphml", ".gexf", ".dot", ".gv", ".json")


def write_graph(
    g: nx.MultiDiGraph,
    path: str | Path,
    title: str | None = None,
    size: tuple[int, int] = (1600, 1200),
    seed: int = 7,
) -> None:
    """Write `g` in the format the extension names (see FORMATS)."""
    path = Path(path)
    suffix = path.suffix.lower()
    writers: dict[str, Callable[[], object]] = {
        ".html": lambda: write_html(g, path, title, seed),
        ".graphml": lambda: write_graphml(g, path),
        ".gexf": lambda: write_gexf(g, path),
        ".dot": lambda: write_dot(g, path),
        ".gv": lambda: write_dot(g, path),
        ".json": lambda: write_json(g, path),
    }
    for ext in (".png", ".svg", ".pdf"):
        writers[ext] = lambda: draw_static(g, path, title=title, size=size, seed=seed)
    if suffix not in writers:
        raise ValueError(f"cannot draw to {path.name}: use one of {' '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    writers[suffix]()


__all__ = [
    "COLOURS",
    "FORMATS",
    "SHAPES",
    "draw_static",
    "layout",
    "to_html",
    "write_dot",
    "write_gexf",
    "write_graph",
    "write_graphml",
    "write_html",
    "write_json",
]
