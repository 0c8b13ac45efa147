"""Speakers: persons who speak (said, urged, addressed, listed as speakers), with role and organisation.

A name mention is a speech when a speech verb follows it (across an appositive)
or precedes it ("said IOM Director General William Swing"), when a speaker-list
trigger precedes it in the sentence ("Other speakers included ..."), or when it
is a bullet under an intro that announces speakers. The role and organisation
come from the title phrase right before the name or the appositive after it.
"""

from __future__ import annotations

import re

from kg.extract.affilcues import colleagues
from kg.extract.affilfixes import (
    comma_named_orgs,
    indefinite_roles,
    nationality_is_no_employer,
    no_regions,
    portfolio_titles,
    statisticians,
)
from kg.extract.affiliation import affiliation
from kg.extract.alsospeakers import also_speakers
from kg.extract.behalfministry import behalf_ministries
from kg.extract.callingbefore import callings_before
from kg.extract.callingemployer import calling_employer, described_org
from kg.extract.chairedbody import chairs_a_body
from kg.extract.chargeministry import charge_ministries
from kg.extract.coordinatedspeakers import coordinated_speakers, joint_openers
from kg.extract.copulartitle import copular_office, copular_titles
from kg.extract.descriptionafter import described_after, described_speakers
from kg.extract.doubletitles import double_titles
from kg.extract.envoygov import envoy_governments
from kg.extract.executivebody import executive_bodies
from kg.extract.formaltitle import calling_then_title
from kg.extract.frontedbody import fronted_bodies
from kg.extract.fullnames import full_names
from kg.extract.judgestyle import judge_styles
from kg.extract.lifestory import life_story, life_story_roles
from kg.extract.mayorbody import mayor_municipalities, place_office_bodies
from kg.extract.ministercountry import country_closed_ministers
from kg.extract.nametails import name_piece
from kg.extract.ofbody import of_bodies
from kg.extract.openingcalling import opening_callings
from kg.extract.organisations import ensure_organisation
from kg.extract.persons import (
    HONORIFIC,
    Mention,
    mask_initials,
    mentions,
    speaker_sentences,
)
from kg.extract.policetitle import police_forces
from kg.extract.portfolioministry import portfolio_ministries
from kg.extract.professors import professor_titles
from kg.extract.pronounspeech import pronoun_speakers
from kg.extract.quotedbodyname import quoted_in_org_name
from kg.extract.rankacronym import rank_surname
from kg.extract.registry import component
from kg.extract.roleage import ageless_roles, without_age
from kg.extract.rolefixes import office_titles, peel_role_organisations
from kg.extract.rolehonorific import courtesy_free_roles, without_courtesy
from kg.extract.rolekindname import kind_named_bodies
from kg.extract.roletailbody import role_tail_bodies
from kg.extract.sentafter import titles_from_sentence_after
from kg.extract.sentitle import titles_from_sentence_before
from kg.extract.solebody import sole_body_titles
from kg.extract.speakerapposition import title_leads_run
from kg.extract.speakerdash import dashed_appositive
from kg.extract.speakerfilters import (
    after_place_preposition,
    behalf_object,
    glossed_name_tail,
    governed_no_org,
    not_a_person,
    other_agent,
    place_in_appositive,
    read_for_author,
    unnamed_subject_place,
    whose_subject,
)
from kg.extract.speakerlines import listed_lines
from kg.extract.speakersingle import single_name_speakers
from kg.extract.speechnouns import plural_noun
from kg.extract.speechverbs import VERB_AFTER, VERB_BEFORE
from kg.extract.speechwords import SAY, TRIGGER
from kg.extract.surnamespeech import surname_speeches
from kg.extract.titleanaphora import title_speakers
from kg.extract.titlebody import titles_of_new_bodies
from kg.extract.titlebracket import bracketed_fields
from kg.extract.titledemonym import demonym_ministers
from kg.extract.titleeuropean import european_commissioners
from kg.extract.titlefieldoffice import field_office_heads
from kg.extract.titleintroduced import introduced_titles
from kg.extract.titlekind import named_by_kind
from kg.extract.titlelowerof import lower_title_bodies
from kg.extract.titlenationals import nationals_governments
from kg.extract.titlepossessive import possessive_ministers
from kg.extract.titlequoted import quoted_title_speakers
from kg.extract.titleunnamed import unnamed_office_holders
from kg.extract.unitrole import units_held_at
from kg.extract.whosetitle import whose_titles
from kg.model import Affiliation, Document, Extraction, Person, Span, Speech

SPACES = re.compile(r"\s+")  # precompiled: applied to every name and sentence
POSS_SPEECH = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+){0,2}(?:report|address|speech|statement|remarks|presentation)\b"
)
OPENING = re.compile(
    # "Speaking for the Business Association in X, its chairman, Jane Doe, offered ...": she speaks.
    r"\s*(?:Opening|Closing|Addressing|Welcoming|Speaking (?:at|to|during|before|for)|"
    r"Presenting)\s+"
    r"(?:the|this|a)\s+[\w -]{1,40}?,"
)
TITLE_OF = re.compile(
    r"\b(?:director|head|president|chair|chairperson|chairman|chairwoman|founder|co-founder|coordinator|"
    r"manager|ceo|spokesperson|spokesman|spokeswoman|treasurer|executive director|programme director|"
    r"country director)\s+(?:of|at|for|with)\s+"
    r"(?:the\s+)?$",
    re.I,
)
BEHALF_NAME = re.compile(r"\bon behalf of\s+(?:the\s+)?(?:[A-Z][\w.\-'’]*,?\s+){0,6}$")
HONORIFIC_END = re.compile(rf"(?:{HONORIFIC}\s*)+$")
# "Closing the meeting, the Minister thanked X": a verb before the name says another subject opened it.
OPENER_VERB = re.compile(r"\b(?:said|told|that|thanked|praised|commended|congratulated|introduced)\b")
INTRO_SPEAK = re.compile(r"speak|speaker|panel|present|address|remarks|keynote|moderat|statement", re.I)


@component("people")
def find_people(doc: Document, ex: Extraction) -> None:
    text = doc.text
    ms = mentions(doc)
    sents = speaker_sentences(doc)
    bullets = {(s.start, s.end): s for s in doc.of_kind("bullet")}
    for m in ms:
        if (
            TITLE_OF.search(text, max(0, m.start - 40), m.start)
            and not ex.person(m.name)
            and not governed_no_org(ex, text, m)
        ):
            # "director of Casa Lakeport": a name governed by a title is the organisation, not a person.
            ensure_organisation(ex, m.name, Span(m.start, m.end))
        employer = calling_employer(text, m) if not ex.person(m.name) else None
        described = described_org(text, m)
        if described:
            ensure_organisation(ex, described, Span(m.end, m.end + len(described)))
        if employer:  # the employer may open before the name ("Maison d'...") or run on after it
            lo = m.start if employer.startswith(text[m.start : m.end]) else m.end - len(employer)
            ensure_organisation(ex, employer, Span(lo, lo + len(employer)))
    ms[:] = [  # shared cache
        m
        for m in ms
        if not ex.organisation(m.name)
        and not quoted_in_org_name(ex, m.name)
        and not _inside_org(text, ex, m)
        and not not_a_person(m.name)
        and not name_piece(text, ex, m)
        and not named_by_kind(text[max(0, m.start - 60) : m.start])
        and not glossed_name_tail(text, m.start, m.end)
    ]
    ms[:] = [m for k, m in enumerate(ms) if not (k and place_in_appositive(text[ms[k - 1].end : m.start]))]
    for i, m in enumerate(ms):
        if ex.organisation(m.name):
            continue
        ctx = mention_context(doc, ms, i, sents)
        if ctx is None:
            continue
        sent, before, after = ctx
        if unnamed_subject_place(before):
            continue  # "A ward councillor from Lakeport told ...": the name is a place
        verb = _speaks(text, m, sent, before, after, doc, bullets)
        if verb:
            register_speaker(doc, ex, i, verb)
    listed_lines(doc, ex, register_speaker)
    coordinated_speakers(doc, ex, ms, sents)
    joint_openers(doc, ex, ms, sents)
    also_speakers(doc, ex, ms, sents)
    surname_speeches(doc, ex, sents, register_speaker)
    pronoun_speakers(doc, ex, ms, register_speaker)
    title_speakers(doc, ex, ms, register_speaker)
    quoted_title_speakers(doc, ex, ms, register_speaker)
    single_name_speakers(doc, ex)
    full_names(ex, ms)
    _best_affiliations(doc, ex, ms, sents)
    titles_from_sentence_before(doc, ex)
    titles_from_sentence_after(doc, ex)
    described_speakers(doc, ex)
    whose_titles(doc, ex)
    copular_titles(doc, ex)
    callings_before(doc, ex)
    colleagues(doc, ex, ms)
    comma_named_orgs(ex)
    nationality_is_no_employer(ex)
    no_regions(ex)
    peel_role_organisations(ex, text)
    role_tail_bodies(ex, text)
    portfolio_ministries(ex)
    charge_ministries(ex, text)
    police_forces(ex)
    kind_named_bodies(ex)
    lower_title_bodies(ex)
    european_commissioners(ex)
    office_titles(ex, text)
    sole_body_titles(ex)
    portfolio_titles(ex, text)
    statisticians(ex)
    indefinite_roles(ex)
    double_titles(ex, text)
    professor_titles(ex, text)
    judge_styles(ex, text)
    demonym_ministers(ex, text)
    country_closed_ministers(ex, text)
    possessive_ministers(ex, text)
    titles_of_new_bodies(ex)
    field_office_heads(ex, text)
    behalf_ministries(ex, text)
    mayor_municipalities(ex)
    place_office_bodies(ex)
    envoy_governments(ex)
    nationals_governments(ex)
    opening_callings(ex, text)
    executive_bodies(ex, text)
    of_bodies(ex, text)
    units_held_at(ex)
    courtesy_free_roles(ex)
    bracketed_fields(ex, text)
    introduced_titles(doc, ex)
    unnamed_office_holders(doc, ex)
    ageless_roles(ex)
    life_story_roles(doc, ex)
    fronted_bodies(doc, ex)


SAY_THE = re.compile(rf"\b(?:{SAY})\s+the\s+$")
CAPITAL_ON = frozenset(" " + c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _inside_org(text: str, ex: Extraction, m: Mention) -> bool:
    """ "of Al Jazeera English", "Lakeport Nurses' Network": a name inside an org's name is part of it."""
    for org in ex.organisations:
        for form in org.forms:
            j = form.find(m.name)
            # "La Strada Lakeland": a name may open the org's name too, when capitalised words go on
            opens = j == 0 and form[len(m.name) : len(m.name) + 2] in CAPITAL_ON
            if (j > 0 or opens) and m.start >= j and text.startswith(form, m.start - j):
                return True
    return False


def _best_affiliations(doc: Document, ex: Extraction, ms: list[Mention], sents: list[Span]) -> None:
    """A speaker's role and organisation may be stated at another mention than the one where they speak
    ("IOM Deputy Director Jane Doe arrived ... Doe addressed"): keep the fullest statement."""
    speakers = {s.person for s in ex.speeches}
    for i, m in enumerate(ms):
        p = ex.person(m.name)
        if p is None or p.name not in speakers:
            continue
        ctx = mention_context(doc, ms, i, sents)
        if ctx is None:
            continue
        sent, before, after = ctx
        role, org = _affiliation(ex, doc.text, ms, i, sent, before, after)
        if not (role or org):
            continue
        cur = next((a for a in ex.affiliations if a.person == p.name), None)
        score = (org is not None) * 2 + (role is not None)
        if cur is None:
            ex.affiliations.append(Affiliation(p.name, role, org, Span(sent.start, sent.end)))
        elif score > (old := (cur.organisation is not None) * 2 + (cur.role is not None)) or (
            score == old and calling_then_title(cur.role, role)
        ):
            cur.role, cur.organisation, cur.span = role, org, Span(sent.start, sent.end)


# "- Mr. Jan Roe (Director, Acme Agency)" ending a bullet line: the bracket is the whole appositive, though
# the unpunctuated line runs on into the next one's sentence.
BRACKET_LINE = re.compile(r"^[ \t]*\([^()\n]{1,150}\)[ \t]*(?=\n)")


def _affiliation(
    ex: Extraction, text: str, ms: list[Mention], i: int, sent: Span, before: str, after: str
) -> tuple[str | None, str | None]:
    """`affiliation` for mention i, its appositive cut at a bracket that ends the line."""
    gloss = BRACKET_LINE.match(after)
    if gloss:
        return affiliation(ex, text, ms[i], before, gloss.group(0), False)
    if _runs_into_name(ms, i, sent) and title_leads_run(before, after):
        led = affiliation(ex, text, ms[i], before, "", False)
        if led[0]:
            return led  # "the Commissioner for X, Dr. A, the Minister of Y, Hon. B": A's title leads
    return affiliation(ex, text, ms[i], before, after, _runs_into_name(ms, i, sent))


def _runs_into_name(ms: list[Mention], i: int, sent: Span) -> bool:
    """True when the text after mention i ends at the next name in the sentence (its title, not ours)."""
    return any(ms[i].end <= x.start < sent.end for x in ms[i + 1 :])


def mention_context(
    doc: Document, ms: list[Mention], i: int, sents: list[Span]
) -> tuple[Span, str, str] | None:
    """The mention's sentence, and the text between it and the neighbouring mentions in that sentence."""
    m, text = ms[i], doc.text
    sent = next((s for s in sents if s.start <= m.start < s.end), None)
    if sent is None:
        return None
    prev_end = max([x.end for x in ms[:i] if sent.start < x.end <= m.start] + [sent.start])
    nxt = next((x.start for x in ms[i + 1 :] if x.start >= m.end), sent.end)
    return sent, text[prev_end : m.start], dashed_appositive(text[m.end : min(nxt, sent.end)])


def register_speaker(doc: Document, ex: Extraction, i: int, verb: str, span: Span | None = None) -> Person:
    """Record mention i as a speaker: the person, one Speech, and the affiliation its context states."""
    ms = mentions(doc)
    sents = speaker_sentences(doc)
    m = ms[i]
    sent, before, after = mention_context(doc, ms, i, sents) or (Span(m.start, m.end), "", "")
    person = _person(ex, m)
    ex.speeches.append(Speech(person.name, span or Span(sent.start, sent.end), verb=verb))
    role, org = _affiliation(ex, doc.text, ms, i, sent, before, after)
    role = without_age(without_courtesy(role))
    if org is None and life_story(doc.text, m.end, role):
        role = None  # "Jane Doe, a teacher from Lakeport who fled in March": a witness, no office
    if not role and not org:
        # "... is Jane Doe. Presenting its findings, the ACME researcher said": the next sentence's calling.
        role, org = described_after(doc.text, ex, ms, i) or (None, None)
    if not role and not org:
        # "Jane Doe is the ACME Representative in Lakeport.": the office in a sentence of its own.
        role, org = copular_office(doc.text, ex, m.end) or (None, None)
    if (role or org) and not any(a.person == person.name for a in ex.affiliations):
        ex.affiliations.append(Affiliation(person.name, role, org, Span(sent.start, sent.end)))
    return person


def _speaks(text: str, m: Mention, sent: Span, before: str, after: str, doc: Document, bullets) -> str | None:
    if behalf_object(before):
        return None  # "speaking on behalf of Minister Jane Doe, said": another person speaks for her
    # "Jane Doe, Head of Office a.i., said": the dots of "a.i." (ad interim) end no sentence either.
    va = VERB_AFTER.match(after) or (
        VERB_AFTER.match(mask_initials(after).replace("a.i.", "a i ")) if "." in after else None
    )
    if va is None and after.endswith("("):
        # A name in brackets ("of the Business Federation (Nippon Keidanren), who spoke for the employers,
        # agreed") glosses the organisation: the speech verb may follow it.
        va = VERB_AFTER.match(text[m.end : sent.end])
    if va and not whose_subject(va.group(0).rsplit(None, 1)[0]) and not plural_noun(va.group(0)):
        return va.group(0).split()[-1]
    if POSS_SPEECH.match(after):
        return "addressed"
    said = VERB_BEFORE.search(lead := HONORIFIC_END.sub("", before.replace("\n", " ")))
    # "..., said the Flash Appeal was half funded": a name right after "said the" is the object's.
    if said and lead.endswith(" the ") and SAY_THE.search(lead):
        said = None
    if said and chairs_a_body(lead, said.start()):
        said = None  # "the working group ..., chaired by the Permanent Secretary, Jane Doe"
    if said and not after_place_preposition(before) and not other_agent(lead, said.start()):
        return "said"
    if BEHALF_NAME.search(before) or read_for_author(after):
        return None  # "remarks on behalf of the Director, Jane Doe": she does not speak herself
    if TRIGGER.search(text[sent.start : m.start]):
        return None if chairs_a_body(lead, lead.rfind("chaired")) else "listed"
    opening = OPENING.match(text, sent.start, m.start)
    # "Speaking for the Minister, Ms. A, the chief of staff, Mr. B, said": a later name is the stand-in.
    stand_in = opening is not None and "Speaking for" in opening.group(0) and m.end + len(after) < sent.end
    if opening and not stand_in and len(before) == m.start - sent.start and not OPENER_VERB.search(before):
        return "addressed"  # "Opening the seminar, the Deputy Secretary General, Jane Doe, reminded ..."
    for (bs, be), seg in bullets.items():
        intro = doc.segment_text(doc.segments[seg.intro]) if seg.intro is not None else ""
        if bs <= m.start < be and INTRO_SPEAK.search(intro) and m.start - bs < 40:
            return "listed"
    return None


def _person(ex: Extraction, m: Mention) -> Person:
    p = ex.person(m.name) or _by_tokens(ex, m.name)
    if p is None:
        p = Person(name=m.name)
        ex.people.append(p)
    if m.surface != p.name and m.surface not in p.aliases:
        p.aliases.append(m.surface)
    p.spans.append(Span(m.start, m.end))
    return p


def _by_tokens(ex: Extraction, name: str) -> Person | None:
    toks = set(name.replace(".", "").split())
    for p in ex.people:
        ptoks = set(p.name.replace(".", "").split())
        if len(toks & ptoks) >= 2:
            return p
    return rank_surname(ex, name)
