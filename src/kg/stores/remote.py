"""A remote store: any SPARQL 1.1 server with the Protocol and the Graph Store Protocol.

`--store http://host:7878` (Oxigraph server, Fuseki dataset URL ...). Each
release is one named graph; replacing it is a Graph Store Protocol PUT (an
atomic replace) or, for batches, one SPARQL Update request of DROP + INSERT
DATA pairs (one transaction on Oxigraph and Fuseki). Results come back as
SPARQL JSON / N-Quads and are parsed by pyoxigraph, so callers see the same
objects as from the embedded store. Idempotent requests are retried with
backoff on connection errors and 5xx answers.

Endpoints: `<url>/query`, `<url>/update` and `<url>/store`, which is
Oxigraph server's layout and also Fuseki's for a dataset URL
(`http://host:3030/ds/query|update`; Fuseki's Graph Store endpoint is
`/ds/data`, pass `Endpoints` explicitly for it).
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pyoxigraph import (
    Literal,
    NamedNode,
    Quad,
    QueryResultsFormat,
    RdfFormat,
    parse,
    parse_query_results,
    serialize,
)

from kg.store import STATE_QUERY, GraphData, StoredRelease, StoreError, _insert_data


@dataclass
class Endpoints:
    query: str
    update: str
    store: str

    @classmethod
    def for_url(cls, url: str) -> Endpoints:
        url = url.rstrip("/")
        return cls(f"{url}/query", f"{url}/update", f"{url}/store")


class RemoteStore:
    """The GraphStore interface over HTTP."""

    def __init__(
        self,
        url: str,
        retries: int = 4,
        timeout: float = 60.0,
        batch_bytes: int = 8 << 20,
        endpoints: Endpoints | None = None,
    ):
        if not url.startswith(("http://", "https://")):
            raise StoreError(f"not an http(s) URL: {url}")
        self.location = url
        self.endpoints = endpoints or Endpoints.for_url(url)
        self.retries = retries
        self.timeout = timeout
        self.batch_bytes = batch_bytes
        try:
            self._request("GET", self.endpoints.query + "?query=" + urllib.parse.quote("ASK {}"))
        except StoreError as e:
            raise StoreError(f"cannot reach SPARQL store {url}: {e}") from None

    # -- HTTP -------------------------------------------------------------------------------------
    def _request(
        self,
        method: str,
        url: str,
        body: bytes | None = None,
        headers: dict | None = None,
        ok=(200, 201, 204),
    ) -> tuple[int, bytes]:
        delay = 0.2
        for attempt in range(self.retries + 1):
            req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    return resp.status, resp.read()
            except urllib.error.HTTPError as e:
                detail = e.read().decode("utf-8", "replace")[:500]
                if e.code in ok:
                    return e.code, b""
                if e.code < 500 or attempt == self.retries:
                    raise StoreError(f"{method} {url}: HTTP {e.code}: {detail}") from None
            except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
                if attempt == self.retries:
                    raise StoreError(f"{method} {url}: {getattr(e, 'reason', e)}") from None
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def _graph_url(self, graph: str) -> str:
        return self.endpoints.store + "?graph=" + urllib.parse.quote(graph, safe="")

    def _update(self, sparql: str) -> None:
        self._request(
            "POST",
            self.endpoints.update,
            sparql.encode("utf-8"),
            {"Content-Type": "application/sparql-update"},
        )

    # -- GraphStore -------------------------------------------------------------------------------
    def replace_graph(self, graph: str, quads: Sequence[Quad]) -> None:
        """PUT to the Graph Store Protocol: the server swaps the graph in one step."""
        data = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES)
        self._request("PUT", self._graph_url(graph), data, {"Content-Type": "application/n-triples"})

    def replace_graphs(self, items: Sequence[GraphData]) -> None:
        """Batches of DROP + INSERT DATA in one update request each (bounded by batch_bytes)."""
        batch: list[str] = []
        size = 0
        for item in items:
            quads = list(parse(item.body + item.state, format=RdfFormat.N_QUADS))
            op = _insert_data(item.graph, quads)
            batch.append(op)
            size += len(op)
            if size >= self.batch_bytes:
                self._update(" ;\n".join(batch))
                batch, size = [], 0
        if batch:
            self._update(" ;\n".join(batch))

    def remove_graph(self, graph: str) -> bool:
        status, _ = self._request("DELETE", self._graph_url(graph), ok=(200, 204, 404))
        return status != 404

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
        return sorted(sol["g"].value for sol in rows if isinstance(sol["g"], NamedNode))

    def release_states(self) -> dict[str, StoredRelease]:
        out = {}
        for sol in self.query(STATE_QUERY):
            version, source = sol["version"], sol["source"]
            out[sol["g"].value] = StoredRelease(
                sol["hash"].value,
                version.value if version is not None else None,
                source.value if source is not None else None,
            )
        return out

    def query(self, sparql: str, substitutions: dict | None = None, graphs: list[str] | None = None):
        """Run a query remotely; SELECT/ASK give pyoxigraph QuerySolutions/QueryBoolean, graphs triples.

        Substitutions become a trailing VALUES clause: SPARQL has no other way
        to bind variables over the Protocol, and it keeps values out of the
        query text's syntax (terms are written by pyoxigraph).
        """
        if substitutions:
            names = " ".join(str(v) for v in substitutions)
            values = " ".join(str(t) for t in substitutions.values())
            sparql = f"{sparql}\nVALUES ({names}) {{ ({values}) }}"
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        body, ctype = sparql.encode("utf-8"), "application/sparql-query"
        if graphs is not None:  # the Protocol's dataset parameters: the query sees these graphs only
            fields = [("query", sparql)] + [("named-graph-uri", g) for g in graphs]
            body, ctype = urllib.parse.urlencode(fields).encode("ascii"), "application/x-www-form-urlencoded"
        try:
            _, data = self._request(
                "POST", self.endpoints.query, body, {"Content-Type": ctype, "Accept": accept}
            )
        except StoreError as e:
            if "HTTP 400" in str(e):
                raise SyntaxError(str(e)) from None
            raise
        if data.lstrip().startswith(b"{"):
            return parse_query_results(data, format=QueryResultsFormat.JSON)
        return iter(parse(data, format=RdfFormat.N_TRIPLES))

    def quads(self, graph: str | None = None) -> Iterator[Quad]:
        if graph is not None:
            _, data = self._request(
                "GET", self._graph_url(graph), headers={"Accept": "application/n-triples"}
            )
            g = NamedNode(graph)
            return (
                Quad(t.subject, t.predicate, t.object, g) for t in parse(data, format=RdfFormat.N_TRIPLES)
            )
        _, data = self._request("GET", self.endpoints.store, headers={"Accept": "application/n-quads"})
        return iter(parse(data, format=RdfFormat.N_QUADS))

    def count(self) -> int:
        sol = next(iter(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))
        n = sol["n"]
        return int(n.value) if isinstance(n, Literal) else 0

    def close(self) -> None:
        pass

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
