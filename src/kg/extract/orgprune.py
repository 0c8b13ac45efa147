"""Organisations found by name shape that are no actor of their own, run at the end of `org_refine`:

- a name ending in a programme, campaign, plan, report, law or award word ("X Programme") names
  a thing unless the release shows it acting;
- a topic unit written only as part of a named organisation ("Migration Unit at the Eurasian Development
  Bank") is that organisation's unit;
- a unit named with its owner's prefix ("UN DESA Statistics Division") and in full is one unit.

Kept apart from `orgsplits`, which cuts and splits names and finds new ones in slots, because these checks
only remove or merge organisations already found.
"""

from __future__ import annotations

import re

from kg.extract.orgnames import gaz_lookup
from kg.model import Document, Extraction

# Last words of capitalised names that name a thing, not an actor: programmes, campaigns, plans, reports,
# laws and conventions, awards, weeks and days ("X Programme", "Y Campaign", "State of
# the Z Report", "Lakeport Protection Act", "Golden Reef Award", "X Skills Week").
THING_HEADS = frozenset(
    "Programme Program Campaign Plan Report Challenge Week Day Month Year Scheme Strategy Agenda Act "
    "Convention Compact Agreement Declaration Framework Award Awards Prize Project Process Initiative Review "
    "Outlook Index Survey Policy Law Treaty Protocol Charter Roadmap Festival Series Study Handbook "
    "Guidelines Principles Action Fellowship Scholarship Competition Appeal Census".split()
)
KIND_BEFORE = re.compile(
    r"(?:NGO|organi[sz]ation|charity|group|network|coalition|agency|body|platform|company|non-profit|nonprofit)"
    r"\s+(?:the\s+)?$"
)
KIND_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:\w+\s+){0,2}(?:director|president|chair\w*|founder|head|CEO|secretary|coordinator|"
    r"spokes\w+|staff|members?)\b|,\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:NGO|organi[sz]ation|charity|"
    r"network|coalition|agency|body|platform|group|company|non-profit|nonprofit|mechanism|forum)\b)"
)


# "Institute for Rule of Law", "Centre for Migration Policy": the thing word is the topic of an actor's name.
ACTOR_FOR = re.compile(
    r"\b(?:Institute|Centre|Center|Foundation|Association|Academy|Council|Commission|Committee|Alliance|"
    r"Coalition|Network|Society|Union|Agency|Office|Secretariat|Observatory|Federation|Movement)\s+for\s"
)
TOPIC_HEADS = frozenset({"Law", "Policy", "Action"})  # a field of work, unlike "Award" or "Week"


def _thing_name(form: str) -> bool:
    words = form.split()
    if len(words) < 2 or words[-1] not in THING_HEADS:
        return False
    return words[-1] not in TOPIC_HEADS or ACTOR_FOR.search(form) is None


def drop_named_things(doc: Document, ex: Extraction) -> None:
    """A capitalised name ending in a programme, campaign, plan, report, law or award word names no actor
    unless the release gives evidence that it is one: a well-known name, a defining acronym ("Colombo Process
    (CP)"), its kind named next to it ("the Kenyan NGO Y Initiative", "X, a regional network,") or
    staff of its own ("X's executive director"), members, a chair or a secretariat ("the member States of the
    X Process", "X Secretariat")."""
    text = doc.text
    flat = ""  # the text on one line, made when first needed: a name may wrap
    keep = []
    for org in ex.organisations:
        if not _thing_name(org.name) or org.kind not in ("organisation", "ngo"):
            keep.append(org)
            continue
        if any(gaz_lookup(f) for f in org.forms) or any(
            re.fullmatch(r"[A-Z][A-Z&\-]{1,9}s?", a) for a in org.aliases
        ):
            keep.append(org)
            continue
        evidence = False
        for form in org.forms:
            for m in re.finditer(re.escape(form), text):
                if KIND_BEFORE.search(text, max(0, m.start() - 40), m.start()) or KIND_AFTER.match(
                    text[m.end() : m.end() + 60]
                ):
                    evidence = True
                    break
            if evidence:
                break
        if not evidence:
            flat = flat or " ".join(text.split())
            evidence = _has_members(org.forms, flat)
        if evidence:
            keep.append(org)
    ex.organisations[:] = keep


# "the member States of the X Process", "which holds the chairmanship of the Process", "X Secretariat":
# a body with members, a chair or a secretariat of its own is an actor, whatever its last word.
_OFFICE_OF = r"(?:member\s+States|members|chair|chairmanship|co-chair|presidency|secretariat)\s+of\s+the\s+"
_OWN_UNIT = r"\s+(?:Secretariat|members|member\s+States)\b"


def _has_members(forms: list[str], flat: str) -> bool:
    """Whether the release gives one of the name's forms (or its last word) members, a chair or a
    secretariat."""
    if not any(w in flat for w in ("member", "chair", "presidency", "ecretariat")):
        return False  # the cheap test: none of the words the patterns need
    for form in forms:
        if " " not in form or form not in flat:
            continue
        head = re.escape(form.split()[-1])
        if re.search(rf"{_OFFICE_OF}(?:{re.escape(form)}|{head})\b|{re.escape(form)}{_OWN_UNIT}", flat):
            return True
    return False


def merge_prefixed_units(ex: Extraction) -> None:
    """ "UN DESA Statistics Division" and "Statistics Division of the United Nations Department of Economic
    and Social Affairs (UN DESA)" in one release: one unit under two forms."""
    for org in list(ex.organisations):
        words = org.name.split()
        for k in range(1, min(4, len(words) - 1)):
            owner, rest = " ".join(words[:k]), " ".join(words[k:])
            parent = ex.organisation(owner)
            if parent is None or parent is org:
                continue
            target = next(
                (
                    o
                    for o in ex.organisations
                    if o is not org
                    and any(
                        o.name.casefold() == f"{rest} of {the}{form}".casefold()
                        for form in parent.forms
                        for the in ("", "the ")
                    )
                ),
                None,
            )
            if target is not None:
                for f in org.forms:
                    if all(f.casefold() != x.casefold() for x in target.forms):
                        target.aliases.append(f)
                target.spans.extend(org.spans)
                ex.organisations.remove(org)
                break


TOPIC_UNIT = re.compile(
    r"^(?:[A-Z][\w-]+\s+(?:and\s+)?){1,4}(?:Unit|Section|Division|Team|Desk|Branch|Department|Bureau)$"
)
TITLE_BEFORE = re.compile(r"\b[A-Za-z-]+\s+(?:of|at)\s+(?:the\s+)?$")
COMMA = re.compile(r",\s+(?:the\s+)?")
UNIT_OF = re.compile(r"\s+(?:at|of|within|in)\s+(?:the\s+)?")


def drop_topic_units(doc: Document, ex: Extraction) -> None:
    """ "Head of the Migration Unit at the Eurasian Development Bank": a unit that the text only ever writes
    as part of a named organisation ("X Unit at Y", never acting on its own) is Y's unit, not an actor."""

    text = doc.text
    for org in list(ex.organisations):
        if not TOPIC_UNIT.match(org.name) or not org.spans:
            continue
        if any(w.isupper() for w in org.name.split()):
            continue  # "the IPEC Unit": an acronym makes it a name of its own
        owned = True
        for span in org.spans:
            link = UNIT_OF.match(text, span.end)
            if link is None and TITLE_BEFORE.search(text, max(0, span.start - 40), span.start):
                link = COMMA.match(
                    text, span.end
                )  # "Head of the Census Department, State Statistics Service"
            rest = text[link.end() : link.end() + 120] if link else ""
            if not link or not any(
                rest.startswith(f) for o in ex.organisations if o is not org for f in o.forms if f
            ):
                owned = False
                break
        if owned:
            ex.organisations.remove(org)
