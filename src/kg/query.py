"""Queries: named ones from queries/ or any .rq file, run on a store, rendered for people or tools.

Parameters are bound as SPARQL variable substitutions, never pasted into the
query text, so a name from a release cannot change what a query does.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from kg.resources import query_files

FORMATS = ("table", "csv", "tsv", "json")


class QueryError(Exception):
    pass


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[str]]

    def as_dicts(self) -> list[dict[str, str]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def named_queries() -> dict[str, Path]:
    return query_files()


def load_query(name_or_file: str) -> str:
    """The SPARQL text of a named query (queries/NAME.rq) or of a .rq file."""
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"{name_or_file}: no such query file")
        return path.read_text(encoding="utf-8")
    queries = named_queries()
    if name_or_file not in queries:
        raise QueryError(f"no named query {name_or_file!r}; named queries: {', '.join(queries)}")
    return queries[name_or_file].read_text(encoding="utf-8")


def _term_text(term) -> str:
    if term is None:
        return ""
    return getattr(term, "value", str(term))


@dataclass
class Scope:
    """Which releases a query sees: some ids, a date range (ISO dates, inclusive), or all (empty).

    Dates compare as ISO text on the release's datePublished, so `since="2024"`
    takes 2024-01-01 onwards and a release dated only "2024-03" is within
    `until="2024-03-31"`. Releases without a date fall outside any date range.
    """

    releases: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    resolved: tuple[str, ...] | None = None  # the graph IRIs, once looked up (see resolve)

    def __bool__(self) -> bool:
        return bool(self.releases or self.since or self.until or self.resolved is not None)

    def resolve(self, store, base: str | None = None) -> Scope:
        """The same scope with its graphs looked up once, for callers that run many queries."""
        return Scope(resolved=tuple(self.graphs(store, base)))

    def graphs(self, store, base: str | None = None) -> list[str]:
        """The named graphs (release IRIs) in scope, found without touching other releases' data."""
        if self.resolved is not None:
            return list(self.resolved)
        from kg.iris import Minter
        from kg.vocab import base_iri

        mint = Minter(base_iri(base))
        graphs = [mint.release(r) for r in self.releases] if self.releases else None
        if self.since or self.until:
            dated = []
            q = "SELECT ?g ?d WHERE { GRAPH ?g { ?g <https://schema.org/datePublished> ?d } }"
            for sol in store.query(q, graphs=graphs):
                d = sol["d"].value
                if (not self.since or d >= self.since) and (
                    not self.until or d[: len(self.until)] <= self.until
                ):
                    dated.append(sol["g"].value)
            graphs = dated
        return sorted(set(graphs or []))


def run_query(
    store,
    sparql: str,
    params: dict[str, str] | None = None,
    scope: Scope | None = None,
    base: str | None = None,
) -> QueryResult:
    """Run a SELECT (or ASK) query. `params` bind variables (as plain literals, or IRIs if <...>).

    With a `scope`, the query sees only those releases' graphs; that is the
    fast way to ask about a few releases of a large archive (a few ms at any
    store size, where a full listing grows with the store).
    """
    from pyoxigraph import Literal, NamedNode, QueryBoolean, QuerySolutions, Variable

    subs = {}
    for key, value in (params or {}).items():
        term = NamedNode(value[1:-1]) if value.startswith("<") and value.endswith(">") else Literal(value)
        subs[Variable(key)] = term
    try:
        if scope:
            # a graph no release has keeps the query valid when nothing is in scope
            graphs = scope.graphs(store, base) or ["urn:kg:no-release-in-scope"]
            result = store.query(sparql, substitutions=subs or None, graphs=graphs)
        else:
            result = store.query(sparql, substitutions=subs or None)
    except SyntaxError as e:
        raise QueryError(f"SPARQL syntax error: {e}") from None
    except (ValueError, OSError) as e:
        raise QueryError(f"query failed: {e}") from None
    except RuntimeError as e:  # pyoxigraph: a --param naming no variable of the SELECT clause
        raise QueryError(f"query failed: {e}; a parameter binds a variable the query selects") from None
    if isinstance(result, QueryBoolean):
        return QueryResult(["result"], [["true" if bool(result) else "false"]])
    if not isinstance(result, QuerySolutions):
        raise QueryError(
            "only SELECT and ASK queries can be shown as a table; use kg export or kg draw --query"
        )
    columns = [v.value for v in result.variables]
    # A solution iterates its values in the order of the variables: reading them by position
    # rather than by name is 10-30% of a full listing's time.
    rows = [[_term_text(term) for term in sol] for sol in result]
    return QueryResult(columns, rows)


def render(result: QueryResult, fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "csv" or fmt == "tsv":
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([" ".join(v.split()) if fmt == "tsv" else v for v in row])
        return buf.getvalue()
    if fmt == "json":
        return json.dumps(result.as_dicts(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        return _table(result, max_width)
    raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _table(result: QueryResult, max_width: int) -> str:
    def cell(v: str) -> str:
        v = " ".join(v.split())
        return v if len(v) <= max_width else v[: max_width - 1] + "…"

    rows = [[cell(v) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(result.columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(result.columns, widths, strict=True))
    out = [line.rstrip(), "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
