"""Plain text releases, in whatever encoding an archive happens to hold."""

from __future__ import annotations

from pathlib import Path

from kg.model import Release
from kg.read.errors import ReadError

MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes, trying UTF-8 (with or without BOM) first, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(path, "not text in any known encoding (binary file?)")
    return str(best), best.encoding


def normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path) -> list[Release]:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise ReadError(path, f"file is {len(data) // (1024 * 1024)} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB limit")
    if b"\x00" in data[:4096]:
        raise ReadError(path, "binary file (contains NUL bytes)")
    text, encoding = decode(data, path)
    text = normalise(text)
    if not text.strip():
        raise ReadError(path, "empty file")
    return [Release(id=path.stem, source=str(path), text=text, encoding=encoding, format="txt")]
