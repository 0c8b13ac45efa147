"""Pictures, the HTML page and the exports, on hand-made extractions; and the `draw`/`stats --top` CLI."""

from __future__ import annotations

import json
import re
import struct

import networkx as nx
import pytest
from click.testing import CliRunner

from draw_corpus import EVIDENCE, NASTY, corpus, load, ndiaye_release
from kg.cli import cli
from kg.draw import draw_static, to_html, write_graph
from kg.draw.formats import dot_id, to_dot
from kg.draw.html import script_safe_js, script_safe_json
from kg.project import project
from kg.store import open_store


@pytest.fixture(scope="module")
def graph():
    store = open_store(":memory:")
    load(store, [ndiaye_release(), *corpus(12)])
    return project(store)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_png_is_a_real_image_of_the_requested_size(graph, tmp_path):
    import matplotlib.image as mpimg

    path = tmp_path / "g.png"
    write_graph(graph, path, size=(1200, 900))
    assert png_size(path.read_bytes()) == (1200, 900)
    pixels = mpimg.imread(path)
    assert pixels.shape[:2] == (900, 1200)
    # Not blank: many distinct colours (nodes of three types, labels, edges).
    colours = {tuple(p) for p in (pixels[::7, ::7, :3] * 255).astype(int).reshape(-1, 3)}
    assert len(colours) > 20
    default = tmp_path / "d.png"
    write_graph(graph, default)
    assert png_size(default.read_bytes()) == (1600, 1200)


def test_pictures_are_deterministic(graph, tmp_path):
    for ext in ("png", "svg", "pdf"):
        a, b = tmp_path / f"a.{ext}", tmp_path / f"b.{ext}"
        write_graph(graph, a)
        write_graph(graph, b)
        assert a.read_bytes() == b.read_bytes(), ext
    assert (tmp_path / "a.svg").read_text().lstrip().startswith("<?xml")
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def test_labels_do_not_overlap_and_legend_names_types(graph, tmp_path):
    drawn = draw_static(graph, tmp_path / "g.svg")
    boxes = drawn["boxes"]
    assert len(boxes) == len(drawn["labels"]) + len(drawn["edge_labels"])
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)
    svg = (tmp_path / "g.svg").read_text()
    for kind in ("person", "organisation", "event"):
        assert f">{kind}<" in svg or f"<!-- {kind} -->" in svg


def test_large_graph_hides_minor_labels_but_keeps_hubs(tmp_path):
    store = open_store(":memory:")
    load(store, corpus(150, people=5))
    g = project(store)
    assert 250 <= g.number_of_nodes() <= 600
    drawn = draw_static(g, tmp_path / "big.png")
    assert 10 < len(drawn["labels"]) < g.number_of_nodes()
    degree = dict(nx.Graph(g).degree())
    hub = max(degree, key=lambda v: (degree[v], v))
    assert hub in drawn["labels"]
    assert drawn["edge_labels"] == []


def test_graphml_and_gexf_read_back_with_the_same_nodes_and_edges(graph, tmp_path):
    expected_nodes = set(graph)
    expected_edges = {(a, b, d["relation"], d["release"]) for a, b, d in graph.edges(data=True)}
    for ext, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"g.{ext}"
        write_graph(graph, path)
        back = read(path)
        assert set(back) == expected_nodes, ext
        assert {(a, b, d["relation"], d["release"]) for a, b, d in back.edges(data=True)} == expected_edges
        assert back.number_of_edges() == graph.number_of_edges()
        nasty = next(v for v, d in back.nodes(data=True) if d["label"] == NASTY)
        assert back.nodes[nasty]["type"] == "organisation"


def test_node_link_json_round_trips(graph, tmp_path):
    path = tmp_path / "g.json"
    write_graph(graph, path)
    back = nx.node_link_graph(json.loads(path.read_text()), edges="links")
    assert set(back) == set(graph)
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))
    person = next(v for v, d in back.nodes(data=True) if d["label"] == "Ndioro Ndiaye")
    assert back.nodes[person]["evidence"] == graph.nodes[person]["evidence"]


def test_dot_quotes_every_name(graph, tmp_path):
    assert dot_id('a "b" \\ c\nd') == '"a \\"b\\" \\\\ c\\nd"'
    text = to_dot(graph)
    assert text.startswith("digraph kg {") and text.rstrip().endswith("}")
    assert text.count(" -> ") == graph.number_of_edges()
    assert dot_id(NASTY) in text
    write_graph(graph, tmp_path / "g.dot")
    assert (tmp_path / "g.dot").read_text() == text


def test_html_embeds_data_and_js_safely(graph):
    page = to_html(graph, title="A </script> title")
    # Only the page's own three script elements close; the hostile name never appears raw.
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 3
    assert NASTY not in page and "<!-- Org" not in page
    assert "A &lt;/script&gt; title" in page
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    parsed = json.loads(data)
    labels = {e["data"].get("label") for e in parsed["elements"]}
    assert NASTY in labels and "Ndioro Ndiaye" in labels
    assert any(ev["text"] == EVIDENCE for e in parsed["elements"] for ev in e["data"].get("evidence", []))
    assert "http://" not in page.split("<script>", 1)[0].replace("http://www.w3.org", "")
    assert script_safe_js("a='</SCRIPT>'") == "a='<\\/SCRIPT>'"
    assert "<" not in script_safe_json({"x": "</script><!--"})


def test_unknown_extension_is_an_error(graph, tmp_path):
    with pytest.raises(ValueError, match="cannot draw"):
        write_graph(graph, tmp_path / "g.bmp")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("kg") / "store"
    with open_store(path) as store:
        load(store, [ndiaye_release(), *corpus(10)])
    return str(path)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_draw_every_format_and_selection(store_path, tmp_path):
    for ext in ("png", "svg", "pdf", "html", "graphml", "gexf", "dot", "json"):
        out = tmp_path / f"g.{ext}"
        result = run("draw", "--store", store_path, "-o", str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    out = tmp_path / "focus.json"
    result = run("draw", "--store", store_path, "-o", str(out), "--focus", "Ndioro Ndiaye", "--depth", "1")
    assert "wrote" in result.output and "(3 nodes" in result.output
    labels = {n["label"] for n in json.loads(out.read_text())["nodes"]}
    assert labels == {
        "Ndioro Ndiaye",
        "Dakar Workshop on Labour Migration",
        "International Organization for Migration",
    }
    out = tmp_path / "release.json"
    run(
        "draw",
        "--store",
        store_path,
        "-o",
        str(out),
        "--release",
        "dakar-workshop",
        "--types",
        "organisation,event",
    )
    data = json.loads(out.read_text())
    assert {n["type"] for n in data["nodes"]} == {"organisation", "event"}
    assert {e["release"] for e in data["links"]} == {"dakar-workshop"}
    out = tmp_path / "hubs.json"
    run("draw", "--store", store_path, "-o", str(out), "--min-degree", "4")
    everything = json.loads((tmp_path / "g.json").read_text())
    hubs = json.loads(out.read_text())
    assert 0 < len(hubs["nodes"]) < len(everything["nodes"])
    query = tmp_path / "q.rq"
    query.write_text(
        "PREFIX schema: <https://schema.org/>\nCONSTRUCT { ?o a schema:Organization ; schema:name ?n } "
        "WHERE { GRAPH ?g { ?o a schema:Organization ; schema:name ?n } }"
    )
    out = tmp_path / "q.json"
    result = run("draw", "--store", store_path, "-o", str(out), "--query", str(query))
    assert result.exit_code == 0, result.output
    assert {n["type"] for n in json.loads(out.read_text())["nodes"]} == {"organisation"}


def test_cli_draw_errors_are_messages(store_path, tmp_path):
    for args, message in (
        (["--focus", "Nobody Here"], "no entity called"),
        (["--types", "people"], "unknown node type"),
        (["--size", "big"], "is not WxH"),
        (["-o", str(tmp_path / "g.bmp")], "cannot draw"),
    ):
        result = CliRunner().invoke(
            cli, ["draw", "--store", store_path, "-o", str(tmp_path / "x.png"), *args]
        )
        assert result.exit_code != 0
        assert message in result.output, result.output


def test_cli_stats_top(store_path):
    result = run("stats", "--store", store_path, "--top", "3")
    assert result.exit_code == 0, result.output
    out = result.output
    for heading in ("Most connected", "PageRank", "Betweenness", "Co-sponsorship pairs"):
        assert heading in out
    section = out.split("Most connected (distinct neighbours)\n", 1)[1].split("\n\n", 1)[0]
    assert len(section.splitlines()) == 3
    default = run("stats", "--store", store_path, "--top").output
    section = default.split("Most connected (distinct neighbours)\n", 1)[1].split("\n\n", 1)[0]
    assert len(section.splitlines()) == 10
    assert "Most connected" not in run("stats", "--store", store_path).output


def test_sample_release_graph(tmp_path, sample_dir):
    """Needs the real extraction (other branch): the sample's speaker, her event and its sponsors."""
    store = str(tmp_path / "store")
    assert run("build", str(sample_dir), "--store", store).exit_code == 0
    with open_store(store) as s:
        g = project(s)
    edges = {(g.nodes[a]["label"], d["relation"], g.nodes[b]["label"]) for a, b, d in g.edges(data=True)}
    spoke = {e for p, r, e in edges if p == "Ndioro Ndiaye" and r == "spoke at"}
    assert any("Trafficking in Women and Girls" in e for e in spoke), edges
    sponsors = {o for o, r, e in edges if r == "sponsored" and e in spoke}
    assert any("UNODC" in o or "United Nations Office on Drugs and Crime" in o for o in sponsors), sponsors
    from kg.analytics import co_sponsors

    assert co_sponsors(g), "four sponsors of one conference make co-sponsorship pairs"
    out = tmp_path / "sample.html"
    assert run("draw", "--store", store, "-o", str(out), "--focus", "Ndioro Ndiaye").exit_code == 0
    assert "Ndioro Ndiaye" in out.read_text()


def test_long_organisation_names_are_drawn_by_their_acronym():
    from kg.draw.html import elements
    from kg.draw.picture import node_caption

    g = nx.MultiDiGraph()
    long_name = "Lakeport Regional Commission for Migrant Health and Welfare"
    g.add_node("o1", type="organisation", label=long_name, props={"acronym": ["LRCMHW"]})
    g.add_node("o2", type="organisation", label="Lakeport Fund", props={"acronym": ["LF"]})
    g.add_node("o3", type="organisation", label=long_name + " of the North", props={})
    g.add_edge("o1", "o2", relation="partner", label="partner")
    g.add_edge("o1", "o3", relation="partner", label="partner")
    shown = {e["data"]["id"]: e["data"]["short"] for e in elements(g) if e["group"] == "nodes"}
    assert shown["o1"] == "LRCMHW"  # a name that would be cut: the acronym
    assert shown["o2"] == "Lakeport Fund"  # a name that fits: the name
    assert shown["o3"].endswith("…")  # no acronym: the name, cut
    assert node_caption(g.nodes["o1"], "o1") == "LRCMHW"
