"""Press contacts from the contact block: name, organisation, office, phones and e-mails.

A contact starts with a person name at the start of a line (after an optional
"In Nairobi," office label or honorific) or right after "please contact"; the
organisation, phones and e-mails that follow, up to the next name, belong to it.
Mangled "mailto:" leftovers and "[at]" spellings are reduced to the address.
"""

from __future__ import annotations

import re

from kg.extract.contactfilters import not_a_contact, title_line_org
from kg.extract.contactoffice import office_line_org, org_forms_in
from kg.extract.contactsignature import signature_block
from kg.extract.organisations import ensure_organisation
from kg.extract.orgnames import country_code, gaz_lookup, gazetteer
from kg.extract.persons import HONORIFIC, NAME_RUN, TITLE_WORDS, _name_token_ok
from kg.extract.personwords import TITLE_ALTERNATION
from kg.extract.registry import component
from kg.model import Contact, Document, Extraction, Span

EMAIL = re.compile(r"[\w.+-]+(?:@|\s?\[at\]\s?|\s?\(at\)\s?)[\w-]+(?:\.[\w-]+)+")
# "(+32) 2 28 42 561": a bracketed country code opens the number with its bracket.
PHONE = re.compile(r"(?<![\w@.(])(?:\(\+?\d|\+?\d)[\d ()/.\-]{6,}\d")
LEAD = re.compile(
    r"(?:for (?:(?:further|more|additional) )?information[^:\n]*?(?:contact|:)|"
    r"for (?:inquiries|enquiries)\s*:|media contacts?|"
    r"press contacts?|contacts?|please contact|media enquiries|press enquiries)\s*:?\s*",
    re.I,
)
# "Md. Jon Roe", "Mohd. Jon Roe", "Ma. Ana Roe": an abbreviated "Muhammad" or "Maria" opening a name is a
# dotted token the name run stops at; the name proper follows it.
GIVEN_ABBREV = r"(?:(?:Md|Mohd|Muhd|Ma)\.\s+)?"
# What may come right before a contact's name: a line start (with an "In Nairobi," office or "Name:" label),
# "contact", or a list separator.
NAME_LEAD = re.compile(
    rf"(?:(?:^|\n)\s*(?:(?:In|At|From)\s+[A-Z][\w .'-]*?,\s*|[A-Z][a-z]+\s*:\s*)?"
    # "IDB — Jane Doe, Press Officer": an organisation and a dash before the name.
    rf"|(?:contact|:|;|,|\bor|\band|/|\||\s[—–-])\s*)(?:{HONORIFIC}\s+)?{GIVEN_ABBREV}$"
)

# A rank or title opening the line before the name ("Sub-Lieutenant", "Captain").
# "Senior Adviser Jane Doe, tel. ...": a title of several words opens the line just as well.
RANK_FIRST = re.compile(r"(?:(?:[A-Z][a-z]+-)?(?:" + TITLE_ALTERNATION + r")\s+)+")
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
SPACES = re.compile(r"\s+")  # precompiled: applied to every name and sentence


@component("contacts")
def find_contacts(doc: Document, ex: Extraction) -> None:
    text = doc.text
    segs = doc.of_kind("contact")
    if segs:
        start, end = segs[0].start, segs[-1].end
    else:
        tail = _unmarked_block(doc)
        if tail is None:
            return
        start, end = tail
    block = text[start:end]
    lead = LEAD.search(block)
    offset = lead.end() if lead else 0
    names: list[tuple[int, int, str, str | None]] = []
    for m in _runs(block, offset):
        hon_in = re.match(rf"{HONORIFIC}\s+", m.group(0))  # "Ms Jane Doe" on a line of its own
        m_start = m.start() + (hon_in.end() if hon_in else 0)
        lead_at = m_start
        rank = RANK_FIRST.match(block, m_start, m.end())
        if rank and _is_name(block[rank.end() : m.end()]):
            m_start = rank.end()  # "Sub-Lieutenant Jane Doe" on a line of its own: the rank is no name
        run = block[m_start : m.end()]
        lead_in = block[max(offset, lead_at - 40) : lead_at]
        if not (_is_name(run) or _mail_confirms(run, block[m.end() : m.end() + 240])) or not NAME_LEAD.search(
            lead_in if lead_at - 40 >= offset else "\n" + lead_in
        ):
            continue
        if not_a_contact(block, m_start, m.end()) or _org_at(ex, block, m_start, run):
            continue
        if names and re.fullmatch(r",\s*", block[names[-1][1] : m_start]):
            continue  # "Jane Doe, Communications Analyst, UNDP": the title after a name is no second name
        if names and title_line_org(block[names[-1][1] : m_start]):
            continue  # "Jane Doe\nPress Officer, Lakeport Fishers Union": the title line names her body
        office = re.search(
            r"(?:^|\n)\s*(?:In|At|From)\s+([A-Z][\w .'-]*?),\s*(?:" + HONORIFIC + r"\s+)?$", lead_in
        )
        hon = re.search(rf"(?:{HONORIFIC}\s+)?{GIVEN_ABBREV}$", lead_in)
        s = m_start - len(hon.group(0)) if hon else m_start
        names.append((s, m.end(), block[s : m.end()], office.group(1) if office else None))
    _, gpat = gazetteer()
    for i, (s, e, name, office) in enumerate(names):
        stop = names[i + 1][0] if i + 1 < len(names) else len(block)
        tail = block[e:stop]
        next_lead = re.search(r"\n\s*(?=" + LEAD.pattern + ")", tail, re.I)
        if next_lead:  # "Contact: IOM Press Office ..." on a later line is another contact's
            tail = tail[: next_lead.start()]
        c = Contact(name=SPACES.sub(" ", name).strip(), span=Span(start + s, start + e), office=office)
        emails = [re.sub(r"\s?[\[(]at[\])]\s?", "@", x) for x in EMAIL.findall(tail)]
        c.emails = list(dict.fromkeys(emails))
        c.phones = [p.strip() for p in PHONE.findall(EMAIL.sub(" ", tail))]
        g = gpat.search(tail)
        org_form = g.group(0) if g else None
        if org_form is None and c.emails:
            label = c.emails[0].split("@")[1].split(".")[0].upper()
            org_form = label if gaz_lookup(label) else None
        if org_form is None:
            org_form = _release_org(ex, SPACES.sub(" ", tail), c.emails)  # a name may wrap over lines
        if org_form is None and i == 0:
            org_form = office_line_org(ex, block, offset, s)
        if org_form:
            org = ensure_organisation(ex, org_form, Span(start + e, start + stop))
            c.organisation = org.name
            if g and c.office is None:
                place = re.match(r"\s+(?:office in\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", tail[g.end() :])
                if place and not _is_title_word(place.group(1)):
                    c.office = f"{g.group(0)} {place.group(1)}"
        ex.contacts.append(c)


# "* * *\nFor further information contact:" read as a bullet: a contact lead on a line of its own.
LEAD_LINE = re.compile(
    r"(?:^|\n)[ \t]*(?=(?:for (?:(?:further|more) )?information[^:\n]{0,40}(?:contact|:)|media contacts?\s*:|"
    r"press contacts?\s*:))",
    re.I,
)


# "Further information may be obtained from Jane Doe, IOM Lakeport, Tel. ...": a closing paragraph that
# names its contact after "from", with a phone or e-mail, read as running text by the segmenter.
OBTAINED_FROM = re.compile(
    r"(?:for )?(?:further|more|additional) information "
    r"(?:may|can|is available) (?:be )?(?:obtained )?from\s+",
    re.I,
)


# "Media: Jane Doe, ACME secretariat, +1 555 0100, jdoe@acme.org": a labelled closing paragraph.
# "For further enquiries, please contact:" and "Press office: Jane Doe, ACME" open such a paragraph too.
LABEL_LEAD = re.compile(
    r"(?:Media|Press)(?: contacts?| enquiries| inquiries| office)?\s*:\s*|Contacts?\s*:\s*|"
    r"(?:En|In)quiries\s*:\s*|"
    r"For (?:further |more |additional )?(?:enquiries|inquiries|information)\b[^:\n]{0,40}:\s*",
    re.I,
)


def _obtained_from(doc: Document) -> tuple[int, int] | None:
    """The contact paragraph among the last few running-text segments, from the name after "from" or after
    a "Media:" label."""
    text = doc.text
    paras = [s for s in doc.segments if s.kind == "paragraph"][-3:]
    for k, seg in enumerate(paras):
        head = text[seg.start : seg.start + 80]
        m = OBTAINED_FROM.match(text, seg.start, seg.end) if "information" in head else None
        if m is None and ":" in head:
            m = LABEL_LEAD.match(text, seg.start, seg.end)
        if m and m.end() >= seg.end and k + 1 < len(paras):
            # "For further enquiries, please contact:" alone: the contact lines are the next paragraph.
            nxt = paras[k + 1]
            if EMAIL.search(text, nxt.start, nxt.end) or PHONE.search(text, nxt.start, nxt.end):
                return nxt.start, nxt.end
        if m and (EMAIL.search(text, m.end(), seg.end) or PHONE.search(text, m.end(), seg.end)):
            return m.end(), seg.end
    return None


def _unmarked_block(doc: Document) -> tuple[int, int] | None:
    """The contact lines of a last segment the segmenter did not mark as a contact block (a row of
    asterisks before it reads as a bullet): from its lead line to the segment's end."""
    if not doc.segments:
        return None
    found = _obtained_from(doc) or signature_block(doc)
    if found:
        return found
    last = doc.segments[-1]
    labelled = LABEL_LEAD.match(doc.text, last.start, last.end) if last.kind == "bullet" else None
    if labelled and (
        EMAIL.search(doc.text, labelled.end(), last.end) or PHONE.search(doc.text, labelled.end(), last.end)
    ):
        return labelled.end(), last.end  # "3. Media enquiries: Jane Doe, ...": the last numbered note
    lead = LEAD_LINE.search(doc.text, last.start, last.end)
    if lead is None or last.kind != "bullet" or lead.start() <= last.start:
        return None  # only the asterisk row the segmenter took for a bullet marker, before the lead line
    return lead.end(), last.end


def _release_org(ex: Extraction, tail: str, emails: list[str]) -> str | None:
    """An organisation the release names, written in the contact's lines ("Communications Officer, VBA")
    or as its e-mail domain ("jdoe@vba.org" and the release's "VBA")."""
    label = emails[0].split("@")[1].split(".")[0].upper() if emails else ""
    if len(label) >= 3:
        for o in ex.organisations:
            if o.name.startswith("Government of "):
                continue
            # "jdoe@lwa.org" for "LWA", and "jdoe@lakeaid.org" for a body the release calls "Lakeaid"
            if label in o.forms or any(" " not in f and f.upper() == label for f in o.forms):
                return o.name
    found = [(k, name) for k, _, name in org_forms_in(ex, tail)]
    return min(found)[1] if found else None


def _org_at(ex: Extraction, block: str, at: int, run: str) -> bool:
    """ "Jane Doe, Press Officer, Lakeport Aid\n  International": the run opens an organisation's name the
    release knows ("Lakeport Aid" of "Lakeport Aid International", maybe wrapped), not a second person."""
    here = SPACES.sub(" ", block[at : at + 160])
    return any(
        len(f) > len(run) and f.startswith(run) and here.startswith(f)
        for o in ex.organisations
        for f in o.forms
    )


def _runs(block: str, offset: int):
    """Capitalised runs line by line (a name never runs on into the next line)."""
    pos = 0
    for line in block.split("\n"):
        end = pos + len(line)
        if end > offset:
            yield from NAME_RUN.finditer(block, max(pos, offset), end)
        pos = end + 1


def _is_title_word(words: str) -> bool:
    return any(w in TITLE_WORDS for w in words.split())


def _mail_confirms(run: str, after: str) -> bool:
    """ "Ana Jordan Ruiz\nMail: ana.jordan-ruiz@...": a run holding a place or body word ("Jordan") is still
    the contact's name when the e-mail under it spells every one of its words."""
    toks = run.split()
    if not 2 <= len(toks) <= 4 or not all(t.isalpha() and t[0].isupper() for t in toks):
        return False
    mail = EMAIL.search(after)
    if mail is None or after[: mail.start()].count("\n") > 3:
        return False
    local = set(re.split(r"[._+-]", mail.group(0).split("@")[0].casefold()))
    return all(t.casefold() in local for t in toks)


def _is_name(run: str) -> bool:
    toks = run.split()
    # "Sunday Doe": a weekday is a common given name; at a contact line's start it is no date.
    first_ok = toks[0] in WEEKDAYS if toks else False
    return (
        2 <= len(toks) <= 5
        and not re.search(r"\d", run)  # "DK-2100 Copenhagen": a postcode
        and not country_code(run)  # "..., Bobo-Dioulasso, Burkina Faso - Tel:": the office's country
        and all(
            _name_token_ok(t) or re.fullmatch(r"[A-Z]\.", t) or (i == 0 and first_ok)
            for i, t in enumerate(toks)
        )
    )
