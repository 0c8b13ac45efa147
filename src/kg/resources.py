"""Find the ontology, shapes and named queries however kg is installed.

A wheel ships them as package data under kg/_resources (see pyproject's
force-include); an editable install or a source checkout uses the top-level
folders of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_resources" / name, _PACKAGE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"kg cannot find its {name}/ folder (looked in {_PACKAGE / '_resources'} and the repository root)"
    )


def ontology_files() -> list[Path]:
    return sorted(resource_dir("ontology").glob("*.ttl"))


def shape_files() -> list[Path]:
    return sorted(resource_dir("shapes").glob("*.ttl"))


def query_files() -> dict[str, Path]:
    return {p.stem: p for p in sorted(resource_dir("queries").glob("*.rq"))}
