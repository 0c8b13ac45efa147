"""kg: build an RDF knowledge graph from press releases, validate it with SHACL, query it with SPARQL.

The library API, for notebooks and scripts (the CLI is a thin layer over it):

    import kg
    store = kg.open_store("my-store")          # embedded, on disk
    result = kg.build(["data/releases"], store)
    print(result.summary())
    rows = kg.query(store, "speakers").as_dicts()
    kg.export(store, "graph.ttl")
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.build import BuildResult, build, process_release, remove
from kg.export import export
from kg.store import open_store


def query(store, name_or_file: str, params: dict[str, str] | None = None):
    """Run a named query (see queries/) or a .rq file; returns a QueryResult."""
    from kg.query import load_query, run_query

    return run_query(store, load_query(name_or_file), params)


def validate(store):
    """Validate every release graph in the store against the shapes; returns a ValidationReport."""
    from kg.validate import validate_store

    return validate_store(store)


__all__ = [
    "open_store",
    "build",
    "process_release",
    "remove",
    "query",
    "export",
    "validate",
    "BuildResult",
    "__version__",
]
