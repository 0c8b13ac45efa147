"""Validation: SHACL shapes over a release's graph (at build time) or the whole store.

Every shape holds within one release's named graph, so the store is
validated graph by graph: linear in the number of releases, and each report
names the release. Reports are for people: the shape's message, the focus
node's name and the text span behind it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from kg.resources import shape_files


@dataclass
class Violation:
    release: str | None
    focus: str
    focus_name: str | None
    path: str | None
    message: str
    shape: str | None
    evidence: str | None = None
    severity: str = "Violation"

    def describe(self) -> str:
        who = f"{self.focus_name!r} ({self.focus})" if self.focus_name else self.focus
        where = f" [{self.release}]" if self.release else ""
        path = f" on {self.path}" if self.path else ""
        ev = f'\n    evidence: "{self.evidence}"' if self.evidence else ""
        return f"{self.severity}{where}: {self.message} Focus: {who}{path}.{ev}"


@dataclass
class ValidationReport:
    checked: int = 0  # graphs checked
    violations: list[Violation] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not any(v.severity == "Violation" for v in self.violations)

    def extend(self, other: ValidationReport) -> None:
        self.checked += other.checked
        self.violations.extend(other.violations)

    def text(self) -> str:
        if self.conforms and not self.violations:
            return f"Conforms: {self.checked} graph(s) checked, no violations."
        lines = [
            f"{'Conforms' if self.conforms else 'Does not conform'}: {self.checked} graph(s) checked, "
            f"{len(self.violations)} result(s)."
        ]
        lines += [v.describe() for v in self.violations]
        return "\n".join(lines)


@lru_cache(maxsize=1)
def shapes_graph():
    from rdflib import Graph

    g = Graph()
    for path in shape_files():
        g.parse(path, format="turtle")
    return g


def to_rdflib(triples_nt: str):
    from rdflib import Graph

    g = Graph()
    g.parse(data=triples_nt, format="nt")
    return g


def validate_graph(data_graph, release: str | None = None) -> ValidationReport:
    """Validate one rdflib graph (typically one release's named graph)."""
    from pyshacl import validate as shacl

    conforms, results, _ = shacl(
        data_graph, shacl_graph=shapes_graph(), inference="none", advanced=True, allow_warnings=True
    )
    report = ValidationReport(checked=1)
    if not conforms:
        report.violations = list(_violations(data_graph, results, release))
    return report


def validate_quads(quads: Iterable, release: str | None = None, engine: str = "auto") -> ValidationReport:
    """Validate one release graph: quads, triples, (s, p, o) tuples of terms or N-Triples rows
    (kg.mapping.to_statements).

    engine "auto" uses kg.shacl_fast when it supports every feature the shapes
    use (it does for ours) and pyshacl otherwise; "pyshacl" forces pyshacl.
    """
    from kg.ntriples import rows

    if engine != "pyshacl":
        from kg.shacl_fast import engine as fast_engine

        fast = fast_engine()
        if fast is not None:
            return fast.report(quads, release)
    data = "".join([f"{s} {p} {o} .\n" for s, p, o in rows(quads)])
    return validate_graph(to_rdflib(data), release)


def _violations(data, results, release):
    from rdflib import RDF, Namespace, URIRef

    sh = Namespace("http://www.w3.org/ns/shacl#")
    schema_name = URIRef("https://schema.org/name")
    evidence = URIRef("https://example.org/kg/ontology#evidence")
    exact = URIRef("http://www.w3.org/ns/oa#exact")
    for result in sorted(results.subjects(RDF.type, sh.ValidationResult), key=str):
        focus = results.value(result, sh.focusNode)
        name = data.value(focus, schema_name)
        span = data.value(focus, evidence)
        text = data.value(span, exact) if span is not None else None
        path = results.value(result, sh.resultPath)
        severity = results.value(result, sh.resultSeverity)
        yield Violation(
            release=release,
            focus=str(focus),
            focus_name=str(name) if name is not None else None,
            path=data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else None,
            message=str(results.value(result, sh.resultMessage) or "constraint not met"),
            shape=str(results.value(result, sh.sourceShape)),
            evidence=" ".join(str(text).split()) if text is not None else None,
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        )


def validate_store(
    store, releases: list[str] | None = None, engine: str = "auto", jobs: int = 0
) -> ValidationReport:
    """Validate every release graph in the store (or those whose graph IRIs are given).

    Graph by graph through the store interface, so it works on remote stores
    too. On an embedded store on disk the graphs are split over `jobs`
    processes (0: one per core), each opening the store read-only: reading
    quads back from RocksDB is most of the cost, and it is CPU-bound.
    """
    graphs = releases or store.graphs()
    jobs = jobs or os.cpu_count() or 1
    location = getattr(store, "location", "")
    if jobs > 1 and len(graphs) >= 200 and getattr(store, "raw", None) is not None and location != ":memory:":
        return _validate_parallel(location, graphs, engine, jobs)
    report = ValidationReport()
    for graph in graphs:
        release = graph.rsplit("/release/", 1)[-1]
        report.extend(validate_quads(store.quads(graph), release, engine))
    return report


def _validate_graphs(location: str, graphs: list[str], engine: str) -> ValidationReport:
    from kg.store import open_store

    with open_store(location, read_only=True) as store:
        return validate_store(store, graphs, engine, jobs=1)


def _validate_parallel(location: str, graphs: list[str], engine: str, jobs: int) -> ValidationReport:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(graphs) // (jobs * 4))  # a few chunks per worker evens out their speed
    chunks = [graphs[i : i + size] for i in range(0, len(graphs), size)]
    report = ValidationReport()
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=ctx) as pool:
        for part in pool.map(_validate_graphs, [location] * len(chunks), chunks, [engine] * len(chunks)):
            report.extend(part)
    return report
