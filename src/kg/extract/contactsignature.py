"""A press officer's signature block closing a release, with no "For more information" lead.

Ministries and agencies often end a release with the officer who issued it, on lines of their own,
sometimes under "Issued by:" or "Signed:":

    Jon Roe
    Public Relations Officer
    Lakeport Ministry of Water
    Email: press@water.lakeport.gov

The segmenter reads such a block as an ordinary paragraph. It is a contact block when its first line is
a name, its second a press or information post (a signatory's own office, "Chairperson", is not), and it
gives a phone or an e-mail.
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
    paras = [s for s in doc.segments if s.kind == "paragraph"][-reach:]
    for seg in paras:
        lines = [ln.strip() for ln in text[seg.start : seg.end].split("\n") if ln.strip()]
        if len(lines) < 3 or not NAME_LINE.fullmatch(lines[0]) or not PRESS_POST.search(lines[1]):
            continue
        if any(CONTACT_DETAIL.search(ln) for ln in lines[2:]):
            return seg.start, seg.end
    return None
