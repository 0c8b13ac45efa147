"""Press contacts from the contact block: name, organisation, office, phones and e-mails.

Each person name in the block starts a contact; the organisation, phones and
e-mails that follow (until the next name) belong to it. Mangled "mailto:" leftovers
are reduced to the address.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.extract.orgnames import gazetteer
from kg.extract.persons import NAME_RUN, _name_token_ok
from kg.extract.registry import component
from kg.model import Contact, Document, Extraction, Span

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:Tel|Phone|Mobile|Mob|Cell|Fax|T|M)\.?\s*:?\s*(\+?[\d][\d ()/.\-]{6,}\d)", re.I)
LEAD = re.compile(
    r"^(?:for (?:further|more|additional) information[^:\n]*?(?:contact|:)|media contacts?|"
    r"press contacts?|contacts?|please contact)\s*:?",
    re.I,
)


@component("contacts")
def find_contacts(doc: Document, ex: Extraction) -> None:
    text = doc.text
    segs = doc.of_kind("contact")
    if not segs:
        return
    start, end = segs[0].start, segs[-1].end
    block = text[start:end]
    lead = LEAD.search(block)
    offset = lead.end() if lead else 0
    names = []
    pos = offset
    for line in block[offset:].split("\n"):
        for m in NAME_RUN.finditer(line):
            toks = m.group(0).split()
            good = [t for t in toks if _name_token_ok(t) and t[0].isupper()]
            if len(good) >= 2 and len(good) == len(toks) and not EMAIL.search(m.group(0)):
                names.append((pos + m.start(), pos + m.end(), m.group(0)))
        pos += len(line) + 1
    _, gpat = gazetteer()
    for i, (s, e, name) in enumerate(names):
        stop = names[i + 1][0] if i + 1 < len(names) else len(block)
        tail = block[e:stop]
        c = Contact(name=re.sub(r"\s+", " ", name), span=Span(start + s, start + e))
        g = gpat.search(tail)
        if g:
            line = tail[g.start() :].split("\n")[0].split(",")[0].strip()
            office = re.match(r"[A-Z][\w]*(?:\s+[A-Z][a-z]+)?", line)
            org = ensure_organisation(
                ex,
                office.group(0) if office else g.group(0),
                Span(start + e + g.start(), start + e + g.end()),
            )
            c.organisation = org.name
            c.office = office.group(0) if office and office.group(0) != g.group(0) else None
        for em in EMAIL.findall(tail):
            if em not in c.emails:
                c.emails.append(em)
        c.phones = [p.strip() for p in PHONE.findall(tail)]
        ex.contacts.append(c)
