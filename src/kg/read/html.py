"""HTML pages saved from a web site.

trafilatura finds the article (dropping menus, footers, cookie banners and
comments); we then rebuild plain text from its element tree ourselves, so the
layout segmentation relies on survives: one block per paragraph separated by a
blank line, list items as "• item" lines, <br> as a line break. Metadata comes
only from what the page states in its head (og:/article: meta, canonical link,
JSON-LD, <time>), never from guesses over the body text. Nothing is fetched:
trafilatura is only given the string.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import lxml.html
from lxml import etree

from kg.model import Release
from kg.read.dates import iso_date
from kg.read.decoding import decode, normalise_newlines, normalise_text, read_bytes
from kg.read.errors import ReadError
from kg.read.ids import safe_id

CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
XML_DECL = re.compile(r"\A\s*<\?xml[^>]*\?>")
SPACES = re.compile(r"[ \t\u00a0\u200b]+")
BLANKS = re.compile(r"\n{2,}")
BULLET = "• "
DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.issued", "pubdate", "publishdate", "publish-date",
    "publication_date", "sailthru.date", "parsely-pub-date", "citation_publication_date",
)  # fmt: skip
# Children that make an element a container of blocks rather than one block of inline text.
CONTAINERS = {
    "p",
    "head",
    "quote",
    "list",
    "table",
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
}
SKIP = {"graphic", "ref", "note", "fw"}


def _meta(tree) -> dict[str, str]:
    """Lower-cased meta name/property/itemprop -> first content."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = (el.get("content") or "").strip()
        if key and value:
            found.setdefault(key.strip().lower(), value)
    return found


def _jsonld_date(tree) -> str | None:
    for el in tree.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if (d := iso_date(item.get("datePublished"))) is not None:
                    return d
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return None


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def _in_article(el) -> bool:
    return any(a.tag in ("article", "main") for a in el.iterancestors())


def _in_chrome(el) -> bool:
    return any(a.tag in ("header", "nav", "footer", "aside") for a in el.iterancestors())


def _article_first(elements: list) -> list:
    """Elements inside <article>/<main> first, then those outside site chrome.

    Sites put their logo in an <h1> in the page header and list dated "related
    news" in sidebars; the article's own heading and <time> come first.
    """
    inside = [el for el in elements if _in_article(el)]
    return inside + [el for el in elements if el not in inside and not _in_chrome(el)]


def metadata(tree) -> dict[str, str | None]:
    """title, date, url, publisher, language as the page's head states them."""
    meta = _meta(tree)
    h1 = next((t for el in _article_first(list(tree.iter("h1"))) if (t := _clean(el.text_content()))), None)
    title_el = next(tree.iter("title"), None)
    page_title = _clean(title_el.text_content() if title_el is not None else None)
    if page_title and " | " in page_title:  # "Agency hosts forum | Example Agency"
        page_title = page_title.rsplit(" | ", 1)[0]
    title = _clean(meta.get("og:title")) or h1 or page_title
    publisher = _clean(meta.get("og:site_name"))
    if title and publisher:  # "Agency hosts forum - Example Agency" -> "Agency hosts forum"
        title = re.sub(rf"\s+[|\-–—:]\s+{re.escape(publisher)}$", "", title, flags=re.I) or title
    date = next((d for k in DATE_META if (d := iso_date(meta.get(k))) is not None), None)
    date = date or _jsonld_date(tree)
    if date is None:
        times = list(tree.iter("time"))
        times = times if len(times) == 1 else [t for t in times if _in_article(t)]
        date = next(
            (d for el in times if (d := iso_date(el.get("datetime") or el.text_content())) is not None), None
        )
    canonical = next(
        (el.get("href") for el in tree.iter("link") if "canonical" in (el.get("rel") or "").lower().split()),
        None,
    )
    url = _clean(canonical) or _clean(meta.get("og:url"))
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    lang = lang or meta.get("og:locale") or meta.get("content-language")
    return {
        "title": title,
        "date": date,
        "url": url if url and url.startswith(("http://", "https://")) else None,
        "publisher": publisher,
        "h1": h1,
        "language": re.split(r"[-_]", lang.strip().lower())[0] if lang and lang.strip() else None,
    }


def _inline(el) -> str:
    """An element's text with <lb/>/<br> as newlines and whitespace collapsed per line.

    Newlines in the HTML source are just spaces to a browser, so only breaks
    count as line ends.
    """
    parts: list[str] = []

    def walk(node) -> None:
        if node.text:
            parts.append(node.text.replace("\n", " "))
        for child in node:
            if not isinstance(child.tag, str):  # comments, processing instructions
                pass
            elif child.tag in ("lb", "br"):
                parts.append("\n")
            elif child.tag not in SKIP:
                walk(child)
            if child.tail:
                parts.append(child.tail.replace("\n", " "))

    walk(el)
    # One break is a line break; two or more (old CMS pages: "<br><br>" between
    # paragraphs) make a paragraph break, i.e. a blank line.
    lines = [SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return BLANKS.sub("\n\n", "\n".join(lines)).strip("\n")


def body_text(body) -> str:
    """Paragraph blocks separated by blank lines; list items as '• ' lines in one block."""
    blocks: list[str] = []

    def walk(node) -> None:
        for child in node:
            if not isinstance(child.tag, str) or child.tag in SKIP:
                continue
            if child.tag in ("list", "ul", "ol"):
                items = [t for item in child if isinstance(item.tag, str) and (t := _inline(item))]
                if items:
                    blocks.append("\n".join(BULLET + t.replace("\n", " ") for t in items))
            elif child.tag == "table":
                rows = [" | ".join(c for cell in row if (c := _inline(cell))) for row in child]
                if rows := [r for r in rows if r]:
                    blocks.append("\n".join(rows))
            elif any(isinstance(c.tag, str) and c.tag in CONTAINERS for c in child):
                walk(child)
            elif text := _inline(child):
                blocks.append(text)

    walk(body)
    return "\n\n".join(blocks)


def _drop_chrome(tree) -> None:
    """Remove site menus, banners and footers before extraction.

    trafilatura falls back to the whole body on short pages, menus included;
    a <nav> (or role=navigation) is never article text, and a page-level
    header/footer is site chrome. Headers and footers inside <article>/<main>
    are kept: some sites put the byline or the press contact there. <form>
    is kept too: ASP.NET/SharePoint sites wrap the whole page in one.
    """
    for el in list(tree.iter("nav", "header", "footer", "aside", "menu", "script", "style", "noscript")):
        if el.getparent() is None:
            continue
        inside = any(a.tag in ("article", "main") for a in el.iterancestors())
        if el.tag in ("nav", "menu", "script", "style", "noscript") or not inside:
            el.drop_tree()
    for el in list(tree.xpath('//*[@role="navigation" or @role="banner" or @role="contentinfo"]')):
        if el.getparent() is not None:
            el.drop_tree()


def _fallback_body(tree):
    """Without trafilatura's verdict: the page body minus scripts, menus, headers and footers."""
    body = next(tree.iter("body"), None)
    if body is None:
        return None
    for el in list(body.iter("script", "style", "nav", "header", "footer", "aside", "noscript")):
        el.drop_tree()
    return body


@lru_cache(maxsize=1)
def _config():
    """trafilatura settings, built once.

    MIN_EXTRACTED_SIZE=1: by default a result under 250 characters (a short
    statement) is replaced by trafilatura's "baseline", the whole article as
    one paragraph with headings and list items run together; we would rather
    keep the structured result, and fall back to our own DOM pass when empty.
    """
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return config


def extract(html: str, path: Path) -> tuple[str, dict[str, str | None]]:
    """Article text and head metadata of an HTML document (a whole page or a fragment)."""
    import trafilatura  # imported late: heavy, and only HTML needs it

    html = XML_DECL.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        raise ReadError(path, "not a readable HTML document") from None
    meta = metadata(tree)
    _drop_chrome(tree)
    doc = trafilatura.bare_extraction(
        tree,
        config=_config(),
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        deduplicate=False,
    )
    body = getattr(doc, "body", None)
    text = body_text(body) if body is not None else ""
    # On short pages trafilatura gives up and returns the whole body as one
    # <p> of newline-joined lines; our own pass over the DOM keeps the blocks.
    baseline = body is not None and len(body) == 1 and "\n" in (body[0].text or "")
    if baseline or not text.strip():
        body = _fallback_body(lxml.html.document_fromstring(html))
        text = body_text(body) if body is not None else ""
    return text, meta


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def with_headline(text: str, title: str | None, *also: str | None) -> str:
    """Make the title the first block, so segmentation finds the headline first.

    Unchanged when the text already starts with the title (or an `also` form,
    e.g. the page's h1). When the heading sits a little further down (after a
    breadcrumb or a date line) it is moved up rather than repeated, so no
    sentence appears twice; otherwise the title is prepended.
    """
    if not title:
        return text
    forms = [_norm(t) for t in (title, *also) if t]
    head = _norm(text[: max(len(t) for t in forms) + 40])
    if any(head.startswith(f) for f in forms):
        return text
    blocks = text.split("\n\n")
    for i, block in enumerate(blocks[:4]):
        if _norm(block) in forms:
            return "\n\n".join([block, *blocks[:i], *blocks[i + 1 :]])
    return f"{title}\n\n{text}" if text else title


def read_html(path: Path) -> list[Release]:
    data = read_bytes(path)
    declared = CHARSET.search(data[:4096])
    html, encoding = decode(data, path, declared[1].decode("ascii", "ignore") if declared else None)
    html = normalise_newlines(html).removeprefix("\ufeff")
    text, meta = extract(html, path)
    text = BLANKS.sub("\n\n", text).strip()
    if not text:
        raise ReadError(path, "no article text found in the HTML page")
    text = normalise_text(with_headline(text, meta["title"], meta.pop("h1")))
    return [
        Release(id=safe_id(path.stem), source=str(path), text=text, encoding=encoding, format="html", **meta)
    ]
