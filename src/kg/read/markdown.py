"""Markdown releases (static-site archives, CMS exports) to plain text.

Regex-based on purpose: we only need the words and the block layout, not
HTML. The output follows the same layout conventions as the HTML reader so
segmentation treats both alike: blocks separated by a blank line, list items
as "• item" lines grouped in one block, the first "# " heading kept as the
first line (it is the headline). YAML front matter is read as flat
"key: value" lines (no YAML library needed) and lifted into metadata.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.model import Release
from kg.read.dates import iso_date
from kg.read.decoding import read_decoded
from kg.read.errors import ReadError
from kg.read.html import with_headline
from kg.read.ids import safe_id

FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
FENCE = re.compile(r"^[ \t]{0,3}(```|~~~)")
ATX = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
SETEXT = re.compile(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$")
QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
REFDEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$")
TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # "(url)", allowing one level of parentheses in the url
IMAGE = re.compile(rf"[ \t]?!\[[^\]]*\](?:{TARGET}|\[[^\]]*\])")
LINK = re.compile(rf"\[([^\]]+)\](?:{TARGET}|\[[^\]]*\])")
AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[^@>\s]+@[^>\s]+)>")
TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
EMPHASIS = (
    re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"),
    re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
)
CODE = re.compile(r"`+([^`]+)`+")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
PARKED = re.compile("[\ue000-\ue07f]")
KEYS = {
    "title": "title", "headline": "title",
    "date": "date", "published": "date", "published_at": "date", "pubdate": "date",
    "url": "url", "link": "url", "canonical": "url", "canonical_url": "url",
    "publisher": "publisher", "source": "publisher", "site": "publisher",
    "lang": "language", "language": "language",
}  # fmt: skip


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Known metadata fields from a leading '---' block, and the text after it."""
    m = FRONT.match(text)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for key, value in FIELD.findall(m[1]):
        target = KEYS.get(key.lower())
        value = value.strip().strip("'\"").strip()
        if target and value and target not in meta:
            meta[target] = value
    return meta, text[m.end() :]


def _hide(m: re.Match) -> str:
    return chr(0xE000 + ord(m[1]))


def inline(text: str) -> str:
    """Markup inside a line removed; link texts, emphasised words and code kept.

    Backslash-escaped characters are parked in the private-use area first so
    that "\\*" is never taken for emphasis, then restored.
    """
    text = ESCAPE.sub(_hide, text)
    text = IMAGE.sub("", text)
    text = LINK.sub(r"\1", text)
    text = AUTOLINK.sub(lambda m: m[1].removeprefix("mailto:"), text)
    text = TAG.sub("", text)
    text = CODE.sub(r"\1", text)
    for pattern in EMPHASIS:
        text = pattern.sub(lambda m: m[m.lastindex], text)
    return PARKED.sub(lambda m: chr(ord(m[0]) - 0xE000), text).strip()


def to_text(source: str) -> tuple[str, str | None]:
    """Plain text with the block layout kept, and the first level-1 heading (the title)."""
    blocks: list[list[str]] = []  # each block: lines; list blocks hold only "• " lines
    current: list[str] = []
    kind = "para"
    title: str | None = None
    fenced = False

    def close() -> None:
        nonlocal current
        if current:
            blocks.append(current)
        current = []

    lines = source.split("\n")
    for i, raw in enumerate(lines):
        if FENCE.match(raw):
            fenced = not fenced
            close()
            continue
        if fenced:
            current.append(raw)
            continue
        line = raw
        while QUOTE.match(line):
            line = QUOTE.sub("", line, count=1)
        if "|" in line and TABLE_RULE.match(line) and current:  # header underline: the table stays one block
            continue
        line = line.removesuffix("\\")  # hard line break marker
        if not line.strip() or RULE.match(line) or REFDEF.match(line) or TABLE_RULE.match(line):
            if not line.strip() and kind == "list" and i + 1 < len(lines) and ITEM.match(lines[i + 1]):
                continue  # a loose list: blank lines between items stay one block
            close()
            continue
        if (h := ATX.match(line)) or (
            kind == "para" and current and SETEXT.match(line) and not ITEM.match(line) and len(current) == 1
        ):
            heading = inline(h[2]) if h else current.pop()
            level = len(h[1]) if h else (1 if line.strip().startswith("=") else 2)
            close()
            if title is None and level == 1:
                title = heading
            if heading:
                blocks.append([heading])
            kind = "para"
            continue
        if item := ITEM.match(line):
            if kind != "list":
                close()
                kind = "list"
            current.append("• " + inline(item[1]))
            continue
        if kind == "list" and raw[:1] in " \t" and current:  # continuation of the last item
            current[-1] += " " + inline(line)
            continue
        if kind == "list":
            close()
            kind = "para"
        if line.strip().startswith("|") and line.strip().endswith("|"):
            line = " | ".join(c.strip() for c in line.strip().strip("|").split("|"))
        current.append(inline(line))
    close()
    text = "\n\n".join("\n".join(b) for b in blocks if any(x.strip() for x in b))
    return text, title


def read_markdown(path: Path) -> list[Release]:
    raw, encoding = read_decoded(path)
    meta, body = front_matter(raw)
    text, heading = to_text(body)
    title = meta.get("title") or heading
    text = with_headline(text, title)
    if not text.strip():
        raise ReadError(path, "no text in the Markdown file")
    lang = meta.get("language")
    return [
        Release(
            id=safe_id(path.stem),
            source=str(path),
            text=text,
            title=title,
            publisher=meta.get("publisher"),
            date=iso_date(meta.get("date")),
            url=meta.get("url"),
            encoding=encoding,
            format="markdown",
            language=re.split(r"[-_]", lang.lower())[0] if lang else None,
        )
    ]
