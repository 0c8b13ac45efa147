"""Readers: turn a file on disk into `Release`s (text plus whatever metadata the file carries).

One reader per format, chosen by extension. A reader never guesses facts: it
only decodes the file and lifts metadata the format states explicitly.

`read_release(path)` returns a list: JSON and JSON Lines files hold several
releases. For those, bad records do not sink the file: the list returned is a
`ReadResult` whose `.problems` holds a `RecordError` per skipped record (see
errors.py). Any file that yields no release raises `ReadError`, whose message
is one line naming the file and the problem.
"""

from __future__ import annotations

import importlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.model import Release
from kg.read.errors import ReadError, ReadResult, RecordError
from kg.read.ids import IdGuard, safe_id

# suffix -> (module, reader function). Readers are imported on first use: the HTML reader pulls
# in lxml and dateutil, which `kg query` and `kg stats` (they import the build API) never need.
READERS: dict[str, tuple[str, str]] = {
    ".txt": ("kg.read.text", "read_text"),
    ".text": ("kg.read.text", "read_text"),
    ".html": ("kg.read.html", "read_html"),
    ".htm": ("kg.read.html", "read_html"),
    ".md": ("kg.read.markdown", "read_markdown"),
    ".markdown": ("kg.read.markdown", "read_markdown"),
    ".json": ("kg.read.jsonfile", "read_json"),
    ".jsonl": ("kg.read.jsonfile", "read_jsonl"),
    ".ndjson": ("kg.read.jsonfile", "read_jsonl"),
}
SUFFIXES = {suffix: function.removeprefix("read_") for suffix, (_, function) in READERS.items()}


def reader_for(path: Path) -> Callable[[Path], list[Release]]:
    entry = READERS.get(path.suffix.lower())
    if entry is None:
        supported = ", ".join(sorted(READERS))
        raise ReadError(path, f"unsupported file type {path.suffix or '(none)'!r} (supported: {supported})")
    module, function = entry
    return getattr(importlib.import_module(module), function)


def read_release(path: str | Path) -> list[Release]:
    """Read one file; JSON (Lines) exports may hold several releases, so a list comes back."""
    path = Path(path)
    try:
        is_dir = stat.S_ISDIR(os.stat(path).st_mode)  # one system call: this runs per file per build
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as e:
        raise ReadError(path, f"cannot read: {e.strerror or e}") from None
    if is_dir:
        raise ReadError(path, "is a folder, not a file")
    return reader_for(path)(path)


def _hidden(name: str) -> bool:
    return name.startswith((".", "~"))


def _folder_files(root: Path) -> list[Path]:
    """Supported files under `root`, hidden files and folders skipped, sorted by relative path.

    os.walk with string paths: a 100k-release archive is walked on every
    build, and pathlib's per-file objects made that walk most of a no-change
    rebuild.
    """
    found: list[tuple[str, str]] = []
    # Symlinked folders are followed (an archive often links in a year or an office kept
    # elsewhere); each real folder is walked once, so a link back up the tree cannot loop.
    walked: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        real = os.path.realpath(dirpath)
        if real in walked:
            dirnames[:] = []
            continue
        walked.add(real)
        dirnames[:] = [d for d in dirnames if not _hidden(d)]
        rel = os.path.relpath(dirpath, root)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        for name in filenames:
            if not _hidden(name) and os.path.splitext(name)[1].lower() in READERS:
                full = os.path.join(dirpath, name)
                if os.path.isfile(full):
                    found.append((prefix + name, full))
    return [Path(full) for _, full in sorted(found)]


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """The release files named by `paths`: files as given, folders searched recursively.

    Folder contents are filtered to supported suffixes, skip hidden files and
    folders (".git", ".DS_Store", "~$" office lock files) and are sorted by
    relative path, so runs are reproducible (arguments keep their order). A file named twice is yielded
    once. Two files whose release ids (stems) would clash raise ReadError
    naming both, before anything is yielded (see ids.py for why).
    """
    paths = list(paths)
    found: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found.extend(_folder_files(p))
        elif p.exists():
            found.append(p)
        else:
            raise ReadError(p, "no such file or folder")
    unique: list[Path] = []
    seen: set[str] = set()
    stems: dict[str, Path] = {}
    # One folder lists each file once; only several arguments can name a file twice.
    several = not (len(paths) == 1 and Path(paths[0]).is_dir())
    for path in found:
        if several:
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
        unique.append(path)
        other = stems.setdefault(safe_id(path.stem).casefold(), path)
        if other != path:
            raise ReadError(
                path,
                f"same release id {safe_id(path.stem)!r} as {other}; rename one of them "
                "(release ids come from file names, and two releases must not share one)",
            )
    yield from unique


__all__ = ["IdGuard", "ReadError", "ReadResult", "RecordError", "iter_paths", "read_release", "SUFFIXES"]
