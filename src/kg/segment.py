"""Segmentation: find the headline, dateline, paragraphs, bullets and contact block of a release.

Offsets always point into the release text unchanged, so every later span is
evidence a reader can find again in the original.

Releases come in many shapes: hard-wrapped text with blank lines between
paragraphs, hard-wrapped text *without* blank lines (a paragraph ends on a
short line that closes a sentence), or one paragraph per long line. Scraped
pages often start with site navigation ("Who we are", "Take Action" ...),
which is marked `navigation` so no component extracts from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import Document, Release, Segment
from kg.navwords import MENU_ITEM, MENU_SEP, MENU_SEP_CHAR, NAV_ITEMS, NAV_LEAD, PAGE_TAIL
from kg.segheadline import masthead_headline, section_label_headline
from kg.segletters import LETTER_MARK, mark_lettered
from kg.segtop import TERMINAL, dated_dateline, place_headline, unwrapped, wrapped_place_headline
from kg.sitelabels import label_over_menu

# Bullet marks, numbers ("1.", "2)") and lettered or roman items ("(a)", "b)", "(iv)").
BULLET = re.compile(
    r"[ \t]*(?:[•·▪◦●○■□‣⁃–\-*]|\d{1,2}[.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-h]\))[ \t]+(?=\S)"
)
NUMBERED = re.compile(r"\d{1,2}[.)][ \t]+[A-Z]")
CONTACT = re.compile(
    r"^(?:for (?:further|more|additional) (?:information|details)|"
    # "For information contact:", "For inquiries:" on a line of their own.
    r"for (?:information|details)\s*,?\s*(?:please\s+)?contact\b|for (?:information|inquiries|enquiries)\s*:|"
    r"for (?:media|press) (?:enquiries|inquiries)|"
    # "Further information for the media:", "More information:" on a line of their own (the colon is needed:
    # "Further information on the fund is online" opens running text).
    r"(?:further|more|additional) (?:information|details)(?: for (?:the )?(?:media|press|journalists))?\s*:|"
    r"(?:media|press) contacts?|contacts?\s*(?::|information\b)|(?:media|press) (?:enquiries|inquiries)|"
    r"for interviews|to arrange (?:an )?interviews?|journalists (?:can|may|should) contact|"
    r"(?:media|press) (?:officer|relations)\s*:|spokesperson\s*:|"
    # French, Spanish and Portuguese labels: "Contact presse", "Contacto de prensa", "Contacto para a
    # imprensa", "Contato:", "Para más información", "Pour plus d'informations".
    r"conta(?:c|ct)(?:o|os|e)?s? (?:(?:de|para a|da) )?(?:presse|prensa|imprensa|m[ée]dias?)\b|"
    r"conta(?:c|ct)(?:o|os)s?\s*:|para (?:m[aá]s|mais) informa[cç](?:i[oó]n|[oõ]es)|"
    r"pour (?:plus d'|de plus amples |toute )informations?\b)",
    re.I,
)
CONTACT_HEADING = re.compile(r"^(?:(?:media|press) )?contacts?\s*$", re.I)
REACHABLE = re.compile(r"@|\+?\d[\d ()./-]{6,}\d")


def _contact_heading(para: list, text: str, start: int, end: int) -> bool:
    """ "Contact" alone on a line, then a name, office, phone or e-mail: a contact block; a menu's
    "Contact" entry has no address after it. The heading may stand in a paragraph of its own, the
    officer's lines in the next few."""
    if not CONTACT_HEADING.match(para[0].text):
        return False
    if len(para) > 1:
        return bool(REACHABLE.search(text, start, end))
    return bool(REACHABLE.search(_next_lines(text, end)))


def _next_lines(text: str, end: int, n: int = 3) -> str:
    """The `n` non-empty lines of `text` after offset `end`."""
    lines = [ln for ln in text[end : end + 600].split("\n") if ln.strip()]
    return "\n".join(lines[:n])


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+\d{{4}})?"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
)
# "GENEVA, December 6 (UNHCR) –", "Vienna, 10 February 2014 –", "Germany - ", "GENEVA (ILO News) - "
DATELINE = re.compile(
    rf"(?P<city>[A-Z][A-Za-z'’.\-]+(?:[ /][A-Z][A-Za-z'’.\-]+){{0,3}})"
    rf"(?:\s*,\s*(?P<date>{DATE}))?"
    rf"(?:\s*\((?P<agency>[A-Za-z][\w .,'-]{{1,30}})\))?"
    rf"(?:\s*[–—-]+\s+|(?<=\))\s+(?=[A-Z]))"
)
# A line that is only a date or a "Press release | date" kind of stamp.
DATE_LINE = re.compile(
    rf"^(?:[A-Za-z ]{{0,30}}(?:,|\||:)\s*)?(?:[A-Z][a-z]+day,?\s+)?{DATE}\b[^.]{{0,30}}$"
    r"|^Date Published:?\s*$|^(?:Press release|News Stories)\s*$",
    re.I,
)
# A row of stars or dashes before the contact block ("* * *", "-----"): no list item, no text.
SEPARATOR = re.compile(r"^(?:[*#~=_\-–—•·]\s*){3,}$")
CAPTION = re.compile(r"^\s*(?:©|\(c\)|Photo:|Photo credit)", re.I)


@dataclass
class _Line:
    start: int
    end: int
    text: str
    item: bool = False  # opens an item of a lettered list ("b. establish ...")
    heading: bool = False  # a numbered section heading in capitals over prose (see `section_heading`)


def _bullet(ln: _Line) -> bool:
    return ln.item or BULLET.match(ln.text) is not None


def section_heading(block: list[_Line]) -> bool:
    """A numbered line in capitals (three words or more, no sentence end) over a line of prose."""
    first = block[0].text
    return (
        len(block) > 1
        and NUMBERED.match(first) is not None
        and len(first.split()) >= 4
        and first.upper() == first
        and not first.endswith(TERMINAL)
        and not _bullet(block[1])
    )


def _lines(text: str) -> list[_Line | None]:
    """Non-blank lines (stripped, with offsets); None marks a blank line."""
    out: list[_Line | None] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            out.append(_Line(s, s + len(stripped), stripped))
        else:
            out.append(None)
        pos += len(raw) + 1
    mark_lettered(out)
    return out


def _is_nav(line: str) -> bool:
    item = line.lstrip("-–• ").strip().casefold()
    return not item or item in NAV_ITEMS or bool(NAV_LEAD.match(line)) or _is_menu(line)


def _is_menu(line: str) -> bool:
    """ "Home / News / Research / Events", "About us | Our work | Donate": three or more short items
    joined by separators, at least one of them a usual menu entry."""
    if not MENU_SEP_CHAR.search(line):
        return False  # no separator, one item (the test runs on every line of every release)
    items = MENU_SEP.split(line.strip())
    return (
        len(items) >= 3
        and "@" not in line
        and all(len(i.split()) <= 4 for i in items)
        and any(i.strip().casefold() in NAV_ITEMS for i in items)
    )


def _navigation_end(lines: list[_Line | None]) -> int:
    """Index after the last navigation line of the page header (0 if the text has none).

    Menu entries come in a run; more than three ordinary lines in a row end the header.
    """
    last, gap, seen_menu = -1, 0, False
    for i, ln in enumerate(lines[:400]):
        if ln is None:
            continue
        if _is_nav(ln.text):
            last, gap, seen_menu = i, 0, True
        elif seen_menu and MENU_ITEM.match(ln.text):
            last, gap = i, 0  # "- Arms control", "- Albania": a menu's entries, once a menu has begun
        else:
            gap += 1
            if gap > 3 or len(ln.text) > 100:  # real content: the header is over
                break
    return last + 1


def _blocks(lines: list[_Line | None], first: int) -> list[list[_Line]]:
    blocks: list[list[_Line]] = []
    cur: list[_Line] = []
    for ln in lines[first:]:
        if ln is None or SEPARATOR.match(ln.text):
            if cur:
                blocks.append(cur)
            cur = []  # a separator row ends its block like a blank line and is dropped
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    return blocks


def _split_block(block: list[_Line], headline_pending: bool) -> list[list[_Line]]:
    """Split a block with no blank lines into paragraphs (hard-wrapped or one per line)."""
    out: list[list[_Line]] = []
    todo = _split_block_lines(block, headline_pending)[::-1]
    while todo:
        para = todo.pop()
        if section_heading(para):
            # "1. LAKELAND / ELARA: TALKS ON RETURN" over wrapped prose: a briefing's numbered section
            # heading in capitals, then the section's text (not one list item holding the section); the
            # text may hold the next section's heading.
            rest = para[1:]
            para[0].heading = True
            out.append([para[0]])
            todo.extend(_split_wrapped(rest, max(len(ln.text) for ln in rest), False)[::-1])
        else:
            out.append(para)
    return out


def _split_block_lines(block: list[_Line], headline_pending: bool) -> list[list[_Line]]:
    if len(block) == 1:
        return [block]
    width = max(len(ln.text) for ln in block)
    if width > 150:
        return _split_mixed(block, headline_pending)
    if _bullet(block[0]):
        return [block]
    return _split_wrapped(block, width, headline_pending)


def _split_mixed(block: list[_Line], headline_pending: bool) -> list[list[_Line]]:
    """One paragraph per long line, except runs of hard-wrapped lines among them.

    A scraped page may keep its menu and "About us" blurbs as long lines and the release body
    hard-wrapped at ~70 characters, all without blank lines: the wrapped run is split like any
    hard-wrapped block, so a sentence broken over lines stays one paragraph."""
    out: list[list[_Line]] = []
    run: list[_Line] = []
    for ln in [*block, None]:
        if ln is not None and len(ln.text) <= 100:
            run.append(ln)
            continue
        # Menu entries ("Programmes", "- Donate") lead into the wrapped text: they stay lines of their own.
        lead = next((i for i, x in enumerate(run) if len(x.text) >= 50), len(run))
        out.extend([x] for x in run[:lead])
        body = run[lead:]
        if _hard_wrapped(body):
            out.extend(_split_wrapped(body, max(len(x.text) for x in body), headline_pending))
        else:
            out.extend([x] for x in body)
        run = []
        if ln is not None:
            out.append([ln])
    return out


def _hard_wrapped(run: list[_Line]) -> bool:
    """Lines broken mid-sentence at a steady width: at least two wide lines (55+ characters) that end
    without sentence punctuation and run on into the next line of the run."""
    broken = sum(len(ln.text) >= 55 and not ln.text.endswith(TERMINAL) for ln in run[:-1])
    return len(run) >= 3 and broken >= 2


def _split_wrapped(block: list[_Line], width: int, headline_pending: bool) -> list[list[_Line]]:
    """Split hard-wrapped lines into paragraphs: a paragraph ends on a short line closing a sentence."""
    paras: list[list[_Line]] = []
    cur: list[_Line] = []
    wrapped = headline_pending and width <= 100 and _hard_wrapped(block)
    # Up to this line: a sentence has ended; a line was wrapped (wide with no sentence end).
    seen_end = seen_wrap = False
    for i, ln in enumerate(block):
        cur.append(ln)
        nxt = block[i + 1] if i + 1 < len(block) else None
        if nxt is None:
            break
        short = len(ln.text) < 0.8 * width
        ends = ln.text.endswith(TERMINAL)
        seen_end = seen_end or ends
        seen_wrap = seen_wrap or (len(ln.text) >= 55 and not ends)
        run_on = ln.text.endswith(",")  # "X's Regional Director for Y, Ann Lee," runs on: no title
        title = (
            headline_pending
            and i == 0
            and not ends
            and not run_on
            and _title_case(ln.text)
            and not _headline_tail(ln.text, nxt.text, i + 2 == len(block))
        )
        bullet_next = _bullet(nxt) and ln.text.endswith(TERMINAL)
        # "(c) ...;" "(d) ... transport." then "The recommendations will ...": the full stop after items
        # closed by semicolons ends the list, and the hard-wrapped text after it is a paragraph.
        list_end = (
            ln.text.endswith(".")
            and _bullet(cur[0])
            and not _bullet(nxt)
            and any(x.text.endswith(";") for x in cur[:-1] + (paras[-1] if paras else []))
        )
        # "Press Briefing Notes" / "17-03-1998" / "Country - Headline" over the wrapped body: a short line
        # before any wrapped one (wide, no sentence end), whose break the next word would have fitted into,
        # is not wrapped text.
        top = (
            wrapped
            and short
            and not _bullet(ln)
            and not ends
            and not seen_wrap
            and unwrapped(ln.text, nxt.text, width)
        )
        # "... agree to make mental health / part of every emergency response" then "Cairo, 14 April 2005 --":
        # the headline's last line before a dated dateline ends there.
        dated = headline_pending and not seen_end and dated_dateline(nxt.text)
        if (short and ends) or title or top or dated or bullet_next or list_end or CONTACT.match(nxt.text):
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


def segment(release: Release) -> Document:
    text = release.text
    lines = _lines(text)
    segments: list[Segment] = []
    nav_end = _navigation_end(lines)
    for ln in lines[:nav_end]:
        if ln is not None:
            segments.append(Segment("navigation", ln.start, ln.end))
    in_contact = False
    intro: int | None = None
    caption_next = False
    # A paragraph opened by a dateline ("HARARE, 3 May 2011 (IOM) - ...") starts the body: a release
    # without a headline line gets none after it (the next paragraph's first line is no headline).
    body_begun = False
    for block in _blocks(lines, nav_end):
        for para in _split_block(block, not body_begun and not any(sg.kind == "headline" for sg in segments)):
            start, end = para[0].start, para[-1].end
            first = para[0].text
            if PAGE_TAIL.match(first) or (len(para) == 1 and _is_menu(first)):
                segments.append(Segment("navigation", start, end))  # "Share this: Facebook | Twitter"
                continue
            if in_contact or CONTACT.match(first) or _contact_heading(para, text, start, end):
                in_contact = True
                segments.append(Segment("contact", start, end))
                continue
            if para[0].heading:
                segments.append(Segment("paragraph", start, end))
                continue
            if _bullet(para[0]) and segments and segments[-1].kind == "bullet":
                _add_bullets(text, para, segments, intro)  # "(c)" after "(b)" is an item, not a copyright
                continue
            if CAPTION.match(first):
                segments.append(Segment("caption", start, end))
                caption_next = False  # a credit line only covers its own block
                continue
            if caption_next and len(para) == 1 and len(first) < 300:
                caption_next = False
                segments.append(Segment("caption", start, end))
                continue
            caption_next = False
            if _bullet(para[0]):
                _add_bullets(text, para, segments, intro)
                continue
            if len(para) == 1 and _is_nav(first):  # a stray "Share" / "Print" line
                segments.append(Segment("navigation", start, end))
                continue
            if DATE_LINE.match(first) and len(para) == 1:
                segments.append(Segment("dateline", start, end))
                continue
            headless = not body_begun and not any(sg.kind == "headline" for sg in segments)
            if headless and _looks_like_headline(para):
                segments.append(Segment("headline", start, end))
                intro = None
                continue
            m = DATELINE.match(text, start, end) if start < end else None
            if m and not body_begun and place_headline(m, len(para), text[m.end() : end]):
                segments.append(Segment("headline", start, end))  # "Country - Protecting Migrant Workers"
                continue
            if m and not body_begun and wrapped_place_headline(m, para, text, headless):
                # "Country - Title Case Headline" run into a hard-wrapped body on the next line
                segments.append(Segment("headline", start, para[0].end))
                start, m = para[1].start, None
                body_begun = True
            if m and _plausible_dateline(m):
                segments.append(Segment("dateline", start, start + len(m.group(0).rstrip(" -–—\t"))))
                start = m.end()
                body_begun = True
            segments.append(Segment("paragraph", start, end))
            intro = len(segments) - 1 if text[start:end].rstrip().endswith(":") else None
    masthead_headline(text, segments, _headline_like)
    section_label_headline(text, segments, _headline_like)
    label_over_menu(text, segments, lambda s, e: _looks_like_headline([_Line(s, e, text[s:e])]))
    return Document(release=release, segments=segments)


def _headline_like(block: str) -> bool:
    lines = [ln for ln in _lines(block) if ln is not None]
    return bool(lines) and _looks_like_headline(lines)


def _plausible_dateline(m: re.Match) -> bool:
    city = m.group("city")
    if m.group("date") or m.group("agency"):
        return True
    # "Germany - IOM ..." : a single place word and a dash, nothing else.
    return len(city.split()) <= 3 and city.lower() not in {"the", "a", "an", "in", "on"}


def _add_bullets(text: str, para: list[_Line], segments: list[Segment], intro: int | None) -> None:
    """One bullet segment per item; continuation lines (not starting with a bullet) join the item."""
    items: list[list[_Line]] = []
    for ln in para:
        if _bullet(ln) or not items:
            items.append([ln])
        else:
            items[-1].append(ln)
    for item in items:
        m = (LETTER_MARK if item[0].item else BULLET).match(text, item[0].start)
        s = m.end() if m else item[0].start
        segments.append(Segment("bullet", s, item[-1].end, intro=intro))


def _headline_tail(line: str, nxt: str, nxt_is_last: bool) -> bool:
    """'... Open Regional Talks on River Fisheries in North' over 'Elaria': a wrapped headline's
    last word or two on a line of their own, closing the block, continue the headline instead of
    opening the body (a byline or a sentence is no such tail)."""
    words = nxt.split()
    return (
        nxt_is_last
        and len(line) >= 40
        and 1 <= len(words) <= 3
        and not nxt.endswith((*TERMINAL, ",", ":", ";"))
        and words[0] != "By"
        and all(w[:1].isupper() for w in words if w[:1].isalpha())
    )


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _looks_like_headline(para: list[_Line]) -> bool:
    words = " ".join(ln.text for ln in para).split()
    last = para[-1].text
    last = last.rstrip("\"”’'")  # a sentence closing a quote ('... copy."') is no headline either
    return 3 <= len(words) <= 30 and len(para) <= 2 and not last.endswith((".", ":", ";", ","))
