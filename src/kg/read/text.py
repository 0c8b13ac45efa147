"""Plain text releases, in whatever encoding an archive happens to hold.

The text is kept exactly as decoded (only newlines are normalised), so every
character offset later found in it points at the same characters a reader of
the file sees.
"""

from __future__ import annotations

from pathlib import Path

from kg.model import Release
from kg.read.decoding import read_decoded
from kg.read.ids import safe_id


def read_text(path: Path) -> list[Release]:
    text, encoding = read_decoded(path)
    return [Release(id=safe_id(path.stem), source=str(path), text=text, encoding=encoding, format="txt")]
