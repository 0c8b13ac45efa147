"""Acronym definitions: "Full Name (ACR)" ties a short form to the full name the text gives.

The full name is the run of capitalised words (and connectors) before the parenthesis, trimmed to
where its initials spell the acronym; acronyms of another language fall back to the longest tail
that reads as an organisation name.
"""

from __future__ import annotations

import re
from functools import cache

from kg.model import Extraction, Organisation, Span

# "(ABC+)": a network's acronym may end in a plus.
ACR_DEF = re.compile(r"\(([A-Z][A-Za-z&.\-]{1,11}\+?)[),]")
CONNECT = {
    "of",
    "for",
    "on",
    "and",
    "the",
    "to",
    "against",
    "in",
    "de",
    "du",
    "des",
    "la",
    "et",
    "&",
    "under",
}


def _spaced_end(text: str, words: list[str], i: int, end: int) -> int | None:
    """Where `words`, separated by any whitespace, end when they start at i (within text[:end])."""
    pos = i + len(words[0])
    for w in words[1:]:
        j = pos
        while j < end and text[j].isspace():
            j += 1
        if j == pos or j + len(w) > end or not text.startswith(w, j):
            return None
        pos = j + len(w)
    return pos


def last_spaced(text: str, words: list[str], start: int, end: int) -> int | None:
    """The start of the last of the non-overlapping runs of `words` separated by whitespace in
    text[start:end] (as `re.finditer` of the words joined by `\\s+`, without a pattern per name)."""
    last, free = None, start
    i = text.find(words[0], start, end)
    while i >= 0:
        stop = _spaced_end(text, words, i, end) if i >= free else None
        if stop is not None:
            last, free = i, stop
        i = text.find(words[0], i + 1, end)
    return last


def acronym_definitions(text: str, seg_start: int, seg_end: int) -> list[tuple[str, str, Span]]:
    """("Full Name", "ACR", span) for every "Full Name (ACR)" whose full name looks like an organisation."""
    out = []
    for m in ACR_DEF.finditer(text, seg_start, seg_end):
        acr = m.group(1)
        before = text[max(seg_start, m.start() - 160) : m.start()].rstrip()
        tokens = TOKEN.findall(before)
        picked: list[str] = []
        for tok in reversed(tokens):
            # "the Chr. Michelsen Institute (CMI)": a short capitalised abbreviation ends no sentence.
            if tok in "()" or (picked and SENTENCE_END_TOKEN.search(tok) and not ABBREV.fullmatch(tok)):
                break
            # "X Network of Young People Living with HIV (XNYP+)": "with" inside a full name; the acronym's
            # letters decide where the name starts, and a leading "with" is dropped with the connectors.
            if tok == "and" and picked and picked[-1] == "of":
                break  # "of the Commission and of the Agency (ACR)": two bodies, the acronym the last's
            # "Migrants at the Centre (MAC)": "at" inside a name the acronym spells.
            if tok[0].isupper() or tok in CONNECT or tok in ("with", "at") or tok == "," and picked:
                picked.append(tok)
            else:
                break
        while picked and (picked[-1] in CONNECT or picked[-1] in (",", "with", "at")):
            picked.pop()
        words = list(reversed(picked))
        start_idx = _acronym_start(words, acr)
        if start_idx is None:
            continue
        full = _join(words[start_idx:])
        full = re.sub(r"^(?:The|the)\s+", "", full)
        if len(full.split()) < 2 or not full[0].isupper():
            continue
        if full.startswith(MEMBER_OF):
            continue  # "Member of the European Parliament (MEP) Ana X": a member's title, not a body
        found = last_spaced(text, full.split(), max(seg_start, m.start() - 200), m.start())
        out.append((full, acr, Span(m.start() if found is None else found, m.end())))
    return out


MEMBER_OF = ("Member of ", "Members of ")
SENTENCE_END_TOKEN = re.compile(r"[a-z]{2}\.$")
ABBREV = re.compile(r"[A-Z][b-df-hj-np-tv-xz]{1,3}\.")  # "Chr.", "Thd.": no vowel, so no word ("Tea.")
# A word of a name keeps its inner slash: "Programme on HIV/AIDS", "UNDP/GEF".
TOKEN = re.compile(r"[\w'’&.\-/]+|[,()]")


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper() for w in words if w not in CONNECT and w != "," and w[0].isupper())


def spells(words: list[str], letters: str) -> bool:
    """Whether the words' initials spell the acronym: every capitalised word gives its initial, a
    connector may give its own ("Trafficking in Persons" -> "TIP") or none."""
    words = [w for w in words if w != ","]

    @cache
    def go(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w = words[i]
        hit = j < len(letters) and w[0].upper() == letters[j] and go(i + 1, j + 1)
        if w in CONNECT or not w[0].isupper():
            return hit or go(i + 1, j)
        return hit

    return go(0, 0)


def _acronym_start(words: list[str], acr: str) -> int | None:
    """Where the full name of "... Full Name (ACR)" starts among the capitalised words before it.

    The tail whose initials spell the acronym wins ("the Overseas Labor Office in Riyadh, the Overseas
    Workers Welfare Administration (OWWA)"); an acronym of another language ("Steering Committee for
    Human Rights (CDDH)") takes the longest tail that reads as an organisation name; else the longest
    tail starting with the acronym's first letter."""
    from kg.extract.orgpatterns import SENT_START, valid_org

    letters = re.sub(r"[^A-Z]", "", acr.upper())
    starts = [i for i, w in enumerate(words) if w not in CONNECT and w != "," and w[0].isupper()]
    for i in starts:
        if spells(words[i:], letters):
            return _country_owner(words, i)
    for i in starts:
        if _spells_country_last(words[i:], letters):
            return i
    for i in starts if len(letters) >= 4 else ():
        # "United Nations Action for Clean Rivers in Lakeland (UN-ACR)": the acronym
        # spells the name's first words only (its last ones give no letter).
        if any(spells(words[i:k], letters) for k in range(i + len(letters), len(words))):
            return i
    for i in starts:
        tail = words[i:]
        if "," not in tail and words[i] not in SENT_START and valid_org(_join(tail)):
            return _after_coordination(words, i)
    return next((i for i in starts if words[i][0].upper() == acr[0].upper()), None)


def _country_owner(words: list[str], i: int) -> int:
    """ "the United States President's Emergency Plan for AIDS Relief (PEPFAR)": the acronym spells from the
    possessive, but the country that owns it is part of the name."""
    from kg.extract.orgnames import country_code

    if not words[i].endswith(("'s", "’s")):
        return i
    for k in (3, 2, 1):
        if i - k >= 0 and country_code(" ".join(words[i - k : i])):
            return i - k
    return i


def _join(words: list[str]) -> str:
    return " ".join(words).replace(" ,", ",")


def _after_coordination(words: list[str], i: int) -> int:
    """ "the Ministry of Labour and the Swiss Agency for Development and Cooperation (SDC)": when the name
    runs over "and (the)" or "with (the)" from one named body into another, the acronym defines the last one
    only ("the Ministry of X with the United Nations Children's Fund (UNICEF)")."""
    from kg.extract.orgpatterns import HEADS, valid_org

    for j in range(len(words) - 2, i, -1):
        if words[j] not in ("and", "with"):
            continue
        k = j + 1 + (words[j + 1] == "the")
        if k < len(words) and any(w in HEADS for w in words[i:j]) and valid_org(_join(words[k:])):
            return k
    return i


def named_owner(name: str) -> bool:
    """A known organisation or a name with an organisation head ("University of Nairobi")."""
    from kg.extract.orgnames import gaz_lookup
    from kg.extract.orgpatterns import valid_org

    return bool(gaz_lookup(name)) or (len(name.split()) >= 2 and valid_org(name))


NOT_ORG_LAST = frozenset(
    "Act Law Plan Strategy Convention Compact Goals Goal Project Initiative Campaign Forum Summit Survey "
    "Index Report Process Framework Agenda Conference Protocol Declaration Mechanism System Model "
    "Approach Programme Program Scheme Policy Standard Standards Guidelines Principles Fund Award".split()
)


def acts_as_org(text: str, full: str, acr: str) -> bool:
    """ "Lakeport Rights Watch (LRW)": a name without a head word is an organisation when its acronym
    spells it and the text has the acronym act or hold staff ("LRW's coordinator", "LRW researcher
    X", "LRW thanked ..."); laws, plans, forums and the like are excluded by their last word."""
    words = full.replace(",", " ").split()
    if len(words) < 2 or words[-1] in NOT_ORG_LAST or not spells(words, re.sub(r"[^A-Z]", "", acr.upper())):
        return False
    from kg.extract.persons import TITLE_WORDS

    for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?:'s|’s)?\s+([\w-]+)", text):
        nxt = m.group(1)
        if (
            nxt in TITLE_WORDS
            or nxt.capitalize() in TITLE_WORDS
            or ACT_VERB.fullmatch(nxt)
            or nxt in ORG_NOUNS
        ):
            return True
    # "the forum was organised by Lakeport Rights Watch (LRW)", "regional coordinator of LRW"
    # Cheap tests first: a window before each "(ACR)", and a plain " of ACR" substring.
    at = text.find(f"({acr})")
    while at >= 0:
        window = text[max(0, at - len(full) - 40) : at].rstrip()
        if window.endswith(full) and _ACTOR_BY_END.search(window[: -len(full)].rstrip()):
            return True
        at = text.find(f"({acr})", at + 1)
    if f"of {acr}" in text or f"of the {acr}" in text:
        for m in re.finditer(rf"\b([a-z]+)\s+of\s+(?:the\s+)?{re.escape(acr)}\b", text):
            if m.group(1).capitalize() in TITLE_WORDS:
                return True
    return False


# Words after an acronym that only a body takes ("the LRW secretariat", "LRW members").
ORG_NOUNS = frozenset({"secretariat", "members", "member", "staff", "network", "volunteers"})
ACTOR_BY = r"(?:organi[sz]ed|co-organi[sz]ed|hosted|convened|funded|financed|supported|sponsored)\s+by"
_ACTOR_BY_END = re.compile(rf"\b{ACTOR_BY}(?:\s+the)?$")


# A name whose own head, before its topic, is an event word: a meeting, even when the topic holds "Society".
EVENT_NAMED = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,4}(?:Summit|Symposium|Seminar|Workshop|Meeting)\s+(?:on|of)\s"
)


ACT_VERB = re.compile(
    r"said|says|thanked|urged|called|welcomed|organi[sz]ed|published|released|launched|recommended|"
    r"noted|warned|runs|works|supports|supported|trains|trained|provides|provided|calls|urges"
)


def is_org_name(full: str, acr: str) -> bool:
    from kg.extract.orgnames import gaz_lookup
    from kg.extract.orgpatterns import HEADS, valid_org

    if gaz_lookup(full) or gaz_lookup(acr):
        return True
    if EVENT_NAMED.match(full):
        return False  # "World Summit on the Knowledge Society (WSKS)": a head word in the topic names no body
    # A name the acronym spells exactly may hold a compound head ("Directorate General of ...").
    words = full.replace(",", " ").split()
    letters = re.sub(r"[^A-Z]", "", acr.upper())
    spelt = (
        # A name spelt in its own language's word order is a name all the same, head word or not.
        (spells(words, letters) and any(w in HEADS for w in words) or _spells_country_last(words, letters))
        and words[-1] not in ("States", "Countries", "Members", "Governments", "Partners", "Stakeholders")
    )
    return spelt or valid_org(full) or _parent_prefixed(full, acr)


def _parent_prefixed(full: str, acr: str) -> bool:
    """ "United Nations Action for Clean Rivers in Lakeland (UN-ACR)": an acronym led by a
    well-known body's own acronym and a hyphen, for a name that starts with that body's name, names a
    body of that family (no head word needed)."""
    from kg.extract.orgnames import gaz_lookup

    lead = acr.split("-", 1)[0] if "-" in acr else ""
    entry = gaz_lookup(lead) if len(lead) >= 2 else None
    return entry is not None and full.startswith((entry.name + " ", lead + " ")) and len(full.split()) >= 4


def _spells_country_last(words: list[str], letters: str) -> bool:
    """ "Elaran Chamber of Trade, Crafts and Farming (CTCFE)": an acronym of the name in its own language,
    where the country comes last, spells the words after the leading country, then the country."""
    from kg.extract.orgnames import country_code

    return len(words) > 2 and bool(country_code(words[0])) and spells([*words[1:], words[0]], letters)


ACR_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,10})\)")


def acronym_lead(ex: Extraction, text: str, surface: str, end: int) -> Organisation | None:
    """ "the Lakeport Process Regional Liaison Office (RLO)": the acronym spells only the last words, but the
    capitalised words before them belong to the same name. The organisation the acronym was tied to, whose
    name ends the longer run right before "(ACR)", else None."""
    m = ACR_AFTER.match(text, end)
    if not m:
        return None
    from kg.extract.orgnames import gaz_lookup

    acr = m.group(1)
    if gaz_lookup(acr):
        return None  # "the United Nations Universal Postal Union (UPU)": a known body under a lead umbrella
    for org in ex.organisations:
        if acr in org.aliases and surface.endswith(" " + org.name):
            # Only capitalised words lead: "the Department of X of the Y Commission (YC)" and "Z's Institute
            # for W (IW)" name a unit of another body, not a longer form of the acronym's.
            lead = surface[: -len(org.name)].split()
            if all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in lead):
                return org
    return None
