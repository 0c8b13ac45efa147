"""A short title at the name, its full form introduced earlier: "Lakeland's Minister for Water Affairs
opened the meeting. ... said the Minister, Hon. Jane Doe" or "The LWA Regional Director for the Coast
told delegates ... said Regional Director Jane Doe".

Releases often present an office first, with its owner and portfolio ("<Body>'s <Title> for/of/in X",
"The <Body> <Title> ..."), and name the holder a sentence or two later by the bare head of the title ("the
Representative, Ms. X"). The readers of the phrase next to the name see only the short title and no body;
this pass takes the full title and its owner from the one earlier introduction in the same paragraph whose
title holds every word of the short one. With two different introductions of the same head, or when the
introduced title is already tied to another name, nothing changes.
"""

from __future__ import annotations

from kg.extract.persons import HONORIFIC_END, mentions
from kg.model import Document, Extraction

# Lowercase words that may continue a title's portfolio ("for Asia and the Pacific", "of the Interior").
CONNECTORS = frozenset({"for", "of", "in", "on", "and", "the", "to", "at", "&"})
# How far back the introduction may stand (it sits in the same paragraph, a sentence or two before).
WINDOW = 600
MAX_LEAD = 3  # capitalised words before the head ("Deputy Regional Director")


def title_tail(text: str, k: int, end: int) -> int:
    """End of the portfolio after the title's head at text[:k]: capitalised words and connectors."""
    last = k
    pos = k
    while pos < end:
        if text[pos] != " ":
            break
        j = pos + 1
        while j < end and (text[j].isalnum() or text[j] in "-'’&"):
            j += 1
        word = text[pos + 1 : j]
        if not word:
            break
        if word[0].isupper():
            last = j
        elif word not in CONNECTORS:
            break
        pos = j
    return last


def _lead_starts(text: str, k: int, lo: int) -> list[int]:
    """Where the title may start, for the head at text[k:]: the head itself, then each of up to MAX_LEAD
    capitalised words before it (the innermost first)."""
    starts = [k]
    for _ in range(MAX_LEAD):
        j = starts[-1] - 1
        if j <= lo or text[j] != " ":
            break
        i = j
        while i > lo and (text[i - 1].isalnum() or text[i - 1] == "-"):
            i -= 1
        word = text[i:j]
        if not word or not word[0].isupper() or word == "The":
            break
        starts.append(i)
    return starts


def title_owner(ex: Extraction, text: str, start: int) -> str | None:
    """The known organisation whose form owns the title starting at text[start:]: "<form>'s " or
    "The <form> " right before it."""
    pre = text[max(0, start - 120) : start]
    best: tuple[int, str] | None = None
    for o in ex.organisations:
        for f in o.forms:
            if len(f) < 2:
                continue
            hit = pre.endswith(f + "'s ") or pre.endswith(f + "’s ")
            if not hit and pre.endswith(f + " "):
                lead = pre[: len(pre) - len(f) - 1]
                hit = lead.endswith("The ") or lead.endswith("the ")
            if hit and (best is None or len(f) > best[0]):
                best = (len(f), o.name)
    return best[1] if best else None


def _short_at(text: str, start: int, role: str) -> bool:
    """True when the name at text[start:] is written after its bare title: "the <role>, [Hon.] " or
    "<role> [Dr.] "."""
    before = HONORIFIC_END.sub("", text[max(0, start - 80) : start])
    while True:  # several honorifics: "H.E. Dr. "
        cut = HONORIFIC_END.sub("", before)
        if cut == before:
            break
        before = cut
    if before.endswith(f"the {role}, ") or before.endswith(f"The {role}, "):
        return True
    return before.endswith(f" {role} ") or before == f"{role} "


def _introductions(
    ex: Extraction, text: str, role: str, lo: int, hi: int, taken: set[int]
) -> set[tuple[str, str]]:
    """Every "<owner> <...role words...> <portfolio>" in text[lo:hi] whose title holds each word of `role`."""
    head = role.split()[-1]
    words = role.split()
    found: set[tuple[str, str]] = set()
    k = text.find(head, lo, hi)
    while k >= 0:
        after = k + len(head)
        if (k == 0 or text[k - 1] in " \n") and (after >= len(text) or not text[after].isalnum()):
            end = title_tail(text, after, hi)
            for start in _lead_starts(text, k, lo):
                owner = title_owner(ex, text, start)
                if owner is None:
                    continue
                title = text[start:end]
                if all(w in title.split() for w in words) and end not in taken:
                    found.add((title, owner))
                break
        k = text.find(head, after, hi)
    return found


def introduced_titles(doc: Document, ex: Extraction) -> None:
    """Give a speaker named after a bare title the full title and owner introduced earlier."""
    text = doc.text
    speakers = {s.person for s in ex.speeches}
    ms = mentions(doc)
    # An introduced title followed by ", Name" or " Name" is that other person's.
    taken = {e for m in ms for e in range(max(0, m.start - 12), m.start + 1)}
    done: set[str] = set()
    for m in ms:
        p = ex.person(m.name)
        if p is None or p.name not in speakers or p.name in done:
            continue
        a = next((x for x in ex.affiliations if x.person == p.name), None)
        if a is None or not a.role or not a.role[:1].isupper() or len(a.role.split()) > 3:
            continue
        if not _short_at(text, m.start, a.role):
            continue
        para = text.rfind("\n\n", 0, m.start)
        lo = max(0, para + 2 if para >= 0 else 0, m.start - WINDOW)
        hi = m.start - len(a.role) - 1
        found = _introductions(ex, text, a.role, lo, hi, taken)
        if len(found) != 1:
            continue
        title, owner = next(iter(found))
        a.role, a.organisation = title, owner
        done.add(p.name)
