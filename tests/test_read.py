"""Readers: encodings, formats, metadata, and every bad input naming its file.

All fixtures are short invented releases written at run time into tmp_path.
"""

from __future__ import annotations

import json
import os
import socket
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.read import ReadError, ReadResult, RecordError, iter_paths, read_release
from kg.read.dates import iso_date
from kg.read.decoding import MAX_BYTES
from kg.read.ids import IdGuard, safe_id

BODY = "GENEVA \u2013 The agency said \u201cwe must act now\u201d, and it\u2019s urgent.\nSecond line.\n"


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Readers must never fetch anything (trafilatura included)."""

    def refuse(*args, **kwargs):
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def write(tmp_path, name: str, data: bytes | str):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def one(path):
    releases = read_release(path)
    assert len(releases) == 1
    return releases[0]


# --- plain text and encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (BODY.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + BODY.encode("utf-8"), "utf-8-sig"),
        (BODY.encode("utf-16"), "utf-16"),  # with BOM
        (BODY.encode("utf-16-le"), "utf-16-le"),  # no BOM
        (BODY.encode("cp1252"), "cp1252"),
    ],
)
def test_text_encodings_decode_to_the_same_text(tmp_path, data, encoding):
    release = one(write(tmp_path, "r1.txt", data))
    assert release.text == BODY
    assert release.encoding == encoding
    assert release.id == "r1" and release.format == "txt"


def test_latin1_german_and_french_text_is_not_misread_as_central_european(tmp_path):
    text = "Der Bericht f\u00fcr Gesundheit wurde ver\u00f6ffentlicht. Caf\u00e9 \u00e0 Gen\u00e8ve.\n"
    release = one(write(tmp_path, "de.txt", text.encode("latin-1")))
    assert release.text == text
    assert release.encoding == "iso-8859-1"


def test_cyrillic_single_byte_text_is_detected(tmp_path):
    text = "Пресс-релиз: агентство сегодня заявило о начале новой программы помощи беженцам.\n"
    release = one(write(tmp_path, "ru.txt", text.encode("cp1251")))
    assert release.text == text


def test_utf8_with_stray_cp1252_bytes_is_decoded_piecewise(tmp_path):
    data = "Caf\u00e9 \u2013 r\u00e9sum\u00e9 ".encode() + "\u201cquoted\u201d".encode("cp1252") + b" end"
    release = one(write(tmp_path, "mixed.txt", data))
    assert release.text == "Caf\u00e9 \u2013 r\u00e9sum\u00e9 \u201cquoted\u201d end"
    assert release.encoding == "utf-8+cp1252"


# Fixed-width spaces, soft hyphens, zero-width characters and ligatures are normalised on reading
# (tested below).
WEB_SPACES = (
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06\u00a0\u1680\u202f\u205f\u3000\u00ad\u200b\u2060"
    + "".join(map(chr, range(0x2000, 0x200B)))
)
TEXTS = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff" + WEB_SPACES)
    | st.just("\n")
)


@settings(max_examples=60, deadline=None)
@given(text=TEXTS.filter(lambda t: t.strip()), codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_unicode_text_round_trips_exactly(tmp_path_factory, text, codec):
    """Offsets stay stable: what was written is what is read, character for character (web spaces aside)."""
    path = tmp_path_factory.mktemp("rt") / "r.txt"
    path.write_bytes(text.encode(codec))
    assert one(path).text == text


def test_newlines_normalised_and_nothing_else_changed(tmp_path):
    release = one(write(tmp_path, "nl.txt", b"Title line\r\n\r\n  Indented\tpara.\rOld mac line \n"))
    assert release.text == "Title line\n\n  Indented\tpara.\nOld mac line \n"


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n", "only whitespace"),
        ("   \n".encode("utf-16"), "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" + bytes(range(256)), "binary"),
        (bytes(b % 200 + 1 for b in os.urandom(4000)), "binary"),  # no NUL, still not text
    ],
)
def test_bad_text_files_name_file_and_problem(tmp_path, data, problem):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ReadError) as err:
        read_release(path)
    message = str(err.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_oversized_file_gives_size_in_message(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 5 * 1024 * 1024)
    with pytest.raises(ReadError, match=r"big\.txt: file is too large \(25\.0 MB; the limit is 20 MB\)"):
        read_release(path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "locked.txt", "Some text.")
    path.chmod(0)
    try:
        with pytest.raises(ReadError, match=r"locked\.txt: cannot read the file \(permission denied\)"):
            read_release(path)
    finally:
        path.chmod(0o644)


def test_permission_denied_even_when_running_as_root(tmp_path, monkeypatch):
    path = write(tmp_path, "locked2.txt", "Some text.")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", denied)
    with pytest.raises(ReadError, match=r"locked2\.txt: cannot read the file \(permission denied\)"):
        read_release(path)


def test_missing_folder_and_unsupported_suffix(tmp_path):
    with pytest.raises(ReadError, match=r"nope\.txt: no such file"):
        read_release(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="is a folder"):
        read_release(tmp_path)
    with pytest.raises(ReadError, match=r"x\.pdf: unsupported file type '\.pdf'"):
        read_release(write(tmp_path, "x.pdf", "text"))


# --- HTML -----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="{charset}">
<title>Agency hosts river forum | Example Agency</title>
<meta property="og:site_name" content="Example Agency">
<meta property="article:published_time" content="2031-04-07T09:00:00+02:00">
<meta property="og:url" content="https://example.org/og">
<link rel="canonical" href="https://example.org/news/river-forum">
</head><body>
<header><nav><ul><li><a href="/">Homepage</a></li><li><a href="/jobs">Vacancies</a></li>
<li><a href="/donate">Donate now</a></li></ul></nav></header>
<main><article><h1>Agency hosts river forum</h1>
<p>LAKETOWN, 7 April 2031 \u2013 The Example Agency today opened a forum on shared rivers,
bringing together officials and engineers from nine countries for three days of talks.</p>
<p>\u201cRivers connect us,\u201d said Ann Smith, Director of the agency, opening the forum.
The meeting is supported by the Imaginary Trust and hosted by the city council.</p>
<p>The agency recommends that governments:</p>
<ul><li>publish river gauge data every day;</li><li>plan flood shelters with local communities.</li></ul>
<p>For more information, please contact:<br>Bob Jones<br>Tel: +99 123 4567</p>
</article></main>
<footer><p>Copyright Example Agency. Privacy notice. Terms and conditions.</p></footer>
</body></html>"""


def test_html_article_text_without_menus_with_layout(tmp_path):
    release = one(write(tmp_path, "forum.html", PAGE.format(charset="utf-8")))
    text = release.text
    for chrome in ("Homepage", "Vacancies", "Donate now", "Copyright", "Privacy notice"):
        assert chrome not in text
    assert text.startswith("Agency hosts river forum\n\nLAKETOWN, 7 April 2031 \u2013 The Example Agency")
    assert "\n\n\u201cRivers connect us,\u201d said Ann Smith" in text
    assert "governments:\n\n\u2022 publish river gauge data every day;\n\u2022 plan flood shelters" in text
    assert "please contact:\nBob Jones\nTel: +99 123 4567" in text
    assert text.count("Agency hosts river forum") == 1
    assert release.title == "Agency hosts river forum"
    assert release.date == "2031-04-07"
    assert release.url == "https://example.org/news/river-forum"
    assert release.publisher == "Example Agency"
    assert release.language == "en"
    assert release.format == "html" and release.encoding == "utf-8" and release.id == "forum"


def test_page_wrapped_in_one_form_like_aspnet_sites(tmp_path):
    page = PAGE.format(charset="utf-8").replace("<body>", "<body><form id='aspnetForm'>")
    release = one(write(tmp_path, "aspx.html", page.replace("</body>", "</form></body>")))
    assert "said Ann Smith" in release.text and "Homepage" not in release.text


def test_html_declared_windows_1252_charset(tmp_path):
    release = one(write(tmp_path, "w.htm", PAGE.format(charset="windows-1252").encode("cp1252")))
    assert "\u201cRivers connect us,\u201d" in release.text
    assert release.encoding == "cp1252"


def test_html_title_from_title_tag_and_date_from_time_element(tmp_path):
    page = (
        "<html><head><title>Short statement on floods</title></head><body>"
        "<div class='menu'><a href='/'>Start</a></div><article>"
        "<time datetime='2030-12-01'>1 December 2030</time>"
        "<p>The agency is deeply concerned about the floods affecting the northern region this week.</p>"
        "</article></body></html>"
    )
    release = one(write(tmp_path, "s.html", page))
    assert release.title == "Short statement on floods"
    assert release.date == "2030-12-01"
    assert release.text.startswith("Short statement on floods\n\n")
    assert "deeply concerned" in release.text


DIV_PAGE = """<html><head><title>Office welcomes new funding - Example Office</title>
<meta name="date" content="2030-02-14"></head><body>
<div id="top-menu" class="menu"><ul><li><a href="/">Homepage</a></li><li><a href="/work">Our work</a></li>
<li><a href="/media">Media centre</a></li></ul></div>
<div class="content"><h1>Office welcomes new funding</h1>
<p>VIENNA \u2013 The Example Office welcomed new funding from three donor countries for its programme
against wildlife crime, which will run for four years.</p>
<p>"This support comes at the right time," said Maria Lopez, head of the programme, in the capital.</p>
<h2>Key points</h2>
<ol><li>Training for border officials in five countries.</li><li>New forensic laboratories.</li></ol></div>
<div class="sidebar"><h3>Related stories</h3><ul><li><a href="/n1">Office opens a lab</a></li>
<li><a href="/n2">Annual report launched</a></li></ul></div>
<div id="footer" class="site-footer"><p>Example Office 2030 | Privacy | Sitemap</p>
<ul><li><a href="/fb">Facebook</a></li></ul></div></body></html>"""


def test_html_chrome_in_plain_divs_is_removed_too(tmp_path):
    release = one(write(tmp_path, "funding.html", DIV_PAGE))
    for chrome in ("Homepage", "Media centre", "Related stories", "Annual report", "Sitemap", "Facebook"):
        assert chrome not in release.text
    assert release.text.startswith("Office welcomes new funding\n\nVIENNA \u2013 The Example Office")
    assert release.text.endswith(
        "Key points\n\n\u2022 Training for border officials in five countries.\n"
        "\u2022 New forensic laboratories."
    )
    assert (release.title, release.date) == ("Office welcomes new funding", "2030-02-14")


def test_short_page_keeps_blocks_and_moves_heading_up(tmp_path):
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<div class='crumbs'>News &gt; Releases</div><h1>Agency hosts forum</h1>"
        "<p>The agency today hosted a forum on migration in the region with partners.</p></body></html>"
    )
    release = one(write(tmp_path, "short.xhtml.html", page))
    assert release.text == (
        "Agency hosts forum\n\nNews > Releases\n\n"
        "The agency today hosted a forum on migration in the region with partners."
    )


def test_logo_heading_and_sidebar_dates_are_not_taken_for_the_article(tmp_path):
    page = (
        "<html><head><title>Camp reopens after storm | Relief Network</title></head><body>"
        "<header><h1 class='logo'>Relief Network</h1></header>"
        "<aside><time datetime='2029-01-01'>1 Jan</time><a href='/old'>Older story</a></aside>"
        "<article><h1>Camp reopens after storm</h1><time datetime='2030-06-09'>9 June 2030</time>"
        "<p>The camp reopened on Monday after repairs to the water system damaged by the storm last week.</p>"
        "</article><aside><time datetime='2029-02-02'>2 Feb</time></aside></body></html>"
    )
    release = one(write(tmp_path, "camp.html", page))
    assert (release.title, release.date) == ("Camp reopens after storm", "2030-06-09")
    assert release.text.startswith("Camp reopens after storm\n\n") and "Relief Network" not in release.text
    # without the article's h1 the <title> is used, minus its " | site" part
    release = one(write(tmp_path, "camp2.html", page.replace("<h1>Camp reopens after storm</h1>", "")))
    assert release.title == "Camp reopens after storm"


def test_old_style_page_with_double_breaks_between_paragraphs(tmp_path):
    page = (
        "<html><body><div id='content'><b>Agency welcomes pledge</b><br><br>CITY, 2 May 2030 - The agency\n"
        "welcomed the pledge made by donors today.<br><br>For more information:<br>\nAnn Lee<br>Tel: 99"
        "</div></body></html>"
    )
    release = one(write(tmp_path, "old.html", page))
    assert release.text == (
        "Agency welcomes pledge\n\nCITY, 2 May 2030 - The agency welcomed the pledge made by donors today."
        "\n\nFor more information:\nAnn Lee\nTel: 99"
    )


def test_truncated_html_still_gives_the_text_it_has(tmp_path):
    page = PAGE.format(charset="utf-8")
    cut = page[: page.index("hosted by the city")]
    release = one(write(tmp_path, "cut.html", cut))
    assert "LAKETOWN, 7 April 2031" in release.text and "Homepage" not in release.text


def test_html_without_article_text_is_an_error(tmp_path):
    path = write(
        tmp_path, "menu.html", "<html><body><nav><a href='/'>Home</a></nav><script>x=1</script></body>"
    )
    with pytest.raises(ReadError, match=r"menu\.html: no article text found"):
        read_release(path)


# --- Markdown -------------------------------------------------------------------------------

MARKDOWN = """---
title: "Agency opens river forum"
date: 7 April 2031
url: https://example.org/news/river
publisher: Example Agency
lang: fr-CH
tags: [water]
---

# Agency opens river forum

**LAKETOWN, 7 April 2031** \u2013 The *Example Agency* opened a [regional forum](https://example.org/f)
on shared rivers with officials from nine countries.

> \u201cRivers connect us,\u201d said Ann Smith, Director of the agency.

The agency recommends that governments:
- publish river gauge data every day;
* plan flood shelters
  with local communities.

## Background

Contact: Bob Jones, <bob@example.org>. The file_name_with_underscores stays \\*as is\\*.
"""


def test_markdown_front_matter_and_plain_text(tmp_path):
    release = one(write(tmp_path, "river.md", MARKDOWN))
    assert release.title == "Agency opens river forum"
    assert release.date == "2031-04-07"
    assert release.url == "https://example.org/news/river"
    assert release.publisher == "Example Agency"
    assert release.language == "fr"
    assert release.format == "markdown"
    assert release.text == (
        "Agency opens river forum\n\n"
        "LAKETOWN, 7 April 2031 \u2013 The Example Agency opened a regional forum\n"
        "on shared rivers with officials from nine countries.\n\n"
        "\u201cRivers connect us,\u201d said Ann Smith, Director of the agency.\n\n"
        "The agency recommends that governments:\n\n"
        "\u2022 publish river gauge data every day;\n"
        "\u2022 plan flood shelters with local communities.\n\n"
        "Background\n\n"
        "Contact: Bob Jones, bob@example.org. The file_name_with_underscores stays *as is*."
    )


def test_markdown_without_front_matter_takes_title_from_heading(tmp_path):
    release = one(write(tmp_path, "m.markdown", "Plain intro line.\n\n# The Headline\n\nBody text here.\n"))
    assert release.title == "The Headline"
    assert release.date is None
    assert release.text == "The Headline\n\nPlain intro line.\n\nBody text here."  # moved up, not repeated
    # a front-matter title missing from the body is prepended as the headline
    release = one(write(tmp_path, "n.md", "---\ntitle: Given Title\n---\nBody only.\n"))
    assert release.text == "Given Title\n\nBody only."


def test_markdown_setext_headings_tables_links_with_parentheses(tmp_path):
    source = (
        "Big Title\n=========\n\nSee [the report (2030)](https://example.org/a_(b)) ![chart](c.png) now.\n"
        "Steps:\n1. first\n   continued\n2. second\n\n| Name | Role |\n|------|------|\n| Ann | Chair |\n\n"
        "Sub heading\n-----------\nA snake_case word, __bold__, _emph_ and 3 * 4 * 5.\nHard break\\\nnext.\n"
    )
    release = one(write(tmp_path, "edge.md", source))
    assert release.title == "Big Title"
    assert release.text == (
        "Big Title\n\nSee the report (2030) now.\nSteps:\n\n\u2022 first continued\n\u2022 second\n\n"
        "Name | Role\nAnn | Chair\n\nSub heading\n\nA snake_case word, bold, emph and 3 * 4 * 5.\n"
        "Hard break\nnext."
    )


# --- JSON and JSON Lines --------------------------------------------------------------------


def test_json_single_object(tmp_path):
    record = {
        "title": "Forum on rivers opens",
        "body": "LAKETOWN \u2013 The forum opened today.\r\nMore text.",
        "published": "Mon, 07 Apr 2031 10:00:00 GMT",
        "link": "https://example.org/r",
        "source": {"name": "Example Agency"},
        "lang": "en",
    }
    release = one(write(tmp_path, "single.json", json.dumps(record)))
    assert release.id == "single"
    assert release.text == "Forum on rivers opens\n\nLAKETOWN \u2013 The forum opened today.\nMore text."
    assert (release.title, release.date, release.url) == (
        "Forum on rivers opens",
        "2031-04-07",
        "https://example.org/r",
    )
    assert release.publisher == "Example Agency" and release.language == "en" and release.format == "json"


def test_json_list_ids_headline_not_duplicated_and_html_body(tmp_path):
    records = [
        {"id": "IOM/2031/07 (final)", "title": "First one", "text": "First one\n\nBody of the first."},
        {"title": "Second", "content": "<p>Opening para.</p><ul><li>alpha</li><li>beta</li></ul>"},
    ]
    releases = read_release(write(tmp_path, "batch.json", json.dumps({"releases": records})))
    assert [r.id for r in releases] == ["IOM-2031-07-final", "batch-2"]
    assert releases[0].text == "First one\n\nBody of the first."
    assert releases[1].text == "Second\n\nOpening para.\n\n\u2022 alpha\n\u2022 beta"


def test_json_object_of_records_keyed_by_id_and_paragraph_lists(tmp_path):
    data = {"r-1": {"text": ["First para.", "Second para."]}, "r-2": {"body": "Other."}}
    releases = read_release(write(tmp_path, "keyed.json", json.dumps(data)))
    assert [(r.id, r.text) for r in releases] == [("r-1", "First para.\n\nSecond para."), ("r-2", "Other.")]


def test_jsonl_bad_lines_are_reported_and_good_ones_kept(tmp_path, caplog):
    lines = [
        json.dumps({"id": "a", "text": "Alpha release text.", "date": "07/04/2031"}),
        json.dumps({"title": "No body"}),
        "{not json",
        "",
        json.dumps({"text": "Gamma release text.", "date": 1933286400 + 3600}),
        json.dumps({"id": "a", "text": "Same id again."}),
        json.dumps(["a list"]),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    result = read_release(path)
    assert isinstance(result, ReadResult)
    assert [(r.id, r.date) for r in result] == [("a", "2031-04-07"), ("feed-4", "2031-04-07")]
    problems = [str(p) for p in result.problems]
    assert all(isinstance(p, RecordError) and p.path == str(path) for p in result.problems)
    assert (
        problems[0]
        == f"{path}: line 2: no text (one of the fields text, body, content must hold the release text)"
    )
    assert problems[1].startswith(f"{path}: line 3: invalid JSON")
    assert problems[2] == f"{path}: line 6: duplicate id 'a' (first used at line 1)"
    assert problems[3] == f"{path}: line 7: expected a JSON object, found list"
    assert "line 3" in caplog.text  # also logged, for callers that ignore .problems


def test_json_files_with_no_good_record(tmp_path):
    with pytest.raises(ReadError, match=r"x\.ndjson: no readable release: line 1: no text .* \(and 1 more"):
        read_release(write(tmp_path, "x.ndjson", '{"title": "t"}\n{"body": "  "}\n'))
    with pytest.raises(ReadError, match=r"y\.json: invalid JSON"):
        read_release(write(tmp_path, "y.json", '{"text": "unfinished'))
    with pytest.raises(ReadError, match=r"z\.json: no release records"):
        read_release(write(tmp_path, "z.json", "[]"))


# --- dates, ids, paths ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2031-04-07T23:30:00-05:00", "2031-04-07"),  # the publisher's calendar day, no tz shift
        ("Mon, 07 Apr 2031 10:00:00 GMT", "2031-04-07"),
        ("7 April 2031", "2031-04-07"),
        ("April 7, 2031", "2031-04-07"),
        ("07/04/2031", "2031-04-07"),  # day first
        ("04/13/2031", "2031-04-13"),  # impossible day-first reading
        ("7 avril 2031", "2031-04-07"),
        ("7 de abril de 2031", "2031-04-07"),
        ("April 2031", None),  # no day: never invented
        ("2031", None),
        ("31/02/2031", None),
        ("soon", None),
        (None, None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_safe_id():
    assert safe_id("Communiqué de presse (final)") == "Communique-de-presse-final"
    assert safe_id("../..") == "release"


def test_iter_paths_filters_sorts_and_skips_hidden(tmp_path):
    for name in [
        "b.md",
        "a.txt",
        "sub/c.jsonl",
        "sub/d.HTML",
        "notes.pdf",
        ".hidden.txt",
        ".git/e.txt",
        "~$f.txt",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["a.txt", "b.md", "sub/c.jsonl", "sub/d.HTML"]
    assert list(iter_paths([tmp_path / "a.txt", tmp_path, tmp_path / "a.txt"]))[0] == tmp_path / "a.txt"
    assert len(list(iter_paths([tmp_path / "a.txt", tmp_path]))) == 4
    with pytest.raises(ReadError, match=r"missing: no such file or folder"):
        list(iter_paths([tmp_path / "missing"]))


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="needs symlinks")
def test_symlinked_folders_are_followed_once_and_a_loop_ends(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "r1.txt").write_text("x")
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "r0.txt").write_text("x")
    (archive / "2019").symlink_to(elsewhere, target_is_directory=True)
    (archive / "up").symlink_to(archive, target_is_directory=True)  # a link back up the tree
    found = [p.relative_to(archive).as_posix() for p in iter_paths([archive])]
    assert found == ["2019/r1.txt", "r0.txt"]


def test_same_stem_in_two_folders_is_refused(tmp_path):
    for name in ["iom/001.txt", "unhcr/001.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    with pytest.raises(ReadError, match=r"unhcr/001\.md: same release id '001' as .*iom/001\.txt"):
        list(iter_paths([tmp_path]))


def test_id_guard_catches_record_ids_across_files(tmp_path):
    guard = IdGuard()
    for release in read_release(write(tmp_path, "one.jsonl", '{"id": "x", "text": "A."}\n')):
        guard.claim(release)
    guard.claim(
        read_release(write(tmp_path, "one.jsonl", '{"id": "x", "text": "A."}\n'))[0]
    )  # same file: fine
    with pytest.raises(ReadError, match=r"two\.json: release id 'x' is already used by .*one\.jsonl"):
        guard.claim(read_release(write(tmp_path, "two.json", '{"id": "x", "text": "B."}'))[0])


def test_web_spaces_soft_hyphens_and_zero_width_characters_are_normalised(tmp_path):
    text = (
        "Migration forum opens\n\nLIMA,\u00a03\u202fMay 2019 \u2013 \u201cWe must act,\u201d said "
        "Mr.\u00a0Tomas\u2009Ortiz, Director of the Organi\u00adzation of Port\u200bCities.\n"
        "The of\ufb01ce is staffed by a \ufb02ood o\ufb03cers.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"title": "t", "text": text}), encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n") if p)
    page = f"<html><body><article>{paragraphs}</article></body></html>"
    (tmp_path / "c.html").write_text(page, encoding="utf-8")
    for name in ("a.txt", "b.json", "c.html"):
        [release] = read_release(tmp_path / name)
        assert "LIMA, 3 May 2019" in release.text
        assert "Mr. Tomas Ortiz, Director of the Organization of Port" in release.text  # HTML: "Port Cities"
        assert "The office is staffed by a flood officers." in release.text
        assert not any(ch in release.text for ch in "\u00a0\u202f\u2009\u00ad\u200b\ufb01")
    from kg.extract import extract
    from kg.segment import segment

    ex = extract(segment(read_release(tmp_path / "a.txt")[0]))
    assert [p.name for p in ex.people] == ["Tomas Ortiz"]
