"""JSON and JSON Lines exports: one release per object.

A `.json` file holds one release object, a list of them, an object wrapping
such a list ("releases", "items", ...), or an object mapping ids to records.
A `.jsonl`/`.ndjson` file holds one object per line. Bad records (invalid
JSON, no text, duplicate id) are skipped and reported in
`ReadResult.problems` (and logged) while the good ones are returned; only
a file with no good record at all raises ReadError. Text given as an HTML
fragment (CMS body fields) is converted like an HTML page.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from kg.model import Release
from kg.read.dates import iso_date
from kg.read.decoding import normalise_text, read_decoded
from kg.read.errors import ReadError, ReadResult, RecordError
from kg.read.html import extract, with_headline
from kg.read.ids import safe_id

log = logging.getLogger("kg.read")

TEXT_FIELDS = ("text", "body", "content")
FIELDS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "published_at", "publication_date", "pubDate", "datePublished"),
    "url": ("url", "link", "canonical_url"),
    "publisher": ("publisher", "source", "site_name", "organisation", "organization"),
    "language": ("language", "lang"),
}
WRAPPERS = ("releases", "items", "data", "results", "articles", "records", "documents")
HTML_FRAGMENT = re.compile(r"<(?:p|br|div|ul|ol|li|h[1-6])\b[^>]*>", re.I)


def _string(value: object) -> str | None:
    """A field as a clean one-line string; dicts like {"name": ...} give their name."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | int)), None)
    if value is None or isinstance(value, bool | dict | list):
        return None
    return " ".join(str(value).split()) or None


def _first(record: dict, names: tuple[str, ...]) -> object:
    for name in names:
        if record.get(name) not in (None, ""):
            return record[name]
    return None


def to_release(record: object, path: Path, default_id: str, encoding: str, fmt: str) -> Release:
    """One JSON object to a Release; raises ValueError with the problem for a bad record."""
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, found {type(record).__name__}")
    body = _first(record, TEXT_FIELDS)
    if isinstance(body, list) and all(isinstance(b, str) for b in body):  # paragraphs as a list
        body = "\n\n".join(b.strip() for b in body if b.strip())
    if not isinstance(body, str) or not body.strip():
        raise ValueError(f"no text (one of the fields {', '.join(TEXT_FIELDS)} must hold the release text)")
    meta = {key: _string(_first(record, names)) for key, names in FIELDS.items()}
    text = normalise_text(body).strip()
    if HTML_FRAGMENT.search(text):
        text, page = extract(text, path)
        meta["title"] = meta["title"] or page["title"]
    if not text.strip():
        raise ValueError("the text field holds no readable text")
    rid = _string(record.get("id"))
    lang = meta["language"]
    return Release(
        id=safe_id(rid) if rid else default_id,
        source=str(path),
        text=with_headline(text, meta["title"]),
        title=meta["title"],
        publisher=meta["publisher"],
        date=iso_date(_first(record, FIELDS["date"])),
        url=meta["url"],
        encoding=encoding,
        format=fmt,
        language=re.split(r"[-_]", lang.lower())[0] if lang else None,
    )


def _collect(
    path: Path, items: list[tuple[str, object]], encoding: str, fmt: str, single: bool
) -> ReadResult:
    stem = safe_id(path.stem)
    result = ReadResult()
    first_use: dict[str, str] = {}
    for n, (where, record) in enumerate(items, 1):
        try:
            if isinstance(record, RecordError):
                raise record
            release = to_release(record, path, stem if single else f"{stem}-{n}", encoding, fmt)
            if release.id in first_use:
                raise ValueError(f"duplicate id {release.id!r} (first used at {first_use[release.id]})")
        except ValueError as e:
            result.problems.append(RecordError(path, where, str(e)))
            continue
        except RecordError as e:
            result.problems.append(e)
            continue
        first_use[release.id] = where
        result.append(release)
    for problem in result.problems:
        log.warning("skipped %s", problem)
    if not result:
        if not result.problems:
            raise ReadError(path, "no release records in the file")
        more = f" (and {len(result.problems) - 1} more bad records)" if len(result.problems) > 1 else ""
        raise ReadError(path, f"no readable release: {result.problems[0].problem}{more}")
    return result


def read_json(path: Path) -> ReadResult:
    raw, encoding = read_decoded(path)
    try:
        data = json.loads(raw)
    except ValueError as e:
        raise ReadError(path, f"invalid JSON ({e})") from None
    if isinstance(data, dict) and not _first(data, TEXT_FIELDS):
        wrapped = next((data[k] for k in WRAPPERS if isinstance(data.get(k), list)), None)
        if wrapped is None and data and all(isinstance(v, dict) for v in data.values()):
            # {"<id>": {record}, ...}: the keys are the ids
            wrapped = [{"id": key, **value} for key, value in data.items()]
        data = wrapped if wrapped is not None else data
    if isinstance(data, list):
        return _collect(path, [(f"record {i}", r) for i, r in enumerate(data, 1)], encoding, "json", False)
    return _collect(path, [("record 1", data)], encoding, "json", True)


def read_jsonl(path: Path) -> ReadResult:
    raw, encoding = read_decoded(path)
    items: list[tuple[str, object]] = []
    for number, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            items.append((where, json.loads(line)))
        except ValueError as e:
            items.append((where, RecordError(path, where, f"invalid JSON ({e})")))
    return _collect(path, items, encoding, "jsonl", False)
