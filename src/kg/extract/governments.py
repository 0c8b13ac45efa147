"""Governments: "Government of X", "the Belgian and Greek governments", and countries acting as governments.

Per the annotation conventions, a country named as a participant, chair, host,
funder or member acts as its government; a country named only as a place,
origin or destination does not. The context tests below look only at the
words right around a list of country names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.govbare import bare_government
from kg.extract.govcontinued import continued_list
from kg.extract.govjointsubject import joint_subject
from kg.extract.govlists import listed_actor
from kg.extract.orgnames import countries, demonym_pattern
from kg.model import Document, Span

SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?"
ACTOR_BEFORE = re.compile(
    r"(?:delegates|delegations?|officials|representatives|participants|ministers|experts|authorities|"
    r"members|member states|governments?|co-chairs|chairs|hosts|agencies|ministries|institutions|officers|"
    r"prosecutors|investigators|diplomats|ambassadors|envoys|observers|embassies|permanent representatives?|"
    r"charg[eé] d['’]affaires(?: a\.i\.)?)\s+"
    r"(?:(?:came|come|coming|were|are|drawn|travelled|arrived)\s+)*"
    r"(?:from|of)\s+(?:the\s+)?$"
    r"|(?:(?:support|funding|contributions?|assistance|grant) (?:of|from)|"
    r"(?:partnership|cooperation|collaboration) with|delegations? of|"
    r"namely|co-chairs|co-chaired by|chaired by|hosted by|funded by|financed by|supported by|"
    r"sponsored by|host country|host government|chair country|"
    r"(?:member states|governments|donors|donor countries|partner countries|signatories|participating "
    r"countries),?\s+(?:such as|including|like|namely|notably)|"
    r"organi[sz]ed by|convened by|[Gg]overnment and)[:,]?\s*(?:the\s+)?$",
    re.I,
)
ACTOR_AFTER = re.compile(
    r"^,?\s*(?:(?:both|also|have|has|had|jointly|today|yesterday|formally|officially|on\s+[A-Z]\w+day)\s+)*"
    r"(?:participated|attended|signed|agreed|pledged|"
    r"adopted|joined|hosted|chaired|co-chaired|highlighted|stressed|presented|committed|ratified|funded|"
    r"supported|announced|sponsored|organi[sz]ed|co-organi[sz]ed|contributed|endorsed|provided|financed|"
    r"donated|granted|offered|welcomed|urged|reaffirmed|confirmed|proposed|voted|deployed|shared|"
    r"led|took part|take part|were represented|was represented|"
    # "with Lakeland attending as an observer": a country taking part in the meeting.
    r"attending|participating|taking part)\b"
    r"|^,\s*which\s+(?:has|is|was|have)\s+(?:been\s+)?(?:a\s+)?member"
    r"|^\s+as\s+(?:(?:a|the|its)\s+)?(?:new(?:est)?\s+)?(?:member\s+states?|members?)\b"
    # "handed the chairmanship to A and B, which will co-chair the Forum": future and shared chairs too.
    r"|^,\s*which\s+(?:will\s+|are\s+to\s+|is\s+to\s+)?(?:together\s+|jointly\s+|also\s+|currently\s+)?"
    r"(?:co-)?(?:host|hosts|hosted|fund|funds|funded|"
    r"chair|chairs|chaired|lead|leads|led|signed|pledged|provided|contributed)\b",
    re.I,
)
# ACTOR_BEFORE read backwards. ACTOR_BEFORE is anchored at the end of the context, so the regex engine tries
# it at every position, and it was the costliest pattern of the extraction; the reversed pattern, matched at
# the start of the reversed context, answers the same question (tests/test_extract_equivalence.py) at once.
ACTOR_NOUNS = (
    "delegates", "delegation", "delegations", "officials", "representatives", "participants", "ministers",
    "experts", "authorities", "members", "member states", "government", "governments", "co-chairs", "chairs",
    "hosts", "agencies", "ministries", "institutions", "officers", "prosecutors", "investigators",
    "diplomats", "ambassadors", "envoys", "observers",
    # A country's envoys and missions stand for its government: "the embassies of A, B and C",
    # "Permanent Representative of A and Chair of the Council", "Chargé d'affaires of A".
    "embassies", "permanent representative", "permanent representatives", "chargé d'affaires",
    "charge d'affaires", "chargé d’affaires", "charge d’affaires", "chargé d'affaires a.i.",
    "charge d'affaires a.i.", "chargé d’affaires a.i.", "charge d’affaires a.i.",
)  # fmt: skip
ACTOR_MOVES = ("came", "come", "coming", "were", "are", "drawn", "travelled", "arrived")
ACTOR_PHRASES = tuple(
    f"{noun} {prep}"
    for noun in ("support", "funding", "contribution", "contributions", "assistance", "grant")
    for prep in ("of", "from")
) + (
    "partnership with", "cooperation with", "collaboration with", "delegation of", "delegations of",
    "namely", "co-chairs", "co-chaired by", "chaired by", "hosted by", "funded by", "financed by",
    "supported by", "sponsored by", "host country", "host government", "chair country", "organised by",
    "organized by", "convened by", "government and",
)  # fmt: skip
ACTOR_LIST_NOUNS = (
    "member states",
    "governments",
    "donors",
    "donor countries",
    "partner countries",
    "signatories",
    "participating countries",
)
ACTOR_LIST_WORDS = ("such as", "including", "like", "namely", "notably")


def _reversed(phrases: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(p[::-1]) for p in phrases) + ")"


ACTOR_BEFORE_REVERSED = re.compile(
    r"(?:\s+eht)?(?:"
    rf"\s+(?:morf|fo)(?:\s+{_reversed(ACTOR_MOVES)})*\s+{_reversed(ACTOR_NOUNS)}"
    rf"|\s*[:,]?(?:{_reversed(ACTOR_PHRASES)}|{_reversed(ACTOR_LIST_WORDS)}\s+,?{_reversed(ACTOR_LIST_NOUNS)})"
    r")",
    re.I,
)


def actor_before(before: str) -> bool:
    """ACTOR_BEFORE.search(before), answered by the reversed pattern."""
    return ACTOR_BEFORE_REVERSED.match(before[::-1]) is not None


LOCATIVE = re.compile(
    r"\b(?:in|at|to|into|across|throughout|within|near|outside|inside|from)\s+(?:the\s+)?$", re.I
)
INSIDE_NAME = re.compile(r"(?:'s|’s)?\s+(?!and\b|or\b)[A-Z]")
INTRO_ACTORS = re.compile(
    r"participat|countries|member states|delegations|governments|represented|signator|co-sponsor|donors",
    re.I,
)
POSS_ACT = re.compile(
    r"(?:'s|’s)\s+(?:own\s+|new\s+|national\s+|generous\s+|continued\s+|financial\s+)?"
    r"(?:contribution|funding|support|programme|program|delegation|commitment|pledge|donation|grant|"
    r"leadership|initiative)s?\b"
)
PRESIDENCY = re.compile(r"\b(?:presidency|chairmanship)\b", re.I)
# "the Minister said Lakeland was committed to ...", "noted that Lakeland had ratified ...": a country as
# the subject of what an official reports is its government speaking through them.
REPORTED_BEFORE = re.compile(
    r"\b(?:said|stated|noted|stressed|added|explained|emphasi[sz]ed|underlined|reaffirmed|affirmed|"
    r"confirmed|announced|assured)\s+(?:that\s+)?(?:the\s+)?$"
)
REPORTED_AFTER = re.compile(
    r"^\s+(?:was|were|had|has|have|could|would|is|are|will|remained|remains|must|should|intended|wanted|"
    r"needed|continued|stood)\b"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    """Compiled once: they embed every country name and demonym."""
    _, cpat = countries()
    dpat = demonym_pattern()
    item = rf"(?:{cpat.pattern}|{dpat.pattern})"
    gov_of = re.compile(rf"\b[Gg]overnments?\s+of\s+(?:the\s+)?({cpat.pattern}(?:{SEP}{cpat.pattern})*)")
    gov_adj = re.compile(
        rf"({item}(?:{SEP}{item})*)(?:'s|’s)?\s+(?:[Gg]overnments?|authorities|delegations?|[Pp]arliament|side(?!\s+of\b))\b"
    )
    chair = re.compile(
        rf"({dpat.pattern})\s+(?:(?:EU|OSCE|AU|ASEAN|European Union|Council of Europe)\s+)?"
        r"(?:Chairmanship|Presidency)\b"
    )
    country_list = re.compile(rf"{cpat.pattern}(?:{SEP}{cpat.pattern})*")
    return cpat, gov_of, gov_adj, chair, country_list, re.compile(item)


def _flat(surface: str) -> str:
    """A country name as one line: the country pattern lets a hard wrap fall between its words."""
    return " ".join(surface.split()) if "\n" in surface else surface


def government_mentions(doc: Document) -> list[tuple[str, Span]]:
    """(surface, span) for every government the text names or has act."""
    text = doc.text
    cpat, gov_of, gov_adj, chair, country_list, item = _patterns()
    out: list[tuple[str, Span]] = []
    for seg in doc.of_kind("headline", "paragraph", "bullet", "caption"):
        s, e = seg.start, seg.end
        chunk = text[s:e]
        has_gov = any(w in chunk for w in ("overnment", "authorities", "delegation", " side", "arliament"))
        for m in gov_of.finditer(text, s, e) if has_gov else ():
            for c in cpat.finditer(text, m.start(1), m.end(1)):
                out.append((f"Government of {_flat(c.group(0))}", Span(m.start(), m.end())))
        for m in gov_adj.finditer(text, s, e) if has_gov else ():
            for c in item.finditer(m.group(1)):
                noun = m.group(0).split()[-1]
                noun = noun if noun.lower() in ("authorities", "parliament") else "government"
                out.append((f"{_flat(c.group(0))} {noun}", Span(m.start(), m.end())))
        for m in chair.finditer(text, s, e) if ("Chairmanship" in chunk or "Presidency" in chunk) else ():
            out.append((_flat(m.group(0)), Span(m.start(), m.end())))
        if seg.kind == "headline":
            # "Lakeland and IOM Sign Agreement": a country in a joint subject with an organisation acts
            for m in country_list.finditer(text, s, e):
                place = LOCATIVE.search(text[max(s, m.start() - 60) : m.start()])
                if not place and joint_subject(text, m.start(), m.end(), s):
                    out.extend(_countries_in(text, cpat, m))
            continue
        if (
            seg.kind == "bullet"
            and seg.intro is not None
            and INTRO_ACTORS.search(doc.segment_text(doc.segments[seg.intro]))
        ):
            whole = country_list.fullmatch(chunk.strip().rstrip(".,;"))
            if whole:  # "Participating countries:" followed by one country per bullet
                lead = len(chunk) - len(chunk.lstrip())
                for c in cpat.finditer(chunk.strip()):
                    out.append((_flat(c.group(0)), Span(s + lead + c.start(), s + lead + c.end())))
                continue
        for m in country_list.finditer(text, s, e):
            before = text[max(s, m.start() - 60) : m.start()]
            after = text[m.end() : min(e, m.end() + 60)]
            sentence_rest = text[m.end() : min(e, m.end() + 200)].split(". ")[0]
            place = LOCATIVE.search(before)  # "the Country Office in Pakistan signed": Pakistan is a place
            # "handed the chairmanship to A, which will chair ...": the relative clause acts despite the "to".
            relative = after.startswith(", which ")
            actor = actor_before(before) or bool(ACTOR_AFTER.match(after) and (relative or not place))
            if not actor and not place and after.startswith((", which ", ", who ")):
                # "Canada and Norway, which fund the programme, were represented at the meeting": the verb
                # after the relative clause.
                close = sentence_rest.find(", ", 2)
                actor = close > 0 and bool(ACTOR_AFTER.match(sentence_rest[close:]))
            if not actor:
                actor = listed_actor(text, s, m.start())  # "funded mainly by", "X (XF) and the"
            if not actor and before.replace("\n", " ").endswith((", ", " and ", " including ", " such as ")):
                actor = continued_list(
                    text, s, m.start(), m.group(0), actor_before
                )  # "ministers from A, Kosovo/X, B"
            if not actor and not place and joint_subject(text, m.start(), m.end(), s):
                actor = True  # "Lakeland and IOM signed an agreement", "IOM and Lakeland opened ..."
            if not actor and REPORTED_AFTER.match(after) and REPORTED_BEFORE.search(before):
                actor = True
            if not actor and re.match(r"^(?:'s|’s)\s", after) and PRESIDENCY.search(sentence_rest):
                actor = True
            if not actor and POSS_ACT.match(after) and "," not in m.group(0) and " and " not in m.group(0):
                actor = True  # "Japan's contribution", "Hungary's programme of health mediators"
            if actor:
                out.extend(_countries_in(text, cpat, m))
    out.extend(bare_government(doc))
    return out


def _countries_in(text: str, cpat: re.Pattern, m: re.Match) -> list[tuple[str, Span]]:
    """The countries of an acting list match, less those that open a body's name."""
    out = []
    for c in cpat.finditer(text, m.start(), m.end()):
        if INSIDE_NAME.match(text, c.end()):
            continue  # "the United Kingdom's Department for ...", "United States Department of"
        out.append((_flat(c.group(0)), Span(c.start(), c.end())))
    return out


COORD_GOVS = re.compile(r"^(?:the\s+)?(.+?)\s+(?:governments|Governments)$")
COORD_GOVS_OF = re.compile(r"^(?:the\s+)?[Gg]overnments\s+of\s+(.+)$")
COORD_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def split_coordinated(surface: str) -> list[str]:
    """One form per government in "the Belgian, Italian and Greek governments" / "the Governments of
    Portugal and Spain", so callers can `ensure_organisation` each; any other surface comes back alone."""
    s = " ".join(surface.split())
    m = COORD_GOVS_OF.match(s)
    if m:
        return [f"Government of {p}" for p in COORD_SPLIT.split(m.group(1)) if p]
    m = COORD_GOVS.match(s)
    if m:
        return [f"{p} government" for p in COORD_SPLIT.split(m.group(1)) if p]
    return [surface]
