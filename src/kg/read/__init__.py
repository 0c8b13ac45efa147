"""Readers: turn a file on disk into a `Release` (text plus whatever metadata the file carries).

One reader per format, chosen by extension. A reader never guesses facts: it
only decodes the file and lifts metadata the format states explicitly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import Release
from kg.read.errors import ReadError
from kg.read.text import read_text

SUFFIXES = {".txt": "txt", ".text": "txt"}


def reader_for(path: Path):
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt == "txt":
        return read_text
    raise ReadError(path, f"unsupported file type {path.suffix or '(none)'!r}")


def read_release(path: str | Path) -> list[Release]:
    """Read one file; JSON Lines exports may hold several releases, so a list comes back."""
    path = Path(path)
    if not path.is_file():
        raise ReadError(path, "not a file")
    return reader_for(path)(path)


def iter_paths(paths: list[str | Path]) -> Iterator[Path]:
    """The release files named by `paths` (files, or folders searched recursively), sorted."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUFFIXES and not child.name.startswith("."):
                    yield child
        elif p.exists():
            yield p
        else:
            raise ReadError(p, "no such file or folder")


__all__ = ["ReadError", "read_release", "iter_paths", "SUFFIXES"]
