"""A press officer's signature block closing a release, with no "For more information" lead.

Ministries and agencies often end a release with the officer who issued it, on lines of their own,
sometimes under "Issued by:" or "Signed:":

    Jon Roe
    Public Relations Officer
    Lakeport Ministry of Water
    Email: press@water.lakeport.gov

The segmenter reads such a block as an ordinary paragraph. It is a contact block when its first line is
a name, its second a press or information post (a signatory's own office, "Chairperson", is not), and it
gives a phone or an e-mail. The name and post may share a line ("Jon Roe, press coordinator"), under a
press office's own line ("Press Office – Lakeport Ministry of Water"); under such a line the officer's
own post may be left out (the office says what they do).
"""

from __future__ import annotations

import re

from kg.model import Document

# The posts of the people who issue releases and answer the press.
PRESS_POST = re.compile(
    r"\b(?:Press|Public Relations|Public Information|Information Officer|Communications?|Media|"
    r"Spokes(?:person|man|woman)|Public Affairs)\b",
    re.I,
)
NAME_LINE = re.compile(r"(?:[A-Z][a-z]{0,3}\.\s+)*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,4}")
CONTACT_DETAIL = re.compile(r"@|\b(?:Tel|Phone|Mobile|Fax)\b|\+\d")


def signature_block(doc: Document, reach: int = 4) -> tuple[int, int] | None:
    """(start, end) of a closing paragraph that signs the release with a press officer's name, post and
    phone or e-mail; None when the last few paragraphs hold none."""
    text = doc.text
    segs = doc.segments
    paras = [i for i, s in enumerate(segs) if s.kind == "paragraph"][-reach:]
    for i in paras:
        seg = segs[i]
        lines = [ln.strip() for ln in text[seg.start : seg.end].split("\n") if ln.strip()]
        headed = len(lines) >= 3 and _office_heading(lines[0])
        if headed:
            lines = lines[1:]  # "Press Office – Lakeport Water Board" over the officer's own lines
        elif (
            len(lines) >= 3
            and i > 0
            and segs[i - 1].kind == "dateline"
            and _office_heading(text[segs[i - 1].start : segs[i - 1].end] + " – ")
            and not PRESS_POST.search(lines[0].partition(",")[2])
        ):
            lines = lines[1:]  # the segmenter read "Press Office –" as a dateline: the body's name follows
        if len(lines) < 2:
            continue
        name, _, post = lines[0].partition(",")
        if post and NAME_LINE.fullmatch(name.strip()) and PRESS_POST.search(post):
            details = lines[1:]  # "Jon Roe, press coordinator": name and post on one line
        elif len(lines) >= 3 and NAME_LINE.fullmatch(lines[0]) and PRESS_POST.search(lines[1]):
            details = lines[2:]
        elif headed and NAME_LINE.fullmatch(lines[0]) and not _office_heading(lines[0]):
            details = lines[1:]  # the press office's line is the officer's post: name, then phone or e-mail
        else:
            continue
        if any(CONTACT_DETAIL.search(ln) for ln in details):
            end = seg.end
            for nxt in segs[i + 1 :]:
                # "Jon Roe / Press Officer / +1 ..." then "Ann Poe / Press Officer / ...": one block per
                # officer, each its own paragraph.
                if nxt.kind != "paragraph" or not _officer(text[nxt.start : nxt.end]):
                    break
                end = nxt.end
            return seg.start, end
    return None


def _officer(chunk: str) -> bool:
    """A name line, a press post line and a phone or e-mail: one more officer of the same block."""
    lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
    return (
        len(lines) >= 3
        and NAME_LINE.fullmatch(lines[0]) is not None
        and PRESS_POST.search(lines[1]) is not None
        and any(CONTACT_DETAIL.search(ln) for ln in lines[2:])
    )


def _office_heading(line: str) -> bool:
    """ "Press Office – Lakeport Water Board", "Media Unit, Ministry of Water": a press office's own line."""
    head = line.split("–")[0].split("—")[0].split(",")[0].split(" - ")[0]
    return (
        len(line) < 120
        and CONTACT_DETAIL.search(line) is None
        and PRESS_POST.search(head) is not None
        and head.rstrip().endswith(("Office", "Unit", "Department", "Service", "Section", "Desk", "Team"))
    )
