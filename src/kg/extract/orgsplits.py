"""Refinements of the organisations found by name shape, run right after `organisations`:

- two organisations run together by "and": "University of Dhaka and Lund University", "Lakeport Trust and
  X Network", "Equity Bank and KCB Group" -> two;
- names with no head word that stand where only an organisation stands: the owner of a title ("Acme
  Logistics' Chief Executive Officer", "Brightwave's founder and CEO") and what follows a staff title
  ("CEO of Bright Futures Ghana", "programme lead at TechForGood UK"). Found before persons are, such a
  name is not mistaken for a person's.

The name finder reads a capitalised run around head words as one name, which is right for "Ministry of
Labour and Social Protection" or "Office for Democratic Institutions and Human Rights" (the part after "and"
has no head word of its own) but not when each side is a whole name with its own head. This component runs
right after `organisations` and splits such names, so later components (speakers, sponsors) see two.
"""

from __future__ import annotations

import re

from kg.extract.orgbranches import known_branch
from kg.extract.orgdoctopics import drop_topic_names
from kg.extract.orgheadwords import HEADS
from kg.extract.orgnames import gaz_lookup
from kg.extract.orgpersontail import cut_person_tail
from kg.extract.orgportfolio import portfolio
from kg.extract.orgportfoliomention import portfolio_mentions
from kg.extract.orgprojects import drop_quoted_projects
from kg.extract.orgprune import drop_named_things, drop_topic_units, merge_prefixed_units
from kg.extract.orgshortrefs import merge_portfolio_ministries, merge_short_references
from kg.extract.orgslots import (
    AT_BODY,
    BY_ROLE,
    CUT_AT_TO,
    LISTED_ORGS,
    LISTED_ORGS_WORDS,
    MEDIA_HINT_WORDS,
    MEDIA_OUTLET,
    NAME_THEN_TITLE,
    NAME_THEN_TITLE_WORDS,
    ONE_WORD_KIND,
    ONE_WORD_KIND_WORDS,
    OWNER_OF_TITLE,
    PERSON_BEFORE,
    SPEECH_AFTER,
    TITLE_COMMA_NAME,
    TITLE_OF_NAME,
    TITLE_OF_NAME_WORDS,
)
from kg.extract.registry import component
from kg.model import Document, Extraction, Organisation, Span

JOIN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")
CONNECT = {"of", "for", "on", "and", "the", "to", "in", "against", "&"}


def _whole_name(part: str) -> bool:
    """A name that stands alone: capitalised words and connectors, with a head word that is not its first
    word unless something follows it ("University of Dhaka", "Lund University", "KCB Group")."""
    words = part.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if any(not (w[:1].isupper() or w in CONNECT) for w in words):
        return False
    heads = [i for i, w in enumerate(words) if w in HEADS]
    if not heads:
        return False
    # The head starts the name only when an "of ..." complement follows it ("University of Dhaka").
    return not (heads == [0] and len(words) < 3)


def split_pair(name: str) -> tuple[str, str] | None:
    """ "A and B" -> (A, B) when both are whole names with head words of their own, else None."""
    if gaz_lookup(name):
        return None
    for m in JOIN.finditer(name):
        left, right = name[: m.start()], name[m.end() :]
        if _whole_name(left) and _whole_name(right) and right.split()[-1] in HEADS:
            return left, right
        # "Kenya Red Cross and UNHCR": a name with a head word and a known one.
        if (_whole_name(left) and gaz_lookup(right)) or (gaz_lookup(left) and _whole_name(right)):
            return left, right
        # "Save the Children UK and World Vision": a known network's national branch, then a name.
        if (known_branch(left) and (gaz_lookup(right) or _whole_name(right))) or (
            known_branch(right) and (gaz_lookup(left) or _whole_name(left))
        ):
            return left, right
        # "the Lake Fisheries Consortium and KIPO": a name ending in its head word, then an acronym.
        if ACRONYM_ONLY.fullmatch(right) and left.split()[-1] in HEADS and _whole_name(left):
            return left, right
    return None


ACRONYM_ONLY = re.compile(r"[A-Z][A-Z&-]{2,7}")
LONE_HEAD_AND = re.compile(r"^(?P<head>[A-Z][a-z]+)\s+(?:and|&)\s+(?P<acr>[A-Z][A-Z&-]{1,7})$")


# "Ministry of Foreign Affairs and Nationals Abroad": a ministry's diaspora portfolio, not a second body.
DIASPORA = frozenset({"Abroad", "Overseas", "Diaspora", "Expatriates"})


def _split_by_mentions(name: str, text: str) -> tuple[str, str] | None:
    """ "Acacia Trust and Jirani Connect": a whole name joined to a name with no head word is two when the
    release also names the second on its own ("Executive Director of Jirani Connect")."""
    from kg.extract.orgheadless import DEPT_WORDS
    from kg.extract.personwords import STOP, TOPIC_WORDS

    if gaz_lookup(name):
        return None
    for m in JOIN.finditer(name):
        left, right = name[: m.start()], name[m.end() :]
        for whole, other in ((left, right), (right, left)):
            words = other.split()
            if not (_whole_name(whole) and 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
                continue
            if any(
                w in HEADS or w in DEPT_WORDS or w in TOPIC_WORDS or w in STOP or w in DIASPORA for w in words
            ):
                continue  # "Department of Justice and Police", "Information and Analytical Centre"
            flat = " ".join(text.split())  # a name wrapped across lines ("Middle East and\nNorth ...") counts
            alone = len(re.findall(rf"(?<![\w-]){re.escape(other)}(?![\w-])", flat))
            if alone > max(flat.count(name), portfolio_mentions(name, other, flat)):
                return left, right
    return None


# The end of a sentence: a list of names in a role slot stops there ("hosted by X University. It received").
# "... and KIPO. The Fund met": an acronym ends a sentence too (not an initial: two capitals at least).
SENT_END = re.compile(r"(?:(?<=[a-z\d)])|(?<=[A-Z]{2}))\.\s+(?=[A-Z])")
DISCOURSE = frozenset(
    "Moreover However Meanwhile Furthermore Thus Therefore Today Yesterday Tomorrow Instead Also Indeed "
    "Similarly Likewise Overall Now Here There Then Still Besides Hence Consequently Nonetheless "
    "Nevertheless Elsewhere Separately Together Earlier Later Previously Currently Last Next "
    "Finally Notably".split()
)
# Days, months and times of day: "Monday Morning" in a partner list names no organisation.
TIME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Morning Afternoon Evening Night Weekend".split()
)
REGION_WORDS = frozenset(
    "North South East West Northern Southern Eastern Western Central Middle Upper Lower Greater Sub-Saharan "
    "Africa Asia Europe America Americas Caribbean Pacific Asia-Pacific Balkans Sahel Maghreb Horn Gulf "
    "Levant Mediterranean Arctic Oceania Latin Arab States Region Mekong Andes Andean Amazon Atlantic "
    "Indian Ocean Great Lakes Basin Sea Coast Islands".split()
)


def _region(name: str) -> bool:
    """ "East Africa", "Horn of Africa", "Western Balkans", "Latin America and the Caribbean": a region."""
    from kg.extract.orgnames import country_code
    from kg.extract.places import is_place

    words = [w for w in re.sub(r"^(?:the|The)\s+", "", name).split() if w not in ("of", "the", "and")]
    return bool(words) and all(w in REGION_WORDS or is_place(w) or country_code(w) for w in words)


@component("org_refine")
def refine(doc: Document, ex: Extraction) -> None:
    from kg.extract.chairoffice import fold_chair_offices
    from kg.extract.organdnext import cut_and_known
    from kg.extract.orgclusters import find_clusters
    from kg.extract.orgdelegation import fold_delegations
    from kg.extract.orgformername import fold_former_names
    from kg.extract.orgglossalias import foreign_gloss_aliases
    from kg.extract.orgpeople import split_person_runs
    from kg.extract.orgsubnational import subnational_governments
    from kg.extract.orgtempore import fold_country_chairs
    from kg.extract.orgunder import fold_under_superior

    cut_person_tails(ex)
    split_person_runs(ex)
    split_joined(doc, ex)
    listed_names(doc, ex)
    slot_names(doc, ex)
    drop_topic_units(doc, ex)
    merge_prefixed_units(ex)
    merge_short_references(ex)
    merge_portfolio_ministries(ex)
    fold_under_superior(ex)
    fold_delegations(ex)
    cut_and_known(ex)
    drop_named_things(doc, ex)
    drop_quoted_projects(doc, ex)
    drop_topic_names(doc, ex)
    foreign_gloss_aliases(doc, ex)
    fold_chair_offices(doc, ex)
    fold_country_chairs(ex)  # "the Pro Tempore Presidency of X": X's government
    fold_former_names(doc, ex)
    subnational_governments(doc, ex)
    find_clusters(doc, ex)  # "the Emergency Shelter Cluster": a sector's agencies as one body


def slot_names(doc: Document, ex: Extraction) -> None:
    from kg.extract.organisations import _find, ensure_organisation
    from kg.extract.orgbounds import person_of_known
    from kg.extract.orgheadless import DEPT_WORDS, portfolio_of_next, proper_name_org
    from kg.extract.orglists import split_list
    from kg.extract.personwords import STOP, TITLE_WORDS, TOPIC_WORDS
    from kg.extract.places import is_place

    text = doc.text
    for seg in doc.of_kind("paragraph", "bullet"):
        chunk = text[seg.start : seg.end]
        # OWNER_OF_TITLE needs an apostrophe and MEDIA_OUTLET a media word: most paragraphs have
        # neither, and a cheap test spares trying their capitalised runs at every capital letter.
        found = [
            m
            for m in (OWNER_OF_TITLE.finditer(chunk) if "'" in chunk or "’" in chunk else ())
            if m.group("title") in TITLE_WORDS or m.group("title").capitalize() in TITLE_WORDS
        ]
        if any(w in chunk for w in TITLE_OF_NAME_WORDS):
            found += list(TITLE_OF_NAME.finditer(chunk))
        found += list(TITLE_COMMA_NAME.finditer(chunk))
        for m in MEDIA_OUTLET.finditer(chunk) if any(w in chunk for w in MEDIA_HINT_WORDS) else ():
            word = re.sub(r"^(?:The|the)\s+", "", m.group("org"))
            if word not in STOP and word not in TITLE_WORDS and not is_place(word) and not _find(ex, word):
                start = seg.start + m.start("org")
                ensure_organisation(ex, word, Span(start, start + len(word)))
        loose = [
            m
            for m in (
                NAME_THEN_TITLE.finditer(chunk) if any(w in chunk for w in NAME_THEN_TITLE_WORDS) else ()
            )
            if m.group("org").split()[-1] not in DEPT_WORDS | TOPIC_WORDS | STOP
        ]
        for m in BY_ROLE.finditer(chunk):
            # "sponsored by Nairobi Pharma and TechBridge Africa": names in a role slot that are marked as no
            # person's are organisations (found here, before persons are looked for); known names keep the
            # separators they hold ("X Network of Young People Living with HIV").
            known = [f for o in ex.organisations for f in o.forms]
            for name in split_list(SENT_END.split(chunk[m.end() :], maxsplit=1)[0], known):
                if not _find(ex, name) and " " in name and not _region(name) and proper_name_org(name):
                    i = chunk.find(name, m.end())
                    start = seg.start + max(i, m.end())
                    ensure_organisation(ex, name, Span(start, start + len(name)))
        kinds = any(w in chunk for w in ONE_WORD_KIND_WORDS)
        for m in ONE_WORD_KIND.finditer(chunk) if kinds else ():
            word = m.group("org")
            if word in DISCOURSE or word.endswith("ly"):
                continue  # "Moreover, a company ...": a sentence adverb
            if word not in STOP and word not in TITLE_WORDS and not is_place(word) and not _find(ex, word):
                start = seg.start + m.start("org")
                ensure_organisation(ex, word, Span(start, start + len(word)))
        for m in found + loose:
            if CUT_AT_TO.match(chunk, m.end("org")) or portfolio_of_next(chunk, m.end("org"), m["org"]):
                continue
            if m.re is TITLE_OF_NAME and AT_BODY.match(chunk, m.end("org")) and " of " in m.group():
                continue  # "Director of Immigration Control at the Department of X": a portfolio, not a body
            if m.re is TITLE_OF_NAME and portfolio(m.group("org"), chunk, m.start("org"), m.end("org")):
                continue  # "Director of Mental Health, Ministry of Y", "Director of Social Action of X"
            name = re.split(r"\s+(?:in|based)\s+", m.group("org"))[0]
            pair = split_pair(name)
            name = pair[0] if pair else name
            name = re.sub(r"^(?:The|the)\s+", "", name)
            name = re.sub(r"^[A-Z]\w*(?:[ -][A-Z]\w*)?-based\s+", "", name)  # "the Elara-based X": X's name
            if m.re is TITLE_OF_NAME:
                name = cut_person_tail(name) or name  # "Head of the X Service Maria Lind opened": X Service
            # "Jane Doe, Programme Manager, Lakeport Aid, presented": between a person's name and the
            # verb, the name after the title is that person's organisation, not a second person.
            framed = m.re is TITLE_COMMA_NAME and bool(
                PERSON_BEFORE.search(chunk, 0, m.start()) and SPEECH_AFTER.match(chunk, m.end("org"))
            )
            if (
                _find(ex, name)
                or _region(name)
                or person_of_known(ex, name)
                or not proper_name_org(name, marked_only=m not in loose and not framed)
            ):
                continue
            if any(
                f.startswith((name + " ", name + "'", name + "’")) for o in ex.organisations for f in o.forms
            ):
                # the start of a longer name found before ("Platform for International Cooperation", "the X
                # Women's Centre" read to its possessive)
                continue
            start = seg.start + m.start("org")
            org = ensure_organisation(ex, name, Span(start, start + len(name)))
            bare = re.sub(
                r"\s+[A-Z]{2,}$", "", name
            )  # "Migrant Help" of "Migrant Help UK", for person lookups
            if bare != name and " " in bare and bare not in org.aliases:
                org.aliases.append(bare)


# A person's name word may be double-barrelled ("Lind-Ross", "Ould-Ahmed").
_PNAME = r"[A-Z][a-z’'-]+(?:-[A-Z][a-z’']+)*"
PERSON_AFTER = re.compile(rf"^(?P<org>.+?)\s+and\s+(?P<person>{_PNAME}(?:\s+{_PNAME}){{1,2}})$")
PERSON_NEXT = re.compile(
    r"\s*(?:,|\((?!\s*[A-Z]{2,})|\s(?:said|says|told|added|noted|stressed|of|from|who)\b)"
)


def person_tail(name: str, text: str, spans: list[Span]) -> str | None:
    """ "Peter Ndungu from the University of Nairobi and Maria Santos, a researcher": the name run on past
    the organisation into the next person's; the organisation alone, else None."""
    from kg.extract.personwords import STOP, TITLE_WORDS, TOPIC_WORDS
    from kg.extract.places import is_place

    m = PERSON_AFTER.match(name)
    if not m or not _whole_name(m.group("org")):
        return None
    if ", " in m.group("org") and m.group("org").split()[0] in ("Ministry", "Department"):
        return None  # "Ministry of Health, Nutrition and Coastal Medicine": a portfolio list's last field
    words = m.group("person").split()
    if (
        is_place(m.group("person"))
        or is_place(words[0])
        or any(w in HEADS or w in STOP or w in TOPIC_WORDS or w in TITLE_WORDS for w in words)
    ):
        return None
    if not spans or not all(PERSON_NEXT.match(text, s.end) for s in spans):
        return None
    return m.group("org")


# Words that qualify a title before its head word ("Deputy Permanent Secretary", "Acting Director").
TITLE_MODIFIERS = frozenset(
    {
        "Deputy",
        "Permanent",
        "Assistant",
        "Acting",
        "Senior",
        "Chief",
        "Principal",
        "Vice",
        "Associate",
        "Interim",
    }
)


def cut_person_tails(ex: Extraction) -> None:
    """ "Global Fund to End Modern Slavery CEO James Cockayne": a name run on into a title and a person's
    name ends before the title; a head word ("X Regional Support Office") names no person."""
    from kg.extract.orgfold import fold_into
    from kg.extract.personwords import TITLE_WORDS

    cut = []
    for org in ex.organisations:
        words = org.name.split()
        for i in range(len(words) - 3, 1, -1):
            tail = words[i + 1 :]
            if (
                words[i] in TITLE_WORDS
                and 2 <= len(tail) <= 3
                and all(w[:1].isupper() and w not in TITLE_WORDS and w not in HEADS for w in tail)
                and _whole_name(" ".join(words[:i]))
            ):
                # "Ministry of Labour Deputy Permanent Secretary Jane Doe": the title's modifiers go with it.
                while i > 2 and words[i - 1] in TITLE_MODIFIERS and _whole_name(" ".join(words[: i - 1])):
                    i -= 1
                org.aliases = [a for a in org.aliases if a != org.name]
                org.name = " ".join(words[:i])
                cut.append(org)
                break
    for org in cut:
        # "Lakeland's Ministry of Labour ... said Ministry of Labour Permanent Secretary X": one ministry.
        same = next((o for o in ex.organisations if o is not org and org.name in o.forms), None)
        if same is not None:
            fold_into(ex, org, same)


def listed_names(doc: Document, ex: Extraction) -> None:
    """Organisations listed after "Partners included", "Signatories include": names the finder by head words
    misses ("Kituo Cha Sheria", "Trace Kenya"), a list being of organisations by what introduces it."""
    from kg.extract.organisations import _find, ensure_organisation
    from kg.extract.orgheadless import proper_name_org
    from kg.extract.orglists import split_list

    text = doc.text
    known = [f for o in ex.organisations for f in o.forms if "," in f or " and " in f]
    for seg in doc.of_kind("paragraph", "bullet"):
        chunk = text[seg.start : seg.end]
        for m in LISTED_ORGS.finditer(chunk) if any(w in chunk for w in LISTED_ORGS_WORDS) else ():
            rest = SENT_END.split(chunk[m.end() :], maxsplit=1)[0]
            names = split_list(rest, known)
            if len(names) >= 2 and " and " in names[-1] and not gaz_lookup(names[-1]):
                # "Top Glove, Hartalega, Sime Darby Plantation and Flex Malaysia": a list's last "and" joins
                # its last two items.
                left, _, right = names[-1].rpartition(" and ")
                if right[:1].isupper() and left.split()[-1] not in CONNECT:
                    names[-1:] = [left, right]
            for name in names:
                if (
                    _find(ex, name)
                    or _region(name)
                    or any(w in TIME_WORDS for w in name.split())
                    or not (proper_name_org(name, marked_only=False) or " " not in name)
                ):
                    continue
                i = rest.find(name)
                start = seg.start + m.end() + max(i, 0)
                ensure_organisation(ex, name, Span(start, start + len(name)))


def defined_whole(org: Organisation, text: str) -> bool:
    """Whether the text gives the organisation's acronym in brackets right after its whole name."""
    acrs = [f"({a})" for a in org.aliases if a.isupper()]
    return " and " in org.name and any(text[s.start : s.end].endswith(a) for s in org.spans for a in acrs)


def split_joined(doc: Document, ex: Extraction) -> None:
    text = doc.text
    for org in list(ex.organisations):
        # "the Ministry of Lakes and Upland Regions (MOLUR) of X": a name the text defines an acronym for
        # right after its last word has no person's name run on after its "and".
        alone = None if defined_whole(org, text) else person_tail(org.name, text, org.spans)
        if alone is not None:
            from kg.extract.organisations import ensure_organisation

            ex.organisations.remove(org)
            for span in org.spans:
                ensure_organisation(ex, alone, Span(span.start, span.start + len(alone)))
            continue
        pair = split_pair(org.name) or _split_by_mentions(org.name, text)
        lone = LONE_HEAD_AND.match(org.name)
        if pair is None and lone and lone.group("head") in HEADS:
            # "by the Delegation and IOM": the bare head is a reference to a name, IOM a name of its own
            pair = ("", lone.group("acr"))
        if pair is None:
            continue
        left, right = pair
        ex.organisations.remove(org)
        from kg.extract.organisations import ensure_organisation

        for span in org.spans or [Span(0, 0)]:
            chunk = text[span.start : span.end]
            for part in (left, right) if left else (right,):
                i = chunk.find(part)
                at = Span(span.start + i, span.start + i + len(part)) if i >= 0 else span
                ensure_organisation(ex, part, at)
