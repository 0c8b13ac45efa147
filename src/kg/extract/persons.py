"""Person-name detection without a statistical model, and the title vocabulary speakers are introduced with.

A name is a run of capitalised tokens (hyphenated, accented, with particles such
as "de", "van", "Al" and initials "J.") that contains no title, organisation,
country or month word. Mentions are cached on the Document for quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.linebreaknames import cut_at_hard_break
from kg.extract.nlp import sentences
from kg.extract.orgheadwords import HEADS
from kg.extract.orgnames import country_code, gaz_lookup
from kg.extract.personwords import LEADING_CALLINGS, PEOPLES, STOP, TITLE_WORDS, TOPIC_WORDS
from kg.extract.portfolioword import portfolio_word
from kg.extract.surnamehonorific import surname_honorific
from kg.model import Document, Span

# "S.E.M." (Son Excellence Monsieur) in francophone releases; "Dra.", "Lic.", "Excmo. Sr." end titles
# (SHORT_TITLE_END below).
HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|H\.E|HE|Sir|Dame|Sheikh|Sheikha|Mme|Madam|Rt|Hon|Ato|Shri|Smt|"
    r"Brother|Fr|Ratu|Datuk|Dato|Alhaji|Hajia|Mama|Mzee|Ibu|Bapak|Engr|Eng(?=\.)|S\.E\.M(?=\.))\.?"
)
PARTICLE = r"(?:de|da|do|van|von|der|den|del|della|di|du|la|le|bin|ibn|dos|das|al|el|y)"
TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]*[\w]|[A-Z]\.)"
# Every run starts with a capital; saying so first lets the regex engine skip the other positions fast.
# "Ali Hassan al-Doe", "Amr el-Sayed": an Arabic article glued to a later name word.
GLUED_ARTICLE = r"(?:al|el|as|ash|ad|ar|at|az|an)-[A-ZÀ-ÖØ-Þ][\w'’\-]*\w"
NAME_RUN = re.compile(
    rf"(?=[A-ZÀ-ÖØ-Þ])(?:{HONORIFIC}\s+)?{TOKEN}(?:\s+(?:{PARTICLE}\s+)*(?:{TOKEN}|{GLUED_ARTICLE}))*"
)
# Letters after a name ("Jane Doe MEP", "John Roe MP"): a title word that ends the run, not a new title.
# "Fr Jan Doe SJ": a religious order's letters after a priest's or a sister's name, as after a member's.
POSTNOMINALS = frozenset("MEP MP MSP MLA MPP QC KC OBE MBE CBE SJ OP OFM OSB SDB SVD MCCJ".split())
NOT_GLUE = frozenset({"According", "Thanks", "Due", "Owing", "Prior", "Next", "Close", "Compared", "Turning"})
GLUED = re.compile(r"([A-Z][\w’']*)(?:\s+(?:for|of|on|and|&|the|to|against|in))+\s+$")
# Precompiled forms of the patterns above and of the small ones `mentions` applies to every token.
PARTICLE_RE = re.compile(PARTICLE)
# The same words as a set: `tok in PARTICLES` answers as PARTICLE_RE.fullmatch(tok), for every token.
PARTICLES = frozenset(PARTICLE[3:-1].split("|"))
HONORIFIC_RE = re.compile(HONORIFIC)
# Religious forms of address before a full name: no part of the name and, unlike a calling, no role.
RELIGIOUS_HONORIFICS = frozenset({"Sister", "Brother", "Father", "Reverend", "Rev"})
HONORIFIC_END = re.compile(rf"{HONORIFIC}\s+$")
POSSESSIVE_END = re.compile(r"(?:'s|’s)$")
NON_SPACE = re.compile(r"\S+")
SPACES = re.compile(r"\s+")
TITLE_CASE_TAIL = re.compile(r"\s+(?:on|for|against)\s+[A-Z]")
AND_AFTER = re.compile(r"\s*(?:&|and [A-Z])")
CAPITAL_NEXT = re.compile(r"\s+[A-Z]")


# Words that end the names of things, never a person's: "East Africa Mobility Framework said" is no speaker;
# "About" heads a boilerplate section ("About Jirani Connect").
THING_WORDS = frozenset(
    "Framework Compact Declaration Convention Programme Campaign Report Strategy Agenda Initiative Project "
    "Award Prize Protocol Charter Roadmap Treaty Festival Summit Conference Forum Guidelines About "
    # "of the UNDP Regional Support Team": a body's working group, never a person.
    "Team Teams Taskforce".split()
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # the name without honorific
    surface: str  # as written, with honorific


@lru_cache(maxsize=16384)
def _name_token_ok(tok: str) -> bool:
    """True for a token that can be part of a person's name (memoised: the same words recur in every
    release and the answer depends only on the word lists and the gazetteer)."""
    bare = POSSESSIVE_END.sub("", tok)
    if bare in STOP or bare in TITLE_WORDS or bare in HEADS or bare in TOPIC_WORDS or bare in THING_WORDS:
        return False
    if bare in PEOPLES:
        return False
    if "-" in bare and any(p in TITLE_WORDS for p in bare.split("-")):
        return False  # "Director-General", "Vice-President"
    if bare.startswith(("Anti-", "Counter-")):
        return False  # "Anti-Smuggling Unit", "Counter-Terrorism Unit": a body or portfolio, no name
    if len(bare) > 1 and bare.isupper() and not bare.endswith(".") and "-" not in bare and len(bare) < 3:
        return False  # short all-capitals tokens are acronyms; "BAN Ki-moon" style surnames pass
    return not (gaz_lookup(bare) or country_code(bare))


UNIT_AFTER = re.compile(
    r"\s+(?:team|office|region|unit|programme|program|division|branch|desk|department|bureau|section|"
    r"chapter|portfolio|operations|delegation)\b"
)
# "Nana John Doe II": a regnal number ends a name of two words or more.
REGNAL = frozenset("II III IV V VI VII VIII IX X".split())
ACRONYM_LEADS = frozenset({"the ", " DG "})
THE_BEFORE = re.compile(r"(?<![\w-])(?:(?:of|at|for|from|with|by|to|in)\s+the|an?)\s+$")  # or "a Bay farm"
# "correspondent with the weekly Harbour Voice": a media kind word between the article and the name.
MEDIA_BEFORE = re.compile(r"\bthe\s+(?:weekly|daily|monthly)\s+$")


def mentions(doc: Document) -> list[Mention]:
    """Every multi-token person-name mention in headline, paragraph, bullet and caption segments."""
    key = ("person_mentions",)
    if key in doc.cache:
        return doc.cache[key]
    text = doc.text
    out: list[Mention] = []
    for seg in doc.of_kind("paragraph", "bullet", "caption", "headline"):
        for m in NAME_RUN.finditer(text, seg.start, seg.end):
            run, run_start = m.group(0), m.start()
            if len(run.split()) < 2:
                continue  # one capitalised word (most runs): never two name words, so never a name
            toks = [(t.group(0), run_start + t.start()) for t in NON_SPACE.finditer(run)]
            best: list[tuple[str, int]] = []
            cur: list[tuple[str, int]] = []
            for tok, pos in toks:
                if tok in PARTICLES and cur:
                    cur.append((tok, pos))
                    continue
                plain = _name_token_ok(tok) and not (
                    HONORIFIC_RE.fullmatch(tok) and not surname_honorific(cur, tok, pos, toks)
                )
                if plain or _country_surname(text, cur, tok, pos, toks) or (len(cur) >= 2 and tok in REGNAL):
                    cur.append((tok, pos))
                else:
                    if _real(cur):
                        best = cur
                    cur = []
            if _real(cur):
                best = cur
            if not best or toks[0][0] == "About":
                continue  # "About Jirani Connect": a boilerplate heading
            if "\n" in run:
                best = cut_at_hard_break(text, best)  # "President, Nova Vita\nDoe said ...": no "Vita Doe"
                if len(best) > 2 and best[-1][0].isupper() and "\n" in text[best[-2][1] : best[-1][1]]:
                    best = best[:-1]  # "Jane Doe\nLRC, Lakeport University": the acronym opens her body
            while best and best[-1][0] in PARTICLES:
                best.pop()
            if len(best) >= 3 and (best[0][0] in LEADING_CALLINGS or best[0][0] in RELIGIOUS_HONORIFICS):
                best = best[1:]  # "Singer Ama Kofi", "Sister Ana Ruiz"
            # "Head of the LSC Jane Doe", "Director-General of DG LAKES Jane Doe": the acronym is a body's.
            if len(best) > 2 and best[0][0].isupper() and text[best[0][1] - 4 : best[0][1]] in ACRONYM_LEADS:
                best = best[1:]
            # Glued to a Title Case phrase ("Special Representative for Climate Change"): not a name start.
            glued = GLUED.search(text, max(seg.start, best[0][1] - 40), best[0][1])
            if glued and glued.group(1) not in NOT_GLUE and not _name_list(glued):
                if glued.group(0).split()[-1] == "the":
                    continue  # "Chief of the Lakeport Traditional Area": a person's name takes no article
                best = best[
                    1:
                ]  # "According to Jane Doe" and "Jane Kim and Wei Zhang" are no Title Case phrase
            else:
                # "Human Beings Kari Johnstone": the first token continues a rejected common word.
                k = next((j for j, (_, p) in enumerate(toks) if p == best[0][1]), 0)
                prev = toks[k - 1][0] if k > 0 else ""
                titled = prev in TITLE_WORDS or any(x in TITLE_WORDS for x in prev.split("-"))
                # "Minister of Water Affairs Jamal Ben Doe": a portfolio word ends the title,
                # and the name after it is whole.
                portfolio = prev in TOPIC_WORDS or portfolio_word(text, run_start, k)
                if (
                    prev
                    and not (titled or portfolio or HONORIFIC_RE.fullmatch(prev) or prev.isupper())
                    and sum(t not in PARTICLES for t, _ in best) > 2  # "Europol Jan de Vries": two name words
                ):
                    best = best[1:]
            if TITLE_CASE_TAIL.match(
                text[best[-1][1] + len(best[-1][0]) : best[-1][1] + len(best[-1][0]) + 30],
            ):
                continue  # "... Task Force on Trafficking": part of a Title Case name
            nxt_tok = next((t for t, p in toks if p > best[-1][1]), None) if best else None
            if not _real(best) or (
                nxt_tok
                and not (nxt_tok in POSTNOMINALS and nxt_tok == toks[-1][0])
                and (
                    nxt_tok in TITLE_WORDS
                    or nxt_tok in HEADS
                    or nxt_tok in NAME_CONTINUES
                    or nxt_tok in THING_WORDS
                )
                and toks[-1][1] > best[-1][1]
                and toks.index((nxt_tok, next(p for t, p in toks if p > best[-1][1])))
                == len([x for x in toks if x[1] <= best[-1][1]])
            ):
                continue
            start = best[0][1]
            end = best[-1][1] + len(best[-1][0])
            if (
                gaz_lookup(text[start:end])
                or country_code(text[start:end])
                or (AND_AFTER.match(text[end : end + 6]) and not _name_follows(text, end))
            ):
                continue
            if UNIT_AFTER.match(text, end, end + 24):
                continue  # "the Fund's East Africa team": a region or body owning a unit, no person
            if text[start - 1 : start] == " " and _body_word_before(text, max(seg.start, start - 16), start):
                continue  # "Director of Casa Nueva Aurora": the name of a house or foundation, no person
            if THE_BEFORE.search(text, max(seg.start, start - 8), start) or (
                text[start - 2 : start] == "y "
                and MEDIA_BEFORE.search(text, max(seg.start, start - 18), start)
            ):
                continue  # "health editor of the Daily Nation": a person's name takes no article
            if POSSESSIVE_END.search(text[start:end]):
                end -= 2
            name = SPACES.sub(" ", text[start:end])
            hon = HONORIFIC_END.search(text[max(seg.start, start - 12) : start])
            surface = (SPACES.sub(" ", hon.group(0)) if hon else "") + name
            if hon and hon.group(0).strip().rstrip(".") in ("Sheikh", "Sheikha"):
                name = surface
            out.append(Mention(start, end, name, surface))
    doc.cache[key] = out
    return out


# Words that open the name of a house, shelter or foundation in other languages ("Casa Nueva Aurora",
# "Fundación Ana Roe"): the given and family names after them name the body, not a person.
BODY_WORDS_BEFORE = frozenset("Casa Hogar Fundación Fundacion Fundação Fondation Stiftung Stichting".split())
BODY_WORDS_BEFORE |= {"Maison", "Asociación", "Asociacion"}


def _body_word_before(text: str, lo: int, start: int) -> bool:
    """The word right before `start` (after one space) is such a body word."""
    return text[text.rfind(" ", lo, start - 1) + 1 : start - 1] in BODY_WORDS_BEFORE


APPOSITIVE_NEXT = re.compile(r"\s*,\s+(?:of|from)\s+the\s|\s*\([A-Z]")


def _country_surname(text: str, cur: list, tok: str, pos: int, toks: list) -> bool:
    """ "Jane Jordan, of the NGO ...": a country word ends a name when one given-name-like word
    precedes it, nothing capitalised follows and an appositive does (a place would not have one)."""
    if len(cur) != 1 or (tok, pos) != toks[-1] or not country_code(tok):
        return False
    first = cur[0][0]
    return (
        first.isalpha()
        and first[:1].isupper()
        and first[1:].islower()
        and len(first) >= 3
        and first not in TOPIC_WORDS
        and bool(APPOSITIVE_NEXT.match(text, pos + len(tok)))
    )


# "Pacific Islands Forum", "Jane Doe Conference": a run going on into one of these names a body or event.
NAME_CONTINUES = frozenset(
    "Forum Conference Summit Meeting Dialogue Initiative Process Partnership Platform Compact Agenda "
    "Strategy Declaration Convention Symposium Congress Assembly".split()
)


# "Jane Kim and Ms. Wei Zhang": an honorific may open the second name, and is no part of it.
AND_NEXT = re.compile(rf"\s*(?:and|&)\s+(?:{HONORIFIC}\s+)*((?:[A-ZÀ-ÖØ-Þ][\w'’\-.]*\s*){{1,4}})")


def _name_follows(text: str, end: int) -> bool:
    """ "Jane Kim and Rahul Mehta": the words after "and" form a person's name, not the rest of a Title Case
    name ("Ministry of Health and Social Welfare", "Bill and Melinda Gates Foundation")."""
    m = AND_NEXT.match(text, end, end + 60)
    toks = re.split(r"[,;:]|\.(?:\s|$)", m.group(1))[0].split() if m else []
    named = 2 <= len(toks) <= 4 and all(_name_token_ok(t.rstrip(".,;:")) for t in toks)
    return named or _titled_name_follows(text, end)


# "A and ICMPD Project Manager B": after "and", a title of capitalised words (an acronym may lead) ending in a
# title word, then a person's name.
# A portfolio's connectors may stand inside the title ("and UN High Commissioner for Refugees B").
AND_CAPS = re.compile(
    r"\s+and\s+(?:the\s+)?((?:[A-ZÀ-ÖØ-Þ][\w'’\-]*\s+(?:(?:for|of|on)\s+(?:the\s+)?)?){1,7}[A-ZÀ-ÖØ-Þ][\w'’\-]*)"
)


def _titled_name_follows(text: str, end: int) -> bool:
    m = AND_CAPS.match(text, end, end + 120)
    if m is None:
        return False
    toks = m.group(1).split()
    if len(toks) >= 2 and toks[0].endswith(("'s", "’s")) and toks[1] in TITLE_WORDS:
        return True  # "A and Lakeland's Minister of the Interior, B": a titled person follows
    k = max((j for j, t in enumerate(toks) if t in TITLE_WORDS), default=-1)
    name = toks[k + 1 :]
    if k >= 0 and any(t in ("for", "of", "on") for t in name):
        # "High Commissioner for Refugees Jane Doe": the name is the run of name words closing it
        n = len(name)
        while n and _name_token_ok(name[n - 1]):
            n -= 1
        name = name[n:]
    return k >= 0 and 2 <= len(name) <= 4 and all(_name_token_ok(t) for t in name)


def _name_list(glued: re.Match) -> bool:
    """The glued phrase is a person's name before "and" ("Tomas Novak and Wei Zhang"), or an organisation's
    name that ends in its kind ("Jane Doe of the Coast Water Network and Ann Roe")."""
    connectors = glued.group(0)[len(glued.group(1)) :].split()
    if connectors != ["and"]:
        return False
    if _name_token_ok(glued.group(1)) or glued.group(1) in HEADS:
        return True
    if glued.string.endswith(" of ", 0, glued.start(1)) and country_code(glued.group(1)):
        # "Jane Doe of the Council of Egypt and Ann Roe" (not "of Trinidad and Tobago")
        nxt = glued.string[glued.end() : glued.end() + 20].split(" ", 1)[0]
        return not country_code(f"{glued.group(1)} and {nxt}")
    # "Judge A of the Supreme Court of Justice and Ann Roe": an organisation's "<Head> of X" ends at X.
    of = OF_BEFORE.search(glued.string, max(0, glued.start() - 50), glued.start(1))
    return of is not None and of.group(1) in HEADS


OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _real(cur: list[tuple[str, int]]) -> bool:
    words = [t for t, _ in cur if t not in PARTICLES]
    return len(words) >= 2 and any(len(w) > 2 and not w.endswith(".") for w in words)


SHORT_TITLE_END = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Prof|H\.E|Rt|Hon|Amb|Col|Lt|Capt|Maj|Mme|Eng|Engr|Ing|Fr|Pres|Sr|Gen|Adm|Cdr|"
    r"Bro|Sis|Rev|Msgr|Atty|Assoc|Asst|Lic|Licda|Dra|Sra|Srta|Excmo|Excma|Arq|Pvt|Ma|Md|Mohd|S\.E\.M)\.$"
)
# "Country Director a.i. in Malawi, Jane Doe, noted": "a.i." (ad interim) ends a title, never a sentence when
# the text goes on in lower case; nor does "a.i.," before the name ("Head of Office a.i., Jane Doe, said").
AD_INTERIM_END = re.compile(r"(?<![\w.])a\.\s?i\.,?$")


def speaker_sentences(doc: Document) -> list[Span]:
    """The shared sentences, with a split after a short title ("Hon.", "Amb.", "Lt.") undone: the
    sentencizer takes its full stop for a sentence end, cutting "Deputy Minister, Hon. Jane Doe, said"
    in two and separating the name from its title."""
    key = ("speaker_sentences",)
    if key in doc.cache:
        return doc.cache[key]
    text = doc.text
    out: list[Span] = []
    for s in sentences(doc, ("headline", "paragraph", "bullet", "caption")):
        prev = out[-1] if out else None
        if (
            prev is not None
            # A hard-wrapped line may end at the title ("Deputy Minister, Hon.\nJane Doe"): one line break
            # is still inside the paragraph.
            and text[prev.end : s.start].count("\n") <= (1 if text[prev.end : s.start].isspace() else 0)
            and (
                (
                    SHORT_TITLE_END.search(text, max(prev.start, prev.end - 6), prev.end)
                    and text[s.start : s.start + 1].isupper()
                )
                or AD_INTERIM_END.search(text, max(prev.start, prev.end - 6), prev.end)
            )
        ):
            out[-1] = Span(prev.start, s.end)
        else:
            out.append(s)
    doc.cache[key] = out
    return out


# "Acme S.A., said", "Acme Pvt. Ltd., which": the full stop of an initial or a company abbreviation that
# another abbreviation or a comma follows ends no clause (one before a capitalised word may end a sentence).
_ABBREV = r"(?:[A-Z]|Pvt|Ltd|Inc|Co|Corp|Plc|Pty|Bros)"
# Every abbreviation starts with a capital: the look-ahead lets the engine skip to capitals (same matches).
INITIAL_DOT = re.compile(rf"(?=[A-Z])(?<!\w)({_ABBREV})\.(?=,|\s?{_ABBREV}\.)")


def mask_initials(text: str) -> str:
    """`text` with the full stops of initials and dotted abbreviations ("Acme S.A., said") turned into
    spaces, so that a pattern that stops at a sentence's full stop reads across them; offsets are kept."""
    return INITIAL_DOT.sub(r"\1 ", text)
