"""Options and store opening shared by the `kg` commands, so that cli.py holds only the commands."""

from __future__ import annotations

from pathlib import Path

import click

STORE_HELP = "Store directory (default: $KG_STORE or ./.kg/store)."


def store_option(f):
    return click.option("--store", "store_path", envvar="KG_STORE", default=None, help=STORE_HELP)(f)


def base_option(f):
    return click.option(
        "--base",
        envvar="KG_BASE",
        default=None,
        help="Base IRI for minted nodes (default: $KG_BASE or https://example.org/kg/id/).",
    )(f)


def scope_options(f):
    """--release (repeatable), --since, --until: the releases a command looks at."""
    f = click.option(
        "--until", default=None, metavar="DATE", help="Only releases published on or before DATE."
    )(f)
    f = click.option(
        "--since", default=None, metavar="DATE", help="Only releases published on or after DATE."
    )(f)
    return click.option(
        "--release", "releases", multiple=True, metavar="ID", help="Only this release. Repeatable."
    )(f)


def open_or_fail(store_path: str | None, read_only: bool = False):
    from kg.store import StoreError, open_store

    try:
        return open_store(store_path, read_only=read_only)
    except StoreError as e:
        raise click.ClickException(str(e)) from None


def open_existing(store_path: str | None, read_only: bool = False):
    """An existing store; commands that only read open it read-only, so they work while a
    build holds the store for writing (they see what was committed when they opened it)."""
    from kg.store import default_location

    loc = store_path or default_location()
    if not loc.startswith(("http://", "https://")) and not Path(loc).exists():
        raise click.ClickException(f"no store at {loc}: run `kg build PATH --store {loc}` first")
    return open_or_fail(loc, read_only=read_only)
