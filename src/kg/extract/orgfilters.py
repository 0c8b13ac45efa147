"""Last filters over a release's organisations: names seen only inside other names, and venues.

Run once all patterns have registered their names, because only then is it known whether a name was
ever used on its own or as an actor.
"""

from __future__ import annotations

import re

from kg.model import Document, Extraction, Organisation

VENUE_BEFORE = re.compile(
    r"(?:\b(?:held|hosted|place|ceremony|reception|event|course|workshop|meeting|session|conference|"
    r"training|forum|seminar|launch|gathered|met|meet)\s+(?:\w+\s+){0,2}?(?:at|in)|"
    # "completed a course in document checks today at the Border Training Centre": where, on that day.
    r"\b(?:today|yesterday|tonight)\s+at|"
    r"\bpremises of|\bvenue,?|"
    # "Venue: Room 4, C Building, Lakeport Conference Centre": a venue line's parts are all places.
    r"\bvenue\s*:[^\n]*?,|"
    # "which takes place from 21 to 25 March 2011 at the X Centre": the dates between are no actor.
    r"\b(?:held|place|takes\s+place)\s+(?:(?:from|on|to|until|and|between|\d{1,2}(?:-\d{1,2})?|\d{4},?|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\s+){1,8}at|"
    # "Pupils at Lakeport Primary School serve lunch": where they are, not who acts.
    r"\b(?:pupils|students|children|learners|patients)\s+at|"
    # "countries of the former Soviet Union", "after the dissolution of the X Union": a state that no
    # longer exists is a region.
    r"\bthe\s+former|\b(?:dissolution|collapse|break-?up|disintegration)\s+of)\s+(?:the\s+)?$",
    re.I,
)


def drop_venues(ex: Extraction, text: str) -> None:
    """Venues are no organisations ("the training, held at the District Health Office", "a ceremony at the
    Royal Society"): a name found by pattern whose every mention is a venue phrase is dropped."""
    keep = []
    for org in ex.organisations:
        venue = (
            (getattr(org, "_key", None) or "").startswith("n:")
            and org.spans
            and all(VENUE_BEFORE.search(text, max(0, sp.start - 60), sp.start) for sp in org.spans)
            # "held at the University of Lakeport (UL) School of X": a body given its acronym is one the
            # release goes on to name, not only a place
            and not any(f"{org.name} ({a})" in text for a in org.aliases)
        )
        if not venue:
            keep.append(org)
    ex.organisations[:] = keep


def drop_nested(ex: Extraction) -> None:
    """An organisation seen only inside other organisations' names ("Mission of Italy to the UN") is none."""
    outer = [(s, o) for o in ex.organisations for s in o.spans]
    keep = []
    for org in ex.organisations:
        inside = all(
            any(
                o is not org
                and s.start <= sp.start
                and sp.end <= s.end
                and (s.start, s.end) != (sp.start, sp.end)
                for s, o in outer
            )
            for sp in org.spans
        )
        if not (org.spans and inside):
            keep.append(org)
    ex.organisations[:] = keep


# "the State Department for Housing and Urban Development": a known form whose head word takes a
# capitalised complement of its own starts a longer name (found by its head word).
LONGER_NEXT = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?([A-Z][a-z]+)(?:\s+(?:and\s+)?[A-Z][a-z]+)*")
WHEN_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)


def run_stop(words: list[str]) -> int:
    """Where a run of capitalised words and connectors stops being one name: at "on" before a day or
    month ("the Red Cross on Wednesday"), at a "Press Release" label; len(words) when it runs to the end."""
    for k in range(1, len(words) - 1):
        if words[k] == "on" and words[k + 1] in WHEN_WORDS:
            return k
        if words[k] in RELEASE_LABEL and words[k + 1] in RELEASE_KIND:
            return k  # "Ministry of X\nPress Release": the page's label under the issuer's name
    return len(words)


RELEASE_LABEL = frozenset({"Press", "News", "Media"})
RELEASE_KIND = frozenset({"Release", "Statement", "Advisory", "Note", "Briefing"})


# "Chief of Mission", "Head of Office": titles whose "of" and head word are no part of a body's name.
_OFFICE_TITLE = frozenset({"Mission", "Office", "Sub-Office", "Delegation", "Operations"})


def after_office_title(words: list[str]) -> int:
    """Where a body's name may start after a title with "of" inside it ("Chief of Mission of IOM X" ->
    the index of "IOM"); 0 when the run holds no such title, len(words) when the title's "for ..." ends
    the run ("Chief of Mission for the Pacific")."""
    for k in range(len(words) - 3):
        title = words[k] in ("Chief", "Head") and words[k + 1] == "of" and words[k + 2] in _OFFICE_TITLE
        if title and words[k + 3] == "of":
            return k + 4
        if title and words[k + 3] == "for":
            return len(words)  # "Chief of Mission for the Pacific": the whole run is a title, no body
    return 0


def starts_longer_name(text: str, m: re.Match) -> bool:
    from kg.extract.orgheadwords import HEADS
    from kg.extract.orgnames import country_code, gaz_lookup
    from kg.extract.places import is_place

    form = m.group(0)
    if " " not in form or form.isupper() or form.split()[-1] not in HEADS:
        return False
    nxt = LONGER_NEXT.match(text, m.end())
    if not nxt or nxt.group(1) in WHEN_WORDS:
        return False
    tail = nxt.group(0).split(None, 1)[1].removeprefix("the ")
    return not is_place(nxt.group(1)) and not country_code(nxt.group(1)) and not gaz_lookup(tail)


ACRONYM_WORD = re.compile(r"\b[A-Z]{2,}\b")


def text_full_name(org: Organisation, text: str) -> str | None:
    """The full name the release itself spells for a known organisation when it never spells the usual
    one ("International Labour Office", "Office of the United Nations High Commissioner for Refugees"):
    the text's form is the canonical one. None when the text uses the usual name or only short forms."""
    longer = sum(text.count(f) for f in org.forms if org.name in f and f != org.name)
    if text.count(org.name) > longer:
        return None  # the usual name stands on its own somewhere
    own = [
        f
        for f in org.forms
        if f != org.name
        and len(f.split()) >= 3
        and not ACRONYM_WORD.search(f)
        and not f.startswith(("UN ", "U.N. ", "the "))
        and f[0].isupper()
        and f in text
        and not _prefixed(f, org.forms)
    ]
    return max(own, key=len) if own else None


def _prefixed(form: str, forms: list[str]) -> bool:
    """ "British National Crime Agency", "United Nations World Food Programme": a country or "United
    Nations" before another form of the name, not a name of its own."""
    from kg.extract.orgnames import country_code

    for f in forms:
        if f != form and form.endswith(" " + f):
            lead = form[: -len(f) - 1].removesuffix("'s").removesuffix("’s")
            if DEMONYM.fullmatch(lead) and f.startswith(("Department ", "Ministry ")):
                continue  # "Australian Department of X": a department's own name does not say whose it is
            if lead in ("United Nations", "UN", "U.N.") or country_code(lead):
                return True
    return False


DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ish|ese|ian|ch)")


# "the X-Y Investment Mission", "a Trade Mission": a trip, not a diplomatic mission.
# "International Migrants Day", "World Refugee Day", "Anti-Trafficking Week": an observance, a date.
TRIP = re.compile(
    r"\b(?:Trade|Business|Matchmaking|Investment|Export|Buying|Sales|Commercial)\s+Missions?$|"
    r"^(?:(?:the\s+)?(?:International|World|Global|National|European|African|Universal)\s+)(?:[A-Z][\w'’-]*\s+){0,4}"
    r"(?:Day|Week)$"
)


def drop_trips(ex: Extraction) -> None:
    """A mission named as a trade or business trip is an event, and an observance day or week a date:
    never an organisation."""
    ex.organisations[:] = [o for o in ex.organisations if not TRIP.search(o.name)]


def drop_menu_items(ex: Extraction, doc: Document) -> None:
    """A name seen only as a whole bullet before the headline ("- Publications", "- Media Centre" in a
    scraped page's menu) is a section of the site, not an organisation of the release."""
    heads = [s.start for s in doc.segments if s.kind == "headline"]
    if not heads:
        return
    menu = {(s.start, s.end) for s in doc.segments if s.kind == "bullet" and s.end <= heads[0]}
    if menu:
        ex.organisations[:] = [
            o for o in ex.organisations if not (o.spans and all((s.start, s.end) in menu for s in o.spans))
        ]


# A title (with an honorific after it) that a run of capitals carried on past a body's name: "Lakeland
# Federation of Employers Executive Director Mr. Banda" -- the name ends before its officer's title.
_TAIL_TITLES = frozenset(
    "Director Directors President Secretary Chair Chairman Chairperson Chairwoman Head Minister Commissioner "
    "Coordinator Co-ordinator Officer Representative Spokesperson Adviser Advisor Manager CEO".split()
)
_TAIL_WORDS = _TAIL_TITLES | frozenset(
    "Executive Deputy Acting Assistant Senior General Vice Mr Mrs Ms Dr Prof Hon".split()
)
_HOLDERS_OFFICE = frozenset({"Office", "Cabinet", "Secretariat", "Bureau", "Chancellery"})


def title_tail(words: list[str], first_head: int) -> int:
    """Where a run ends when its last words are only an officer's title and honorific after the body's
    name ("... Employers Executive Director Mr"); len(words) otherwise. The title must follow a name word,
    not "of"/"the" ("Office of the Special Representative" keeps its title)."""
    if words[-1] not in _TAIL_WORDS:
        return len(words)  # the cheap test: most runs end on a name word
    if first_head + 1 < len(words) and words[first_head] in _HOLDERS_OFFICE and words[first_head + 1] == "of":
        return len(words)  # "Office of the Prime Minister": the title holder's office is named by the title
    k = len(words)
    while k - 1 > first_head and words[k - 1] in _TAIL_WORDS:
        k -= 1
    if k == len(words) or words[k - 1] in ("of", "the", "for", "and", "to", "on", "de"):
        return len(words)
    return k if any(w in _TAIL_TITLES for w in words[k:]) else len(words)
