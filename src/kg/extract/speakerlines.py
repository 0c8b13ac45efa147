"""Speaker lists written one person a line under a heading, as media advisories and programmes print them.

    Speakers at the opening session included:        Opening speakers:
    Mr. Jan Roe                                       Dr. Ana Lind, Minister of Water
    Deputy Minister of Water                          Ms. Eva Mork, UNICEF Representative
    Dr. Ana Lind
    Regional Representative, UNICEF Lakeport          Moderator of the panel: Prof. Ode Ba, Lakeport Univ.

Each line that opens with a name under such a heading (or after a "Moderator ...:" label on the same
line) names a speaker. The title is the rest of that line after a comma, dash or bracket, or, when the
name stands alone, the next line if it names nobody. The sentence reader sees these lines as one run-on
sentence (or a title line cut from its name), so the appositive has to be read line by line here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.affiliation import affiliation
from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orgnames import country_code
from kg.extract.persons import HONORIFIC, Mention, mentions
from kg.extract.places import is_place
from kg.model import Affiliation, Document, Extraction, Span

LIST_WORDS = (
    r"speakers?|panell?ists?|presenters?|moderators?|keynote(?: speakers?)?|discussants?|facilitators?"
)
# Heading words that open a list but label no single line ("The panel brought together:", "Also addressing
# the conference were:", "Presentations were made by:", "The session was addressed by:").
HEADING_WORDS = r"panel|addressing|speaking|presentations?|addressed"
# A heading line: short, holds a list word, ends with a colon ("Speakers at the opening session included:").
# "A panel on guardians will follow at 11.00. Panellists:": the heading may close a paragraph's last sentence.
HEADING = re.compile(
    rf"^(?:[^\n]*[.!?][ \t]+)?[^\n:]{{0,60}}\b(?:{LIST_WORDS}|{HEADING_WORDS})\b[^\n:]{{0,60}}:[ \t]*$", re.I
)
# A label before the name on its own line ("Moderator of the first panel: Prof. Ode Ba, University of X").
LABEL = re.compile(
    rf"^(?:(?:Opening|Closing|Keynote|Guest|Main)\s+)?(?:{LIST_WORDS}|chair(?:person)?|co-chairs?)"
    rf"(?:\s+(?:of|for|at|in)\s+[^\n:]{{1,50}})?\s*:[ \t]*(?=\S)",
    re.I,
)
LEAD = re.compile(rf"[ \t]*(?:[-•*–][ \t]*)?(?:{HONORIFIC}[ \t]+)*$")
LINE_LEAD = re.compile(rf"[ \t]*(?:[-•*–][ \t]*)?(?:{HONORIFIC}[ \t]+)*")
TITLE_SEP = re.compile(r"^[ \t]*(?:,|[-–—]|\()")
LINE_MAX = 140
CUE = re.compile(rf"\b(?:{LIST_WORDS}|{HEADING_WORDS}|chair(?:person)?|co-chairs?)\b[^\n:]{{0,60}}:", re.I)

Register = Callable[[Document, Extraction, int, str], object]


def listed_lines(doc: Document, ex: Extraction, register: Register) -> None:
    """Register each person named at the head of a line in a speaker list, with the title the list gives."""
    text = doc.text
    if ":" not in text or not _cued(text):
        return  # no list word before a colon on any line: the common case
    items = _items(text)
    if not items:
        return
    ms = mentions(doc)
    starts = {m.start: k for k, m in enumerate(ms)}
    for name_at, title, end in items:
        k = next((starts[s] for s in range(name_at, name_at + 30) if s in starts), None)
        if k is None and title is not None:
            k = _line_mention(ms, text, name_at, end)
            starts = {m.start: j for j, m in enumerate(ms)}
        if k is not None and title is not None and ms[k].end > end > ms[k].start:
            k = _cut_at_line(ms, k, text, name_at, end)
        if k is None or ex.organisation(ms[k].name) or not LEAD.match(text, name_at, ms[k].start):
            continue
        m = ms[k]
        if m.end > end:
            continue
        known, n_orgs = ex.person(m.name), len(ex.organisations)
        if known is not None and any(sp.person == known.name for sp in ex.speeches):
            name = known.name  # listed by the sentence reader already: only the title is read here
        else:
            name = getattr(register(doc, ex, k, "listed"), "name", m.name)
        if title is None and (
            DANGLING_END.search(text, max(m.end, end - 5), end) or INDENTED_NEXT.match(text, end)
        ):
            # "Director of X, Ministry of\nHealth of Y;", "Head, Delegation of the Lakeland\n  Council":
            # the line runs on, cut after a joining word or continued on an indented line.
            end = _run_on(ms, text, end)
        rest = text[m.end : end].replace("\n", " ") if title is None else ", " + title
        rest = _without_panel_part(rest)
        if not TITLE_SEP.match(rest):
            continue  # "Speakers: Jane Doe and Jo Roe": no title on the line
        parts = rest.strip(" ,()").split(",")
        place = len(parts) >= 3 and bool(country_code(parts[-1].strip(" ();.")))
        if place:
            # "Director, Elara - Youth Support Association, Greece": the country closing the line is where
            # the employer works, not the employer (no government is meant).
            parts = parts[:-1]
            rest = rest[: rest.rfind(",")]
        last = parts[-1].strip(" ()")
        gloss = ex.organisation(last.split(" - ")[-1]) if place and " - " in last else None
        if gloss is not None and last not in gloss.aliases:
            gloss.aliases.append(last)  # "Elara - Youth Support Association": the body already found, glossed
        if (
            len(parts) >= 2
            and (proper_name_org(last) or (place and _title_case(last)))
            and not ex.organisation(last)
        ):
            # "Chairperson, Lakeport Association of Net Makers": the line's last part is the employer.
            ensure_organisation(ex, last, Span(name_at, end))
        body = OF_BODY.match(last) if len(parts) == 1 and title is not None else None
        if body and proper_name_org(body.group(1)) and not ex.organisation(body.group(1)):
            # A title on its own line ("Head of the Water Resources Committee of Lakeland"): the line's end
            # closes the body's name, which the name reader may have run into the next line.
            b = body.group(1)
            run_on = [
                o
                for o in ex.organisations
                if o.name.startswith(b) and HONORIFIC_TAIL.fullmatch(o.name[len(b) :])
            ]
            if run_on:
                run_on[0].name = body.group(1)  # "... Committee of Lakeland Mr": the next line's honorific
            else:
                ensure_organisation(ex, body.group(1), Span(name_at, end))
        role, org = affiliation(ex, text, Mention(m.start, m.end, m.name, m.surface), "", rest, False)
        if not (role or org):
            # "Jo Roe, primary school teacher, Lakeport": a lowercase calling is the title the line gives.
            role = calling(parts[0])
        if len(parts) == 2 and title is not None:
            role, org = _title_then_body(ex, parts, role, org, Span(name_at, end))
        if not (role or org):
            continue
        cur = next((a for a in ex.affiliations if a.person == name), None)
        span = Span(name_at, end)
        if cur is None:
            ex.affiliations.append(Affiliation(name, role, org, span))
        elif place and cur.organisation != org:
            # The sentence reader took the closing country for a government: drop what it made of it.
            if cur.organisation in [o.name for o in ex.organisations[n_orgs:]]:
                ex.organisations[n_orgs:] = [
                    o for o in ex.organisations[n_orgs:] if o.name != cur.organisation
                ]
            cur.role, cur.organisation, cur.span = role, org, span
        elif (org is not None) * 2 + (role is not None) >= (cur.organisation is not None) * 2 + (
            cur.role is not None
        ):
            cur.role, cur.organisation, cur.span = role, org, span


# A line cut after "of", "for" or "the" ("Director of X, Ministry of\nHealth of Y"): the title runs on.
DANGLING_END = re.compile(r"\s(?:of|for|the)$")
# The next line indented under a list item's text ("- Jo Roe, Head, Office of the Lakeland\n  Council").
INDENTED_NEXT = re.compile(r"\n[ \t]{2,}[A-Za-z(]")


def _without_panel_part(rest: str) -> str:
    """ "Jo Roe, lawyer, Lakeport Legal Aid (moderator).": the part the person plays on the panel, a
    lowercase word in brackets closing the line, is neither her title nor her employer's name."""
    tail = rest.rstrip(" .;,")
    if not tail.endswith(")") or "(" not in tail:
        return rest
    inner = tail[tail.rfind("(") + 1 : -1]
    if not inner or not all(w.isalpha() and w.islower() for w in inner.split()) or len(inner.split()) > 2:
        return rest
    return tail[: tail.rfind("(")].rstrip()


def _run_on(ms: list[Mention], text: str, end: int) -> int:
    """The end of the line after `end` when that line names nobody (a title cut after "of"), else `end`."""
    nxt = text.find("\n", end + 1)
    nxt = len(text) if nxt < 0 else nxt
    if end + 1 >= nxt or any(end < x.start < nxt for x in ms):
        return end
    return nxt


OF_BODY = re.compile(r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?([A-Z].*)")
HONORIFIC_TAIL = re.compile(rf"\s+(?:{HONORIFIC})\.?")
TITLE_CASE = re.compile(
    r"[A-Z][\w'’.&]*(?:[ \t]+(?:[-–&]|of|for|the|and|on|in|de|del|des|du|la|di|da|[A-Z][\w'’.&]*))+"
)


def _title_case(part: str) -> bool:
    """Every word capitalised but the small joining words ("Elara - Association for the Support of Youth")."""
    return bool(TITLE_CASE.fullmatch(part))


CALLING = re.compile(r"[a-z][a-z\-]+(?: [a-z][a-z\-]+){0,6}")


def calling(part: str) -> str | None:
    """The list line's first part when it is a lowercase calling of one to seven words ("youth advocate")."""
    part = part.strip(" ;.")
    return part if CALLING.fullmatch(part) else None


def _cued(text: str) -> bool:
    """Some line holds a list word shortly before a colon (only the few colons' lines are read)."""
    at = text.find(":")
    while at >= 0:
        if CUE.search(text, max(text.rfind("\n", 0, at) + 1, at - 130), at + 1):
            return True
        at = text.find(":", at + 1)
    return False


def _line_mention(ms: list[Mention], text: str, start: int, end: int) -> int | None:
    """A line holding only a name that the name reader ran on into the title line below it: its mention,
    added to the shared mentions in text order."""
    lead = LINE_LEAD.match(text, start, end)
    at = lead.end() if lead else start
    name = text[at:end].strip()
    if any(m.start < end and at < m.end for m in ms) or proper_name_org(name):
        return None
    k = next((j for j, m in enumerate(ms) if m.start > at), len(ms))
    ms.insert(k, Mention(at, at + len(name), name, text[start:end].strip(" \t-•*–")))
    return k


CAPITAL_CALLING = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}")


def _title_then_body(
    ex: Extraction, parts: list[str], role: str | None, org: str | None, span: Span
) -> tuple[str | None, str | None]:
    """A title line under a name, "Title, Body" or "Calling, Place": "Coordinator, Asociacion de Pescadores
    del Lago" is the title and its employer (a body the name reader does not know, read whole into the
    role); "Barrister, Lakeport" is a calling and where it is practised."""
    first, last = parts[0].strip(" ()"), parts[1].strip(" ();.")
    if not (role or org) and CAPITAL_CALLING.fullmatch(first) and is_place(last):
        return first, None
    titled = bool(role and org is None and role.startswith(first + ",") and TITLE_WORD.search(first))
    if titled and _title_case(last) and not is_place(last) and not country_code(last):
        return first, ensure_organisation(ex, last, span).name
    return role, org


def _cut_at_line(ms: list[Mention], k: int, text: str, start: int, end: int) -> int | None:
    """ "Ms. Ann Te Lind / Barrister, Lakeport": the name reader ran the name on into the title line below;
    the name line alone is the name (the shared mention is replaced)."""
    m = ms[k]
    name = text[m.start : end].strip()
    if len(name.split()) < 2:
        return None
    ms[k] = Mention(m.start, m.start + len(name), name, text[start:end].strip(" \t-•*–"))
    return k


def _items(text: str) -> list[tuple[int, str | None, int]]:
    """(start of the name line, the title from the next line or None, end of the name line)."""
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, at + len(line)))
        at += len(line) + 1
    out: list[tuple[int, str | None, int]] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        label = LABEL.match(line)
        if label and e - s <= LINE_MAX:
            out.append((s + label.end(), None, e))
            i += 1
            continue
        if not HEADING.match(line):
            i += 1
            continue
        i += 1
        if i < len(lines) and not text[lines[i][0] : lines[i][1]].strip():
            i += 1  # one blank line may separate the heading from its list
        while i < len(lines):
            s, e = lines[i]
            line = text[s:e]
            if not line.strip() or e - s > LINE_MAX or HEADING.match(line):
                break
            nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
            if _name_only(line) and nxt.strip() and len(nxt) <= LINE_MAX and not _name_only(nxt):
                title, i = _title_lines(text, lines, i + 1)
                out.append((s, title, e))
                blank = i + 1 < len(lines) and not text[lines[i][0] : lines[i][1]].strip()
                if blank and _block_head(text, lines, i + 1):
                    i += 1  # "Name / title / blank / Name / title": one blank line between entries
                continue
            out.append((s, None, e))
            i += 1
    return out


def _title_lines(text: str, lines: list[tuple[int, int]], i: int) -> tuple[str, int]:
    """The title under a name line, which may wrap onto one more line ("Permanent Representative to the
    United Nations / Office at Lakeport"); returns it and the index of the line after it."""
    title = text[lines[i][0] : lines[i][1]].strip()
    i += 1
    if i < len(lines) and title[-1:] not in ".;:":
        s, e = lines[i]
        line = text[s:e]
        after = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
        if line.strip() and not after.strip() and e - s <= 60 and not _name_only(line) and line[:1].isupper():
            # A short line closing the block before a blank line continues the title above it.
            title = f"{title} {line.strip()}".replace(", ,", ",")
            i += 1
    return title, i


def _block_head(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line i is a lone name over a title line: the next entry of a list written in blocks."""
    line = text[lines[i][0] : lines[i][1]]
    nxt = text[lines[i + 1][0] : lines[i + 1][1]] if i + 1 < len(lines) else ""
    return _name_only(line) and bool(nxt.strip()) and not _name_only(nxt)


NAME_ONLY = re.compile(rf"^[ \t]*(?:[-•*–][ \t]*)?(?:{HONORIFIC}[ \t]+)*(?:[A-Z][\w'’.\-]*[ \t]*){{2,5}}$")
TITLE_WORD = re.compile(
    r"\b(?:Minister|Director|Representative|Chair|Chairperson|President|Head|Chief|Officer|Secretary|"
    r"Ambassador|Commissioner|Coordinator|Manager|Adviser|Advisor|Deputy|Professor)\b"
)


def _name_only(line: str) -> bool:
    """A line that is only a name (honorifics allowed): two to five capitalised words, no title word."""
    return bool(NAME_ONLY.match(line)) and not TITLE_WORD.search(line)
