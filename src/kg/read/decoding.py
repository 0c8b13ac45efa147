"""Bytes to text: size and permission checks, encoding detection, newline normalisation.

Shared by every reader so that all formats reject the same bad inputs with the
same messages and report the encoding they found.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from kg.read.errors import ReadError

MAX_BYTES = 20 * 1024 * 1024

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Single-byte encodings charset-normalizer proposes for short Western text; its
# pick among them is unreliable on a few hundred bytes (it says cp1250 for plain
# Windows-1252 with curly quotes), so within this family we prefer cp1252.
LATIN_FAMILY = re.compile(
    r"^(cp125[0-8]|cp437|cp85[0-8]|cp775|cp1006|cp1125|latin_1|iso8859_\d+|mac_\w+|hp_roman8|ptcp154|kz1048)$"
)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
NEWLINES = re.compile(r"\r\n?")
UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a ReadError for files no reader should try."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(
                path, f"file is too large ({size / 1048576:.1f} MB; the limit is {MAX_BYTES // 1048576} MB)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise ReadError(path, "cannot read the file (permission denied)") from None
    except IsADirectoryError:
        raise ReadError(path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except OSError as e:
        raise ReadError(path, f"cannot read the file ({e.strerror or e})") from None
    if not data.strip():
        raise ReadError(path, "empty file" if not data else "file holds only whitespace")
    return data


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on every other byte (mostly-ASCII UTF-16), else None."""
    head = data[:4096]
    if len(head) < 4:
        return None
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / len(head[1::2])
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("kg-cp1252", _cp1252_bytes)


def _mixed_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray Windows-1252 bytes (a file edited by two programs), decoded piecewise.

    Reading such a file wholly as cp1252 would turn every correct UTF-8
    character into mojibake ("â€™"); so when valid multi-byte UTF-8 sequences
    outnumber the invalid bytes, only the invalid bytes are read as cp1252.
    """
    valid = len(UTF8_MULTI.findall(data))
    if not valid:
        return None
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
    if invalid > valid:
        return None
    return data.decode("utf-8", errors="kg-cp1252")


def _western(data: bytes) -> tuple[str, str] | None:
    """cp1252 (or latin-1 when no cp1252-only bytes occur) if the text looks Western European."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if ord(c) > 127)
    if letters and foreign / len(letters) > 0.3:  # Cyrillic/Greek bytes read as accented Latin
        return None
    has_c1 = any(0x80 <= b <= 0x9F for b in data)
    return text, ("cp1252" if has_c1 else "iso-8859-1")


def decode(data: bytes, path: Path, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes and name the encoding used.

    Order: byte-order mark, a charset the file itself declares (HTML meta),
    UTF-16 without BOM (text never holds NUL bytes), strict UTF-8, UTF-8
    with stray cp1252 bytes, then detection (charset-normalizer), preferring
    Windows-1252 among Latin single-byte encodings.
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                raise ReadError(path, f"starts with a {enc} byte-order mark but is not valid {enc}") from None
    if declared:
        try:
            enc = codecs.lookup(declared).name
            if enc == "iso8859-1" and any(0x80 <= b <= 0x9F for b in data):
                enc = "cp1252"  # as browsers do (WHATWG): pages labelled latin-1 are Windows-1252
            return _checked(data.decode(enc), path), enc
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall through to detection
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc:
            try:
                return _checked(data.decode(enc), path), enc
            except UnicodeDecodeError:
                pass
        raise ReadError(path, "binary file, not text (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    if mixed := _mixed_utf8(data):
        return _checked(mixed, path), "utf-8+cp1252"
    from charset_normalizer import from_bytes  # imported late: only needed for non-UTF-8 files

    best = from_bytes(data).best()
    if best is None or LATIN_FAMILY.match(best.encoding):
        western = _western(data)
        if western:
            return _checked(western[0], path), western[1]
    if best is None:
        raise ReadError(path, "binary file, not text in any known encoding")
    return _checked(str(best), path), best.encoding


def _checked(text: str, path: Path) -> str:
    """Reject decodes that are mostly control characters (binary data that happened to decode)."""
    sample = text[:20000]
    if "\x00" in sample or (sample and len(CONTROL.findall(sample)) / len(sample) > 0.01):
        raise ReadError(path, "binary file, not text (control characters)")
    return text


def normalise_newlines(text: str) -> str:
    """CRLF and CR become LF; nothing else changes, so offsets stay meaningful."""
    return NEWLINES.sub("\n", text) if "\r" in text else text


# Text copied from web pages carries no-break, thin and other fixed-width spaces ("Mr.\u00a0Ortiz",
# "10\u202fMay"), soft hyphens inside words and zero-width characters. The rules, like readers, take
# them for plain spaces or nothing: in the probe set with 30% of its spaces made no-break, macro F1
# fell from 0.93 to 0.86. Spaces map one to one; the invisible characters go. Text copied out of PDFs
# carries ligatures ("ofﬁce", "Ofﬁcer"; 0.93 -> 0.90 on the probe): they become their letters.
_SPACE_LIKE = "\u00a0\u1680\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B)))
_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_ODD_SPACES = re.compile(f"[{_SPACE_LIKE}{_INVISIBLE}{''.join(_LIGATURES)}]")
_SPACES_TABLE = str.maketrans({**dict.fromkeys(_SPACE_LIKE, " "), **dict.fromkeys(_INVISIBLE), **_LIGATURES})


def normalise_text(text: str) -> str:
    """LF newlines, plain spaces for the fixed-width ones, no soft hyphens, zero-width characters or
    ligatures."""
    text = normalise_newlines(text)
    return text.translate(_SPACES_TABLE) if _ODD_SPACES.search(text) else text


def read_decoded(path: Path) -> tuple[str, str]:
    """Bytes -> text with LF newlines and no leading BOM character, plus the encoding name."""
    text, encoding = decode(read_bytes(path), path)
    text = normalise_text(text)
    if not text.strip():
        raise ReadError(path, "file holds only whitespace")
    return text, encoding
