"""Plain text releases, in whatever encoding an archive happens to hold.

The text is kept as decoded except for newlines (LF), fixed-width spaces (a
plain space each) and invisible characters and ligatures (kg.read.decoding),
so a character offset later found in it points at the characters a reader of
the file sees, shifted only where a soft hyphen or zero-width character was
dropped or a ligature spelt out.
"""

from __future__ import annotations

from pathlib import Path

from kg.model import Release
from kg.read.decoding import read_decoded
from kg.read.ids import safe_id


def read_text(path: Path) -> list[Release]:
    text, encoding = read_decoded(path)
    return [Release(id=safe_id(path.stem), source=str(path), text=text, encoding=encoding, format="txt")]
