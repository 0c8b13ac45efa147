"""The `kg` command line: parses arguments and calls the library. No logic of its own."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from kg import __version__
from kg.cli_options import base_option, open_existing, open_or_fail, scope_options, store_option


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph of speakers, organisations, events, sponsors and
    recommendations from press releases; validate it with SHACL; query it with SPARQL."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@store_option
@base_option
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of each release graph.")
@click.option(
    "--on-invalid",
    type=click.Choice(["keep", "skip", "fail"]),
    default="keep",
    show_default=True,
    help="What to do with a release whose graph fails the shapes.",
)
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
@click.option("--force", is_flag=True, help="Rebuild releases even when unchanged.")
@click.option("-q", "--quiet", is_flag=True, help="Print only the summary and problems.")
@click.option(
    "-j", "--jobs", type=int, default=0, show_default=True, help="Worker processes (0: one per core)."
)
@click.option(
    "--prune", is_flag=True, help="Remove stored releases whose file is gone from the given folders."
)
@click.option(
    "--write-batch",
    type=click.IntRange(min=1),
    default=1024,
    show_default=True,
    help="Releases per store write: larger is faster, smaller commits more often.",
)
@click.option(
    "--optimize/--no-optimize",
    default=False,
    show_default=True,
    help="Compact the store after the build (as `kg optimize`): worth it after a large import.",
)
def build(
    paths,
    store_path,
    base,
    no_validate,
    on_invalid,
    strict,
    force,
    quiet,
    jobs,
    prune,
    write_batch,
    optimize,
) -> None:
    """Extract, map, validate and store the releases in PATHS (files or folders)."""
    from kg.build import build as run_build

    progress = None
    if not quiet and sys.stderr.isatty():

        def progress(path: str) -> None:
            click.echo(f"\r\033[Kreading {path}", nl=False, err=True)

    with open_or_fail(store_path) as store:
        result = run_build(
            paths,
            store,
            base=base,
            validate=not no_validate,
            on_invalid=on_invalid,
            strict=strict,
            force=force,
            progress=progress,
            jobs=jobs,
            prune=prune,
            write_batch=write_batch,
            optimize=optimize,
        )
    if progress:
        click.echo("\r\033[K", nl=False, err=True)
    for failure in result.failed:
        click.echo(f"error: {failure.describe()}", err=True)
    for rid, report in result.invalid:
        click.echo(f"invalid: {rid}\n{report.text()}", err=True)
    click.echo(result.summary() + f" -> {store.location}")
    if result.empty:
        from kg.read import SUFFIXES

        suffixes, where = ", ".join(sorted(SUFFIXES)), ", ".join(map(str, paths))
        click.echo(f"warning: no release files ({suffixes}) found in {where}", err=True)
    from kg.build import OPTIMIZE_AFTER

    if len(result.built) >= OPTIMIZE_AFTER and "optimize" not in result.stage_seconds and not quiet:
        click.echo(
            "note: `kg optimize` compacts the store after a large build; whole-store queries "
            "then run about 3x faster",
            err=True,
        )
    if result.failed:
        sys.exit(1)


@cli.command()
@store_option
def optimize(store_path) -> None:
    """Compact the store's files (after a large build, for faster whole-store queries)."""
    import time

    with open_existing(store_path) as store:
        if not hasattr(store, "optimize"):
            raise click.ClickException(f"{store.location} is a remote store: it manages its own files")
        started = time.perf_counter()
        store.optimize()
    click.echo(f"compacted {store.location} in {time.perf_counter() - started:.1f} s")


@cli.command()
@click.argument("name_or_file")
@store_option
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True
)
@click.option(
    "--param",
    "-p",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind a query variable (as a literal; <iri> for an IRI). Repeatable.",
)
@scope_options
@base_option
def query(name_or_file, store_path, fmt, param, releases, since, until, base) -> None:
    """Run a named query (see `kg queries`) or a .rq file.

    --release, --since and --until restrict the releases the query sees (as
    SPARQL FROM NAMED does): fast at any store size.
    """
    from kg.query import QueryError, Scope, load_query, render, run_query

    params = {}
    for p in param:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not NAME=VALUE", param_hint="--param")
        key, value = p.split("=", 1)
        params[key.lstrip("?$")] = value
    try:
        sparql = load_query(name_or_file)
        with open_existing(store_path, read_only=True) as store:
            result = run_query(store, sparql, params, Scope(tuple(releases), since, until), base)
    except QueryError as e:
        raise click.ClickException(str(e)) from None
    click.echo(render(result, fmt), nl=False)


@cli.command()
def queries() -> None:
    """List the named queries and what they return."""
    from kg.query import named_queries

    for name, path in named_queries().items():
        first = next((ln[1:].strip() for ln in path.read_text().splitlines() if ln.startswith("#")), "")
        click.echo(f"{name:<24}{first}")


@cli.command()
@store_option
@click.option("--format", "fmt", default=None, help="turtle (default), trig, nt, nq or jsonld.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default: stdout)."
)
@click.option("--release", default=None, help="Export only this release's graph.")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Read every graph from the store, not the Turtle kept by the build (for stores other tools change).",
)
@base_option
def export(store_path, fmt, output, release, no_cache, base) -> None:
    """Export the graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD."""
    from kg.export import export as run_export
    from kg.iris import Minter
    from kg.vocab import base_iri

    graph = Minter(base_iri(base)).release(release) if release else None
    with open_existing(store_path, read_only=True) as store:
        try:
            size = run_export(store, output, fmt, graph, cache=not no_cache)
        except ValueError as e:
            raise click.ClickException(str(e)) from None
    if output:
        click.echo(f"wrote {output} ({size} bytes)", err=True)


@cli.command()
@store_option
def validate(store_path) -> None:
    """Validate the store against the SHACL shapes; exit status 0 only when it conforms."""
    from kg.validate import validate_store

    with open_existing(store_path, read_only=True) as store:
        report = validate_store(store)
    click.echo(report.text())
    sys.exit(0 if report.conforms else 1)


@cli.command()
@store_option
@click.option(
    "-o",
    "--output",
    default="graph.png",
    show_default=True,
    help="Output file; the extension picks the format: .png .svg .pdf .html .graphml .gexf .dot .json",
)
@scope_options
@click.option(
    "--types",
    default="person,organisation,event",
    show_default=True,
    help="Node types to include: person, organisation, event, recommendation, addressee, release, country.",
)
@click.option("--focus", default=None, help="Only this entity (name or IRI) and its neighbourhood.")
@click.option("--depth", default=1, show_default=True, type=click.IntRange(0), help="Neighbourhood radius.")
@click.option(
    "--min-degree", default=0, show_default=True, type=click.IntRange(0), help="Drop less connected nodes."
)
@click.option(
    "--query",
    "query_file",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Draw what this SPARQL CONSTRUCT query returns instead of the whole store.",
)
@click.option("--title", default=None, help="Title of the picture or page.")
@click.option("--size", default="1600x1200", show_default=True, help="Picture size in pixels, WxH.")
@click.option("--seed", default=7, show_default=True, type=int, help="Layout seed.")
def draw(
    store_path, output, releases, since, until, types, focus, depth, min_degree, query_file, title, size, seed
) -> None:
    """Draw a relationship graph: a picture, an interactive HTML page or a file for Gephi/Graphviz."""
    from kg.draw import write_graph
    from kg.project import project, select
    from kg.query import QueryError, Scope

    try:
        width, height = (int(x) for x in size.lower().split("x"))
    except ValueError:
        raise click.BadParameter(f"{size!r} is not WxH", param_hint="--size") from None
    sparql = Path(query_file).read_text(encoding="utf-8") if query_file else None
    try:
        with open_existing(store_path, read_only=True) as store:
            g = project(
                store,
                types=[t.strip() for t in types.split(",") if t.strip()],
                query=sparql,
                scope=Scope(tuple(releases), since, until),
            )
        g = select(g, focus=focus, depth=depth, min_degree=min_degree)
        write_graph(g, output, title=title, size=(width, height), seed=seed)
    except (ValueError, LookupError, QueryError) as e:
        raise click.ClickException(str(e).strip("'\"")) from None
    click.echo(f"wrote {output} ({g.number_of_nodes()} nodes, {g.number_of_edges()} edges)")


@cli.command()
@store_option
@click.option(
    "--top",
    type=click.IntRange(1),
    is_flag=False,
    flag_value=10,
    default=None,
    help="Also list the N (default 10) most connected people and organisations, co-sponsors, "
    "PageRank and betweenness.",
)
@scope_options
@click.option(
    "--per-release/--no-per-release",
    default=None,
    help="The table of counts per release (default: on for up to 200 releases).",
)
@click.option(
    "--triples/--no-triples",
    default=None,
    help="Count every stored triple (default: on for up to 5000 releases; a full scan).",
)
@base_option
def stats(store_path, top, releases, since, until, per_release, triples, base) -> None:
    """Counts per class and per release."""
    from kg.query import Scope, render
    from kg.stats import stats as run_stats

    scope = Scope(tuple(releases), since, until)
    with open_existing(store_path, read_only=True) as store:
        s = run_stats(store, scope, per_release, triples, base)
    counted = f", {s.triples} triples" if s.triples is not None else " (triples not counted: --triples)"
    click.echo(f"{s.graphs} release graph(s){counted}")
    for label, n in s.per_class.items():
        click.echo(f"  {label:<16}{n:>8}")
    if s.per_release is not None:
        click.echo()
        click.echo(render(s.per_release, "table"), nl=False)
    else:
        click.echo("(per-release counts: --per-release, or narrow with --release/--since/--until)")
    if top:
        from kg.analytics import top as run_top
        from kg.project import project

        with open_existing(store_path, read_only=True) as store:
            g = project(store, types=("person", "organisation", "event", "recommendation"), scope=scope)
        click.echo()
        click.echo(run_top(g, top).text(), nl=False)


@cli.command()
@click.argument("release_ids", nargs=-1, required=True)
@store_option
@base_option
def remove(release_ids, store_path, base) -> None:
    """Remove releases (by id: the file name without extension) from the store."""
    from kg.build import remove as run_remove

    with open_existing(store_path) as store:
        removed = run_remove(store, release_ids, base)
    for rid in release_ids:
        click.echo(f"{'removed' if rid in removed else 'not in store'}: {rid}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the .nq files.")
@base_option
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of each release graph.")
@click.option(
    "-j", "--jobs", type=int, default=0, show_default=True, help="Worker processes (0: one per core)."
)
def extract(paths, out, base, no_validate, jobs) -> None:
    """Extract PATHS into one N-Quads file per release (for batch runners and bulk loaders)."""
    from kg.shard import extract_to

    result, _ = extract_to(paths, out, base=base, validate=not no_validate, jobs=jobs)
    for failure in result.failed:
        click.echo(f"error: {failure.describe()}", err=True)
    for rid, report in result.invalid:
        click.echo(f"invalid: {rid}\n{report.text()}", err=True)
    click.echo(result.summary() + f" -> {out}")
    if result.failed:
        sys.exit(1)


@cli.command()
@store_option
@click.option("--bind", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=7878, show_default=True)
@click.option(
    "--timeout", type=float, default=30.0, show_default=True, help="Seconds before a query is stopped."
)
@click.option(
    "--max-bytes", type=int, default=50 << 20, show_default=True, help="Largest result served, in bytes."
)
@click.option("--workers", type=int, default=2, show_default=True, help="Queries run at once.")
def serve(store_path, bind, port, timeout, max_bytes, workers) -> None:
    """Serve the store read-only as a SPARQL 1.1 Protocol endpoint (at /query)."""
    from kg.serve import Server, Settings
    from kg.store import default_location

    loc = store_path or default_location()
    if loc.startswith(("http://", "https://")) or not Path(loc).exists():
        raise click.ClickException(f"no embedded store at {loc}: run `kg build PATH --store {loc}` first")
    server = Server(Settings(loc, timeout, max_bytes, workers), bind, port)
    click.echo(f"SPARQL endpoint (read-only) at {server.url}; Ctrl-C to stop", err=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


def main() -> None:
    cli()
