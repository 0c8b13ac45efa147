"""kg: build an RDF knowledge graph from press releases, validate it with SHACL, query it with SPARQL.

The library API, for notebooks and scripts (the CLI is a thin layer over it):

    import kg
    store = kg.open_store("my-store")          # embedded, on disk
    result = kg.build(["data/releases"], store)
    print(result.summary())
    rows = kg.query(store, "speakers").as_dicts()
    recent = kg.query(store, "sponsors", since="2024-01-01").as_dicts()
    kg.export(store, "graph.ttl")
"""

from __future__ import annotations

__version__ = "0.1.0"

# Submodules that share a name with an API function are imported first: importing a
# submodule later would rebind the package attribute (kg.query) to the module.
import kg.query as _query_module  # noqa: E402
import kg.validate as _validate_module  # noqa: E402
from kg.build import BuildResult, build, process_release, remove  # noqa: E402
from kg.export import export  # noqa: E402
from kg.store import open_store  # noqa: E402


def query(
    store,
    name_or_file: str,
    params: dict[str, str] | None = None,
    releases: tuple[str, ...] = (),
    since: str | None = None,
    until: str | None = None,
):
    """Run a named query (see queries/) or a .rq file; returns a QueryResult.

    releases / since / until restrict it to some releases (by id, or by publication date),
    which keeps it fast on a large store.
    """
    scope = _query_module.Scope(tuple(releases), since, until)
    return _query_module.run_query(store, _query_module.load_query(name_or_file), params, scope)


def validate(store):
    """Validate every release graph in the store against the shapes; returns a ValidationReport."""
    return _validate_module.validate_store(store)


# name in kg -> (module, function); not named like a submodule, which would shadow it once imported
_LAZY = {
    "to_networkx": ("kg.project", "project"),
    "select": ("kg.project", "select"),
    "write_graph": ("kg.draw", "write_graph"),
}


def __getattr__(name: str):
    """Drawing and projection on first use (networkx and matplotlib are slow to import for
    `kg query`): kg.to_networkx(store), kg.select(g, focus=...), kg.write_graph(g, "graph.html")."""
    if name in _LAZY:
        import importlib

        module, function = _LAZY[name]
        return getattr(importlib.import_module(module), function)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


__all__ = [
    "open_store",
    "to_networkx",
    "select",
    "write_graph",
    "build",
    "process_release",
    "remove",
    "query",
    "export",
    "validate",
    "BuildResult",
    "__version__",
]
