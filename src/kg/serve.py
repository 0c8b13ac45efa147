"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the embedded store.

Standard library HTTP (ThreadingHTTPServer) in front of a small pool of
query processes, each holding the store open read-only. A query runs in one
of them; if it outlives the timeout the process is killed and replaced, so a
runaway query is stopped without stopping the server (a pyoxigraph query
cannot be interrupted from another thread). Results are serialised by
pyoxigraph in the negotiated format and cut off at a size limit. The
default graph is the union of the release graphs, so `?s ?p ?o` sees
everything, as clients expect. Updates and
Graph Store writes are refused: this endpoint is for reading.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import queue
import threading
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SOLUTION_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "text/plain": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}


@dataclass
class Settings:
    store: str
    timeout: float = 30.0
    max_bytes: int = 50 << 20
    workers: int = 2


class TooLarge(Exception):
    pass


class _Bounded:
    """A file-like sink that refuses to grow past a limit (stops serialisation early)."""

    def __init__(self, limit: int):
        self.limit, self.parts, self.size = limit, [], 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise TooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        return b"".join(self.parts)


def negotiate(accept: str | None, table: dict[str, str]) -> str | None:
    """The best media type of `table` for an Accept header (first entry when anything goes)."""
    if not accept:
        return next(iter(table))
    choices = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, fields[0].lower()))
    for _, _, media in sorted(choices):
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return next((m for m in table if m.startswith(media[:-1]) or media == "*/*"), None)
    return None


@dataclass
class Dataset:
    """The Protocol's dataset parameters (default-graph-uri, named-graph-uri) of one request."""

    default: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)

    @classmethod
    def from_params(cls, params: dict[str, list[str]]) -> Dataset:
        return cls(params.get("default-graph-uri", []), params.get("named-graph-uri", []))


def run_one(
    store, sparql: str, accept: str | None, max_bytes: int, dataset: Dataset | None = None
) -> tuple[int, str, bytes]:
    """Run a query on an open pyoxigraph Store; (HTTP status, content type, body).

    Without dataset parameters the default graph is the union of the release
    graphs; `default-graph-uri` / `named-graph-uri` (the Protocol's) restrict
    the query to those graphs, which is how a client asks about a few
    releases of a large store cheaply.
    """
    from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, serialize

    try:
        kwargs: dict = {"use_default_graph_as_union": True}
        if dataset and (dataset.default or dataset.named):
            kwargs = {}
            if dataset.default:
                kwargs["default_graph"] = [NamedNode(g) for g in dataset.default]
            else:
                kwargs["use_default_graph_as_union"] = True
            if dataset.named:
                kwargs["named_graphs"] = [NamedNode(g) for g in dataset.named]
        result = store.query(sparql, **kwargs)
    except SyntaxError as e:
        return 400, "text/plain", f"SPARQL syntax error: {e}".encode()
    except (ValueError, OSError) as e:
        return 400, "text/plain", f"query failed: {e}".encode()
    solutions = isinstance(result, QuerySolutions | QueryBoolean)
    table = SOLUTION_TYPES if solutions else GRAPH_TYPES
    media = negotiate(accept, table)
    if media is None:
        return 406, "text/plain", f"not acceptable; this result can be: {', '.join(table)}".encode()
    sink = _Bounded(max_bytes)
    try:
        if solutions:
            result.serialize(sink, getattr(QueryResultsFormat, table[media]))
        else:
            serialize(result, sink, getattr(RdfFormat, table[media]))
    except TooLarge:
        return 413, "text/plain", f"result larger than the {max_bytes} byte limit; add a LIMIT".encode()
    except Exception as e:  # noqa: BLE001 - pyoxigraph wraps the sink's exception
        if "TooLarge" in repr(e) or sink.size > max_bytes:
            return 413, "text/plain", f"result larger than the {max_bytes} byte limit; add a LIMIT".encode()
        raise
    charset = "; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else ""
    return 200, media + charset, sink.value()


def _worker(store_path: str, conn, max_bytes: int) -> None:
    from pyoxigraph import Store

    store = Store.read_only(store_path)
    while True:
        msg = conn.recv()
        if msg is None:
            return
        sparql, accept, dataset = msg
        try:
            conn.send(run_one(store, sparql, accept, max_bytes, dataset))
        except Exception as e:  # noqa: BLE001 - report, keep serving
            conn.send((500, "text/plain", f"{type(e).__name__}: {e}".encode()))


class _Worker:
    def __init__(self, settings: Settings):
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(settings.store, child, settings.max_bytes), daemon=True)
        self.proc.start()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)


class QueryPool:
    """Query processes; one that overruns the timeout is killed and replaced."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(settings.workers):
            self.idle.put(_Worker(settings))

    def run(self, sparql: str, accept: str | None, dataset: Dataset | None = None) -> tuple[int, str, bytes]:
        try:
            worker = self.idle.get(timeout=self.settings.timeout)
        except queue.Empty:
            return 503, "text/plain", b"all query workers are busy; try again"
        try:
            worker.conn.send((sparql, accept, dataset))
            if worker.conn.poll(self.settings.timeout):
                return worker.conn.recv()
            worker.kill()
            worker = _Worker(self.settings)
            msg = f"query stopped after the {self.settings.timeout:g} s timeout"
            return 503, "text/plain", msg.encode()
        except (EOFError, OSError):
            worker.kill()
            worker = _Worker(self.settings)
            return 500, "text/plain", b"query worker died"
        finally:
            self.idle.put(worker)

    def close(self) -> None:
        while not self.idle.empty():
            w = self.idle.get_nowait()
            with contextlib.suppress(OSError):
                w.conn.send(None)
            w.kill()


def make_handler(pool: QueryPool):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/1"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args) -> None:  # quiet by default; errors still answer clients
            pass

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _refuse(self) -> None:
            self._send(HTTPStatus.FORBIDDEN, "text/plain", b"read-only endpoint: updates are refused")

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self._refuse()
            if "query" not in params:
                if url.path in ("/", ""):
                    info = {"sparql": "/query", "methods": ["GET ?query=", "POST"], "read_only": True}
                    return self._send(200, "application/json", json.dumps(info).encode())
                return self._send(404, "text/plain", b"SPARQL endpoint is at /query")
            self._answer(params["query"][0], Dataset.from_params(params))

        do_HEAD = do_GET

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update" or urllib.parse.urlsplit(self.path).path == "/update":
                return self._refuse()
            if ctype == "application/sparql-query":
                url_params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
                return self._answer(body.decode("utf-8"), Dataset.from_params(url_params))
            if ctype == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8"))
                if "update" in form:
                    return self._refuse()
                if "query" in form:
                    return self._answer(form["query"][0], Dataset.from_params(form))
            self._send(400, "text/plain", b"POST a query as application/sparql-query or a query= form")

        def do_PUT(self) -> None:
            self._refuse()

        do_DELETE = do_PATCH = do_PUT

        def _answer(self, sparql: str, dataset: Dataset | None = None) -> None:
            status, ctype, body = pool.run(sparql, self.headers.get("Accept"), dataset)
            self._send(status, ctype, body)

    return Handler


class Server:
    """The endpoint; `serve_forever()` blocks, `start()` runs it in a thread (tests, notebooks)."""

    def __init__(self, settings: Settings, bind: str = "127.0.0.1", port: int = 7878):
        self.pool = QueryPool(settings)
        self.httpd = ThreadingHTTPServer((bind, port), make_handler(self.pool))
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/query"

    def serve_forever(self) -> None:
        try:
            self.httpd.serve_forever()
        finally:
            self.close()

    def start(self) -> Server:
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.pool.close()
