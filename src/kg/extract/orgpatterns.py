"""Organisation names not in the gazetteer, found as capitalised runs around a head word.

"Ministry of Health and Social Policy", "All-China Women's Federation",
"Federal Department of Justice and Police", "Mini Dublin Group". A run is a
sequence of capitalised words joined by connectors ("of", "for the", "and").
The organisation ends at its last head word plus any "of/for ..." complement;
venues, events and plain titles are left out.
"""

from __future__ import annotations

import re

from kg.extract.orgbounds import EMBASSY, drop_ref_label, embassy_of, one_line, whole_place
from kg.extract.orgcommas import comma_lead, general_union, trades_tail
from kg.extract.orgdiaspora import host_country_end
from kg.extract.orgfilters import after_office_title, run_stop, title_tail
from kg.extract.orgheadforms import chamber_body, chamber_end, general_after_head
from kg.extract.orgheadwords import HEADS, TITLE_LEAD, VENUE_WORDS
from kg.extract.orgnames import countries, country_code, gaz_lookup, is_country_name
from kg.extract.orgoffices import GENERIC_BODIES, generic_body, is_owned_office
from kg.extract.orgpersonsplit import person_split
from kg.extract.orgportfoliotail import PORTFOLIO_HEADS, portfolio_tail
from kg.extract.orgquotedname import possessive_start, quoted_name_end

CONNECT = ("of", "for", "on", "and", "to", "against", "de", "du", "des", "la", "et", "&", "under", "für")
# "University of St. Gallen", "Church of Ss. Peter and Paul": a saint's abbreviation keeps its full stop.
WORD = r"(?:S(?:t|s|ts|te)\.(?=\s[A-Z])|[A-Z][\w'’.\-]*[\w](?:(?<=s)['’](?=\s))?|[A-Z]|&)"
# Every run starts with a capital or "&"; saying so first lets the regex engine skip other positions fast.
# "and" before an honorific ("the Office of X and Professor Jane Doe of ...") starts a person, not more name.
# "Ministry of Health of the former Yugoslav Republic of Macedonia": the country's official name is lowercase.
RUN = re.compile(
    rf"(?=[A-Z&]){WORD}(?:\s+(?:(?:of|for|on|to|against|under|de|du|des|für)\s+(?:the\s+(?:former\s+(?=Yugoslav\b))?)?|(?:and|&|et)\s+"
    r"(?!(?:Mr|Mrs|Ms|Miss|Mme|Dr|Prof|Professor|Sir|Dame|Hon|H\.E)\b)"
    # "the X Regional Office and Lakeland's Ministry of Y": an owner's possessive after "and" starts another
    # body ("Ministry of Family and Women's Affairs" keeps its people's possessive).
    r"(?!(?:[A-Z][\w-]*\s+){0,2}(?!(?:Women|Children|Men|Girls|Boys|People|Persons|Youth|Workers|Farmers|"
    r"Elders|Veterans|Consumers|Employers|Survivors|Victims)['’])[A-Z][\w-]*['’]s\s+[A-Z])"
    # "Commission on Combating Trafficking in Persons": the offence's own "in" is no place's.
    r"|(?<=Trafficking\s)in\s+(?=Persons\b|Human\s+Beings\b))?"
    rf"{WORD})*"
)
COMPLEMENT_END = re.compile(
    r"(?:Administrators|Managers|Operators|Workers|Employers|Producers|Exporters|Users|Holders)"
)
ATTRIBUTIVE_NEXT = re.compile(
    r"\s+(?:questions|question\s+set|standards|guidelines|methodology|criteria|principles|indicators|"
    r"definitions?|classification|toolkit|model|approach)\b"
)
REGION_NEXT = re.compile(r"\s+(?:region|regions|provinces|districts)\b")
# "the Partnership against Transnational Crime through Regional Organized Strategies (PATROL) project": the
# run is the start of a project's name that runs on to its acronym and the word "project".
# "under the X project" / "under the X in Egypt programme": the vehicle word may follow a place.
VEHICLE_NEXT = re.compile(
    r"\s+(?:in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+)?(?:project|programme|program|initiative|facility)\b"
)
# "the Directorate under the Lakeland chairmanship of X": who presides follows, no part of the name.
CHAIR_NEXT = re.compile(
    r"\s+(?:chairmanship|chairpersonship|chairship|presidency|auspices|patronage|aegis)\b"
)
REGION_BEFORE = re.compile(r"\b(?:Asia|America)\s+and\s+the\s+$")
UNDER_OWNER = re.compile(r"\sunder\s+(?:the\s+)?[A-Z][\w.\-]*['’]s\s")
PROJECT_TAIL = re.compile(
    r"\s+(?:through|for|against|on|to|in|of|and)\s+(?:[A-Z][\w-]*\s+){1,6}\([A-Z]{2,}\)\s+"
    r"(?:project|programme|program|initiative)\b"
)
EDITION_HEADS = frozenset({"Congress", "Assembly", "Forum", "Summit", "Convention", "Council"})
EDITION_YEAR = re.compile(r" (?:19|20)\d\d\b(?![-/.]\d)")
EMBASSY_PLACE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?")
MISSION_PLACE = re.compile(r"\s+(?:at|in)\s+[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+)?")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)\s*$")
SENT_START = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "During",
        "Yesterday",
        "Today",
        "Last",
        "This",
        "That",
        "These",
        "Its",
        "Their",
        "His",
        "Her",
        "As",
    ]
)


NON_SPACE = re.compile(r"\S+")
HONORIFIC_END = re.compile(r"\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Dr|Prof|Mme|Mmes|Messrs)\.?$")
COUNTRY_THEN_NAME = re.compile(r"\s+[A-Z][\w'’.-]*\s+[A-Z]")


THE = ("the", "The")


def _leads_head(toks: list[tuple[str, int]]) -> bool:
    """ "the General Department of Immigration", "the Special Unit for X": a title-like word right before a
    head word is the first word of the body's name (a title is followed by "of" or a name, "General
    Secretary of X", "Director General Y")."""
    lead = toks[0][0] in ("General", "Special")
    # "the Vice Ministry of Citizen Security": a ministry's subordinate ministry, no vice-minister
    vice = toks[0][0] == "Vice" and len(toks) > 1 and toks[1][0] == "Ministry"
    # "the Permanent Mission of X to the UN": a standing mission, "Permanent" is its name's first word
    permanent = toks[0][0] == "Permanent" and len(toks) > 1 and toks[1][0] in ("Mission", "Delegation")
    return vice or permanent or (lead and len(toks) > 1 and toks[1][0] in HEADS)


def head_runs(
    text: str, start: int, end: int, taken: list[tuple[int, int]]
) -> list[tuple[str, object, str | None]]:
    """(surface, Span, alias_of) for organisation names in text[start:end].

    alias_of is set when the name is an office of a known organisation ("EU Delegation to the UN").
    """
    from kg.extract.orgministerlist import continues_minister_portfolio
    from kg.model import Span

    out: list[tuple[str, object, str | None]] = []
    for m in RUN.finditer(text, start, end):
        if HEADS.isdisjoint([w.rstrip(",;:") for w in m.group(0).split()]):
            continue  # most runs hold no head word; the tokens below are these words (\S+ = str.split)
        words = [(w.group(0), m.start() + w.start()) for w in NON_SPACE.finditer(m.group(0))]
        toks = [(w.rstrip(",;:"), s) for w, s in words]
        cut = person_split([w for w, _ in toks])
        if cut and start <= toks[cut[1]][1]:
            # "Police Colonel Jane Doe of the X Police Force": the bodies around the person, read apart
            if cut[0]:
                out += head_runs(text, m.start(), toks[cut[0] - 1][1] + len(toks[cut[0] - 1][0]), taken)
            out += head_runs(text, toks[cut[1]][1], m.end(), taken)
            continue
        # "The Minister of Public Service and Labour of X": a minister's portfolio, not a body ("Service").
        if any(
            w in ("Minister", "Ministers") and k + 1 < len(toks) and toks[k + 1][0] == "of"
            for k, (w, _) in enumerate(toks[:3])
        ):
            continue
        if continues_minister_portfolio(text, m.start(), m.group(0)):
            continue  # "Minister of Fisheries, Rural Roads and Cooperatives": the portfolio's last fields
        toks = toks[after_office_title([w for w, _ in toks]) :]  # "Chief of Mission of X": X on
        # Drop sentence-initial function words and leading titles ("Head of the ...").
        while toks and (
            toks[0][0] in SENT_START
            or (toks[0][0] in TITLE_LEAD and not _leads_head(toks) and not general_union(text, toks))
            or toks[0][0] in CONNECT
            or toks[0][0] == "the"
        ):
            toks = toks[1:]
        if not toks:
            continue
        toks = toks[: run_stop([w for w, _ in toks])]
        heads = [i for i, (w, _) in enumerate(toks) if w in HEADS]
        if not heads:
            continue
        first, last = heads[0], heads[-1]
        # The head ends the run or is followed by a connector ("Ministry of ..."), not "Committee Meeting".
        if (
            last + 1 < len(toks)
            and toks[last + 1][0] not in CONNECT
            and toks[last + 1][0] != "the"
            and not general_after_head([w for w, _ in toks], last)
        ):
            from kg.extract.personwords import TOPIC_WORDS

            # "Ministry of Community Development": a head word inside an earlier head's "of ..." complement,
            # followed by a topic word, is part of the portfolio.
            inner = (
                any(h < last and toks[h + 1][0] in CONNECT for h in heads) and toks[last - 1][0] in CONNECT
            )
            # "Superintendency of Pension Fund Administrators": the run's last word closes an earlier head's
            # "of ..." complement (a plural noun, not an event or a title).
            closing = (
                first < last
                and first + 1 < len(toks)
                and toks[first + 1][0] in ("of", "for")
                and last + 2 == len(toks)
                and COMPLEMENT_END.fullmatch(toks[-1][0]) is not None
            )
            # "Office of the Ukrainian Parliament Commissioner for Human Rights": a title holder's office.
            office = (
                toks[first][0] == "Office" and toks[first + 1][0] == "of" and toks[last + 1][0] in TITLE_LEAD
            )
            # "the Harbour Workers Centre Ireland": a body's own name closed by its country's name.
            country_tail = last + 2 == len(toks) and last >= 1 and is_country_name(toks[-1][0])
            if (
                not (inner and toks[last + 1][0] in TOPIC_WORDS)
                and not closing
                and not office
                and not country_tail
            ):
                continue
        # The name starts at the capitalised group holding the first head ("Dilip Ratha of the World Bank").
        b = first
        # "About KOICA / The Korea International Cooperation Agency": a capitalised "The" inside a run starts
        # a sentence after a heading; the name starts after it.
        while b > 0 and (
            (toks[b - 1][0] not in CONNECT and toks[b - 1][0] not in THE) or _inner_and(toks, b - 1)
        ):
            b -= 1
        ands = [k for k in range(b, first) if toks[k][0] in ("and", "&")]
        if ands and any(gaz_lookup(w) or country_code(w) for w, _ in toks[b + 1 : ands[-1]]):
            b = ands[-1] + 1  # "Greek EU Presidency and Mini Dublin Group": two names, not one
        toks = toks[b:]
        toks = toks[: title_tail([w for w, _ in toks], first - b)]
        if toks[-1][0] in HEADS and ATTRIBUTIVE_NEXT.match(text, m.end()):
            continue  # "the Washington Group questions": a name used as a modifier of a thing
        if PROJECT_TAIL.match(text, m.end()):
            continue
        if toks[-1][0] in EDITION_HEADS and EDITION_YEAR.match(text, m.end()):
            continue  # "the Harbour Congress 2015": one year's sitting, an event, not a body
        if REGION_NEXT.match(text, m.end()):
            continue  # "the Director for the Centre and North region": a part of the country
        venue = any(w in VENUE_WORDS for w, _ in toks)
        if venue and chamber_body([w for w, _ in toks]):
            toks, venue = toks[: chamber_end([w for w, _ in toks])], False
        if venue or "Conference Centre" in m.group(0):
            continue
        if "Convention Cent" in m.group(0):  # "the Lakeport Convention Centre": a venue
            continue
        s0 = toks[0][1]
        fh = next(i for i, (w, _) in enumerate(toks) if w in HEADS)
        s0 = comma_lead(text, start, s0, [w for w, _ in toks[:fh]])
        if ORDINAL.search(text[max(start, s0 - 8) : s0]):
            continue
        if text.startswith(("Pacific", "Caribbean"), s0) and REGION_BEFORE.search(
            text, max(start, s0 - 20), s0
        ):
            continue  # "the UNFPA Asia and the Pacific Regional Office": the tail of one region's office
        e0 = toks[-1][1] + len(toks[-1][0])
        if toks[-1][0] in EMBASSY or embassy_of(toks):
            place = EMBASSY_PLACE.match(text, e0, end)  # "Royal Norwegian Embassy in Maputo"
            if place and (toks[-1][0] in EMBASSY or whole_place(text, place.end())):
                e0 = place.end()  # "Embassy of Japan in Elaria" (not "in Dar" of "in Dar es Salaam")
        if toks[0][0] == "Permanent" and toks[-1][0] in ("Office", "Nations"):
            place = MISSION_PLACE.match(text, e0, end)  # "Permanent Mission of X to the UN Office at Geneva"
            if place and whole_place(text, place.end()):
                e0 = place.end()
        if any(w in PORTFOLIO_HEADS for w, _ in toks):
            e0 = portfolio_tail(text, e0, end)
        e0 = trades_tail(text, toks[-1][0], e0, end)
        quoted = quoted_name_end(text, toks[-1][0], e0, end)  # 'International Centre "Lakeshore"'
        s0, e0 = (possessive_start(text, s0, start), quoted) if quoted > e0 else (s0, e0)
        core_end = e0
        e0 = host_country_end(text, toks[0][0], toks[-1][0], e0, end)  # "Association of X Students in Italy"
        host = text[core_end:e0]
        surface = text[s0:e0]
        # "the ABC's Legal Department and Mr. Y": an honorific after "and" starts the next person.
        surface = HONORIFIC_END.sub("", surface)
        if "\n" in surface or surface.endswith("Ref"):  # a list of short lines; a reference label
            line = drop_ref_label(one_line(surface, next(w for w, _ in toks if w in HEADS)), text, e0)
            if line != surface:
                s0 += surface.index(line)
                surface, e0 = line, s0 + len(line)
        surface = re.sub(r"\s+(?:of|for|on|and|to|the|against|under)$", "", surface)
        # "the EU under the X-Y project": the funder alone; "the Ministry under the ILO's Programme on X": the
        # owner of a vehicle is no part of the name
        if " under " in surface and (
            VEHICLE_NEXT.match(text, e0) or CHAIR_NEXT.match(text, e0) or UNDER_OWNER.search(surface)
        ):
            surface = surface[: surface.index(" under ")]
            e0 = s0 + len(surface)
        # "Parliament of the Republic of Kazakhstan Marat Bashimov": the name ends with its country.
        head_at = surface.find(toks[next(i for i, (w, _) in enumerate(toks) if w in HEADS)][0])
        c = countries()[1].search(surface, max(head_at, 0))
        # A single word after the country continues the name ("Federation of Uganda Employers"); a person's
        # name has two.
        if c and COUNTRY_THEN_NAME.match(surface, c.end()):
            surface = surface[: c.end()]
            e0 = s0 + len(surface)
        full = surface
        if gaz_lookup(surface) or any(a <= s0 and e0 <= b for a, b in taken):
            continue
        if host and surface.endswith(host):  # the known prefix is judged on the name without its host
            surface, alias_of = _split_known(surface[: -len(host)])
            surface = surface + host if surface is not None and not alias_of else surface
        else:
            surface, alias_of = _split_known(surface)
        if surface is None:
            continue
        words_cap = [w for w in surface.split() if w[0].isupper() and w not in HEADS]
        if not words_cap and not alias_of:
            continue
        if len(surface.split()) < 2 and not alias_of:
            continue
        if surface in GENERIC_BODIES or generic_body(surface):
            continue  # "the project's Steering Committee", "a Focus Group" name no particular body
        span_start = text.find(surface, s0, e0 + 1) if surface in text[s0 : e0 + 1] else s0
        if any(a <= span_start and span_start + len(surface) <= b for a, b in taken) and not alias_of:
            continue
        if alias_of:
            out.append((full, Span(s0, s0 + len(full)), alias_of))
        else:
            out.append((surface, Span(min(s0, span_start), span_start + len(surface)), None))
    return out


def _inner_and(toks: list, i: int) -> bool:
    """ "and" inside one name ("National Information and Analytical Centre", "Manufacturers and Exporters
    Association"): plain capitalised words on both sides, neither a known organisation nor a country."""
    words = [t[0] if isinstance(t, tuple) else t for t in toks]
    if words[i] not in ("and", "&", "de", "da", "del", "do", "dos") or i == 0 or i + 1 >= len(words):
        return False  # "Escuela de Santa Rita University": a particle between two words of one name
    left, right = words[i - 1], words[i + 1]
    if words[i] not in ("and", "&") and (left in SENT_START or left in TITLE_LEAD):
        return False
    return all(
        w[:1].isupper() and w not in HEADS and not gaz_lookup(w) and not country_code(w)
        for w in (left, right)
    ) and not left.endswith(",")


def valid_org(name: str) -> bool:
    """A head word whose capitalised group starts the name, nothing capitalised right after the last head."""
    toks = name.replace(",", " ").split()
    heads = [i for i, w in enumerate(toks) if w in HEADS]
    if not heads:
        return False
    if any((t in CONNECT or t == "the") and not _inner_and(toks, i) for i, t in enumerate(toks[: heads[0]])):
        return False
    nxt = heads[-1] + 1
    if nxt == len(toks) - 1 and heads[0] + 1 < len(toks) and toks[heads[0] + 1] in ("of", "for"):
        return COMPLEMENT_END.fullmatch(toks[nxt]) is not None  # "... of Pension Fund Administrators"
    if toks[heads[-1]] == "Police" and general_after_head(toks, heads[-1]):
        return True  # "Lakeport Police Force"
    return not (nxt < len(toks) and toks[nxt] not in CONNECT and toks[nxt] != "the")


def known_prefix_rest(surface: str) -> str | None:
    """ "Strategic Police Matters Unit" for "OSCE Strategic Police Matters Unit": the name without the
    known organisation that prefixes it, when that rest is itself a name."""
    parts = surface.split()
    for n in range(min(len(parts) - 1, 8), 0, -1):
        if gaz_lookup(" ".join(parts[:n])):
            rest = " ".join(parts[n:])
            return rest if len(parts) - n >= 2 and valid_org(rest) else None
    return None


def _split_known(surface: str) -> tuple[str | None, str | None]:
    """Separate a known organisation or country prefix ("UNODC's Regional ...", "Council of Europe X")."""
    parts = surface.split()
    for n in range(min(len(parts) - 1, 8), 0, -1):
        prefix = " ".join(parts[:n])
        bare = re.sub(r"(?:'s|’s)$", "", prefix)
        if gaz_lookup(bare) or country_code(bare):
            rest = " ".join(parts[n:])
            if rest.startswith(("Embassy", "Consulate")):
                return surface, None  # "Philippine Embassy in Riyadh"
            tail = re.sub(r"^(?:for|of)\s+(?:the\s+)?", "", rest)
            if rest.startswith(("for ", "of ")) and bare.split()[-1] in HEADS and not gaz_lookup(tail):
                return (
                    surface,
                    None,
                )  # "State Department for Housing": the known form's head takes a complement
            if not valid_org(rest):
                return None, None
            if is_owned_office(rest) and gaz_lookup(bare):
                return rest, bare
            if rest in ("Parliament", "Police") and country_code(bare):
                return surface, None  # "the Lakeland Parliament", "the Lakeland Police": the country's own
            if rest.split()[0] in HEADS and len(rest.split()) == 1:
                return None, None
            # "Kenya Red Cross Society" is a national body; "Iranian Ministry of ...", "Uganda's Ministry of
            # ..." keep their country (`ensure_organisation` adds the bare ministry as an alias).
            if not gaz_lookup(bare) and (bare == prefix or rest.split()[0] in ("Ministry", "Department")):
                return surface, None
            # "OSCE Strategic Police Matters Unit", "EU Emergency Trust Fund": the prefix is part of the name
            # (`known_prefix_rest` gives the short form); "UNODC's Regional Section" is the unit alone.
            return (surface if bare == prefix else rest), None
    return surface, None
