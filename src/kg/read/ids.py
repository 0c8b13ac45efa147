"""Release identifiers: safe for IRIs and file names, deterministic, and unique per run.

A file's release id is its stem ("2024-03-05 Water forum.html" ->
"2024-03-05-Water-forum"); a JSON record's id is its own `id` field, else
"<stem>-<n>". Ids are not derived from folders, so two files with the same
stem in different folders (iom/001.txt, unhcr/001.txt) would clash and one
release would silently overwrite the other in the graph. We refuse rather than
guess: `iter_paths` raises a ReadError naming both files, and `IdGuard` does
the same for ids taken from inside JSON records. Rename the files (or give the
records distinct ids) to read them together.
"""

from __future__ import annotations

import re
import unicodedata

from kg.model import Release
from kg.read.errors import ReadError

UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_id(raw: object, fallback: str = "release") -> str:
    """ASCII letters, digits, '.', '_' and '-' only; accents folded, other runs become '-'."""
    text = unicodedata.normalize("NFKD", str(raw)).encode("ascii", "ignore").decode("ascii")
    text = UNSAFE.sub("-", text).strip("-.")
    return text[:120] or fallback


class IdGuard:
    """Remembers the ids seen in one run and raises on a second release with the same id."""

    def __init__(self) -> None:
        self.seen: dict[str, str] = {}

    def claim(self, release: Release) -> None:
        other = self.seen.setdefault(release.id, release.source)
        if other != release.source:
            raise ReadError(
                release.source,
                f"release id {release.id!r} is already used by {other}; rename one of the files "
                "or give the records distinct ids",
            )
