"""kg serve: a read-only SPARQL 1.1 Protocol endpoint, used by standard clients."""

from __future__ import annotations

import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.build import build
from kg.serve import Server, Settings, negotiate
from kg.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import generate  # noqa: E402


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    folder = generate.write(4, tmp / "rel", seed=5)
    with open_store(tmp / "store") as store:
        assert len(build([folder], store, extractor=generate.oracle_extract).built) == 4
    server = Server(Settings(str(tmp / "store"), timeout=2.0, max_bytes=200_000, workers=2), port=0).start()
    yield server.url
    server.close()


def get(
    url: str, accept: str | None = None, data: bytes | None = None, ctype: str | None = None, method=None
):
    headers = {k: v for k, v in (("Accept", accept), ("Content-Type", ctype)) if v}
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers["Content-Type"], r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read()


COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def test_sparqlwrapper_get_and_post(endpoint):
    for method in ("GET", "POST"):
        client = SPARQLWrapper(endpoint)
        client.setMethod(method)
        client.setQuery(COUNT)
        client.setReturnFormat(JSON)
        result = client.query().convert()
        assert result["results"]["bindings"][0]["n"]["value"] == "4"


def test_default_graph_is_the_union_and_formats_negotiate(endpoint):
    q = urllib.parse.quote("SELECT ?id WHERE { ?r <http://purl.org/dc/terms/identifier> ?id } ORDER BY ?id")
    status, ctype, body = get(f"{endpoint}?query={q}", "text/csv")
    assert status == 200 and ctype.startswith("text/csv")
    assert body.decode().splitlines() == ["id"] + [generate.release_id(5, i) for i in range(4)]
    status, ctype, body = get(f"{endpoint}?query={q}", "application/sparql-results+xml")
    assert status == 200 and b"<sparql" in body
    status, ctype, body = get(f"{endpoint}?query={q}", "text/tab-separated-values")
    assert status == 200 and body.decode().splitlines()[0] == "?id"
    construct = "CONSTRUCT { ?r a ?t } WHERE { ?r a ?t } "
    status, ctype, body = get(
        endpoint, "application/n-triples", construct.encode(), "application/sparql-query"
    )
    assert status == 200 and ctype.startswith("application/n-triples") and body.count(b"\n") > 10
    status, ctype, body = get(endpoint, "application/ld+json", construct.encode(), "application/sparql-query")
    assert status == 200 and isinstance(json.loads(body), list | dict)
    status, ctype, _ = get(endpoint, None, construct.encode(), "application/sparql-query")
    assert status == 200 and ctype.startswith("text/turtle")
    status, _, _ = get(f"{endpoint}?query={q}", "image/png")
    assert status == 406


def test_dataset_parameters_restrict_the_graphs(endpoint):
    """named-graph-uri / default-graph-uri, by GET, form POST and direct POST, as the Protocol has them."""
    graphs = [f"https://example.org/kg/id/release/{generate.release_id(5, i)}" for i in (1, 3)]
    ids = [generate.release_id(5, i) for i in (1, 3)]
    q = "SELECT ?id WHERE { GRAPH ?g { ?g <http://purl.org/dc/terms/identifier> ?id } } ORDER BY ?id"
    named = "&".join(f"named-graph-uri={urllib.parse.quote(g)}" for g in graphs)
    status, _, body = get(f"{endpoint}?query={urllib.parse.quote(q)}&{named}", "text/csv")
    assert status == 200 and body.decode().splitlines() == ["id", *ids]
    form = urllib.parse.urlencode([("query", q)] + [("named-graph-uri", g) for g in graphs]).encode()
    status, _, body = get(endpoint, "text/csv", form, "application/x-www-form-urlencoded")
    assert body.decode().splitlines() == ["id", *ids]
    status, _, body = get(f"{endpoint}?{named}", "text/csv", q.encode(), "application/sparql-query")
    assert body.decode().splitlines() == ["id", *ids]
    default = "SELECT ?id WHERE { ?r <http://purl.org/dc/terms/identifier> ?id }"
    url = f"{endpoint}?query={urllib.parse.quote(default)}&default-graph-uri={urllib.parse.quote(graphs[0])}"
    status, _, body = get(url, "text/csv")
    assert body.decode().splitlines() == ["id", ids[0]]
    status, _, body = get(
        f"{endpoint}?query={urllib.parse.quote(q)}&named-graph-uri=not%20an%20iri", "text/csv"
    )
    assert status == 400


def test_updates_are_refused(endpoint):
    update = b"INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    assert get(endpoint, data=update, ctype="application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": update.decode()}).encode()
    assert get(endpoint, data=form, ctype="application/x-www-form-urlencoded")[0] == 403
    assert get(endpoint.replace("/query", "/store?default"), data=b"", method="PUT")[0] == 403
    assert get(endpoint.replace("/query", "/store?default"), method="DELETE")[0] == 403
    status, _, body = get(f"{endpoint}?query=" + urllib.parse.quote(COUNT), "text/csv")
    assert body.decode().splitlines()[1] == "4"


def test_runaway_query_is_stopped_and_server_keeps_serving(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.perf_counter()
    status, _, body = get(f"{endpoint}?query=" + urllib.parse.quote(slow), "text/csv")
    assert status == 503 and b"timeout" in body
    assert time.perf_counter() - started < 10
    status, _, body = get(f"{endpoint}?query=" + urllib.parse.quote(COUNT), "text/csv")
    assert status == 200 and body.decode().splitlines()[1] == "4"


def test_result_size_limit_and_syntax_errors(endpoint):
    big = "SELECT * WHERE { ?s ?p ?o . ?x a ?t }"
    status, _, body = get(f"{endpoint}?query=" + urllib.parse.quote(big), "text/csv")
    assert status == 413 and b"limit" in body
    status, _, body = get(f"{endpoint}?query=" + urllib.parse.quote("SELECT WHERE {"), "text/csv")
    assert status == 400


def test_negotiate_prefers_quality_then_order():
    table = {"application/sparql-results+json": "JSON", "text/csv": "CSV"}
    assert (
        negotiate("text/csv;q=0.5, application/sparql-results+json", table)
        == "application/sparql-results+json"
    )
    assert negotiate("text/*", table) == "text/csv"
    assert negotiate("*/*", table) == "application/sparql-results+json"
    assert negotiate(None, table) == "application/sparql-results+json"
    assert negotiate("image/png", table) is None


def test_cli_serve_needs_an_embedded_store(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    res = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "missing")])
    assert res.exit_code != 0 and "no embedded store" in res.output
