"""Sponsors and organisers of events, from the phrases releases use for them.

- "sponsored/funded/supported by LIST", "with support from LIST", "LIST-funded workshop" -> sponsor
- "organised/hosted/convened by LIST", "LIST hosted/will hold/is organising a conference",
  "IOM's conference", "an IOM workshop" -> organiser
- a project or programme the event belongs to, "funded by LIST" -> sponsor (GUIDELINES:
  "Funding through a project").
LIST is split into organisations ("the Chilean and Peruvian governments, UNDP and the
NGO Water Trust" -> four), each registered through `ensure_organisation`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from kg.extract.eventactedas import acted_as_hosts
from kg.extract.eventbodyclause import describes_body, secretariat_providers
from kg.extract.eventchairs import chair_host, chairing_bodies, elected_chairs
from kg.extract.eventcues import (
    ACTIVE_HINT,
    BY,
    CAMPAIGN_SUBJECT,
    COMPOUND,
    COMPOUND_HINT,
    EARLIER_EVENT,
    FOLD_ODD,
    FUNDED_FROM,
    MAIN_ACT,
    NAMED_AS,
    NAMED_AS_HINT,
    NAMED_AS_LIST,
    ON_BEHALF,
    OTHER_AUTHORED,
    OTHER_HEAD,
    PARTNER,
    PROJECT_FUNDED,
    PROJECT_WORDS,
    PRONOUN_SUBJECT,
    REL_ACTOR,
    TEAMED,
    THROUGH,
    UNDER_VEHICLE,
    UPPER_OR_NL,
    WITH,
    WITH_ORG_SUPPORT,
    clause_matches,
)
from kg.extract.eventfollowups import (
    FUND_PROVIDED,
    PROJECT_WHICH_FUNDED,
    another_project,
    coordinated_predicate,
    further_funders,
    other_project_subject,
    pronoun_held,
)
from kg.extract.eventfunders import (
    contributions,
    funded_through,
    kind_subject,
    programme_clause,
    programme_owner,
    support_alone,
)
from kg.extract.eventgatherers import gatherer_clause
from kg.extract.eventitems import item_funders
from kg.extract.eventlaunchers import drop_launchers_of_convened
from kg.extract.eventlaunchroles import launch_roles
from kg.extract.eventpair import and_the_two, the_two
from kg.extract.eventpartners import joint_owners, later_partners
from kg.extract.eventpresenters import presenter_hosts
from kg.extract.eventprogacronyms import acronym_funded, programme_acronyms
from kg.extract.eventrolenames import add_role, drop_owner_of_unit, short_form, through_own
from kg.extract.eventshared import shared_target
from kg.extract.eventshouted import shouted_event
from kg.extract.eventsubjects import active_roles, clause_subject, verb_role
from kg.extract.orgheadwords import HEADS
from kg.extract.orglistitem import ACRONYM, clean_org
from kg.extract.orglists import list_forms, split_list, subject_names
from kg.model import Document, Extraction, Span

if TYPE_CHECKING:
    from kg.extract.events import EventMentions

__all__ = ["find_roles", "split_list"]

WHOSE = re.compile(r"\bwhose\s+[^,;()]*$")


# "the X Program, launched last year with funding from Y": the funding clause tells how a programme began.
FOUNDED_WITH = re.compile(
    r"\b(?:Programme|Program|Project|Initiative|Facility|Fund|programme|program|project|initiative),?\s+"
    r"(?:which\s+was\s+)?(?:launched|established|created|set\s+up)\b[^,;.]{0,40}$"
)


# "built with funding from X": a facility's funder, not an event's.
BUILT_BEFORE = re.compile(r"\b(?:built|constructed|renovated|refurbished|equipped|rebuilt)\s+$")


def _head_event(before: list, flat: str) -> str:
    """The event a trailing role clause is about: the nearest mention, or the one it is part of
    ("the panel X of the 12th session of the Commission, co-hosted by ..." -> the panel)."""
    k = len(before) - 1
    while k > 0 and re.fullmatch(r"\W*\s+of\s+(?:the\s+)?", flat[before[k - 1][0].end : before[k][0].start]):
        k -= 1
    return before[k][1]


def find_roles(doc: Document, ex: Extraction, em: EventMentions) -> None:
    flat = em.flat
    mentions = [(m, ex.events[i].name) for m, i in em.mentions if not m.headline]
    starts = [m.start for m, _n in mentions]
    ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))

    def _in_sent(sent: Span) -> list:
        """The mentions that start in `sent`, in their order (a slice when they are sorted by start)."""
        if ordered:
            return mentions[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)]
        return [(m, n) for m, n in mentions if sent.start <= m.start < sent.end]

    launches, launch_spans, project_linked = launch_roles(ex, em, _in_sent)
    prog_acrs = programme_acronyms(flat) if project_linked else frozenset()  # "The RSP is funded by"
    main = min(mentions, key=lambda x: x[0].start)[1] if mentions else ex.events[0].name
    known = list_forms(ex)
    prev_mentions: list = []
    prev_subject: str | None = None  # the event a sentence without a mention was about ("The campaign is")
    openers: list[tuple[str, list[str], Span]] = []  # "IOM opened a seminar": (event, bodies, span)
    partnered: set[str] = set()  # events "co-organised with X" in a sentence without the other host
    for sent in em.sentences:
        text = flat[sent.start : sent.end]
        low = text.lower()
        odd = not text.isascii() and FOLD_ODD.search(text) is not None
        in_sent = _in_sent(sent)
        by_acr = acronym_funded(text, prog_acrs)
        if project_linked and (PROJECT_WORDS.search(low) or by_acr):
            for m in [*PROJECT_FUNDED.finditer(text), *PROJECT_WHICH_FUNDED.finditer(text), *by_acr]:
                if another_project(text, m.start()):
                    continue  # "IOM's wider programme is supported by X": not the event's project
                names = split_list(text[m.end() :], known)
                names += [n for k in further_funders(text, m.end()) for n in split_list(text[k:], known)]
                span = Span(sent.start + m.start(), sent.start + m.end())
                names += through_own(ex, text[m.end() :], names, known, span)  # "... through its agency"
                add_role(ex, main, names, "sponsor", span)
        last_event: str | None = None
        if not in_sent:
            # "The meeting was held in Vienna. It was funded by X.": a pronoun subject is the event of
            # the sentence just before.
            # The pronoun is the previous sentence's subject: its first mention ("The Roundtable, held at
            # X, was the first meeting of its kind. It was funded by Y." -> the Roundtable).
            pronoun = PRONOUN_SUBJECT.match(text) or pronoun_held(text)
            target = prev_mentions[0][1] if prev_mentions and pronoun else None
            if target is None and pronoun and not prev_mentions:
                target = prev_subject  # "The campaign is run by X. It is part of a project funded by Y."
            if target is None and not pronoun:
                target = kind_subject(text, ex.events)  # "The Congress was financed through ..."
            shouted = shouted_event(text, ex.events) if target is None and not pronoun else None
            target, anchor = shouted if shouted else (target, 0)  # "met for the ROUND TABLE ON X, held by Y"
            if target is None and launches and CAMPAIGN_SUBJECT.match(text):
                target = launches[0]  # "The campaign was made possible by ...": its launch is the event
            if target is None and prev_mentions:
                funder = support_alone(text)  # "X provided financial support." just after the event
                if funder:
                    add_role(ex, prev_mentions[0][1], [funder], "sponsor", sent, text)
            if target is not None:
                last_event = target
                for a, b, funder in funded_through(text):  # "It was financed through X."
                    add_role(ex, target, [funder], "sponsor", Span(sent.start + a, sent.start + b), text)
                taken = False
                for m in clause_matches(text, low, odd):
                    # "..., with assistance from A and financial support from B": B's phrase goes with A's.
                    joined = taken and m.group(0)[:4].lower() == "and "
                    if (
                        m.re is BY
                        and verb_role(m.group("verb")) == "organiser"
                        and describes_body(ex, flat, sent.start, sent.start + m.start(), [])
                    ):
                        continue  # "organised by the Task Force, which is chaired by the Ministry"
                    if m.start() - anchor < 160 or coordinated_predicate(text, m.start()) or joined:
                        taken = True
                        rest = ON_BEHALF.sub(", ", text[m.end() :], count=1)
                        k = secretariat_providers(rest) if verb_role(m.group("verb")) == "organiser" else None
                        names = split_list(rest[k or 0 :], known)
                        span = Span(sent.start + m.start(), sent.start + m.end())
                        if verb_role(m.group("verb")) == "sponsor":
                            names += through_own(ex, rest, names, known, span)
                        add_role(ex, last_event, names, verb_role(m.group("verb")), span, text)
            prev_mentions = []
            prev_subject = target
            continue
        prev_mentions = in_sent
        prev_subject = None
        clauses = sorted(clause_matches(text, low, odd), key=lambda m: m.start())
        shared: tuple[str, int] | None = None  # "The forum ..., and was co-organised with X": its subject
        for m in clauses:
            pos = sent.start + m.start()
            before = [(x, n) for x, n in in_sent if x.end <= pos]
            near = [b for b in before if pos - b[0].end <= 160]
            target = _head_event(before, flat) if near else last_event
            shared = shared_target(flat, sent.start, pos, in_sent, shared)
            target = shared[0] if shared else target
            if target is None and not before:
                # "With support from X, the Government hosted the dialogue": the event comes after.
                later = [(x, n) for x, n in in_sent if x.start > pos]
                target = later[0][1] if later else None
            if target is None:
                continue
            if (
                m.re is BY
                and verb_role(m.group("verb")) == "organiser"
                and describes_body(ex, flat, sent.start, pos, [x.end for x, _n in in_sent])
            ):
                continue  # "the Network, which is co-chaired by X": the clause is the network's
            if m.re is BY and OTHER_HEAD.search(flat[max(sent.start, pos - 50) : pos]):
                continue  # "presented a study funded by X": the clause is the study's, not the event's
            if m.re is WITH and BUILT_BEFORE.search(flat, max(sent.start, pos - 30), pos):
                continue  # "the transit centre, built with funding from X, was visited": the centre's funder
            if m.re is BY and EARLIER_EVENT.search(flat, max(sent.start, pos - 80), pos):
                continue  # "followed an earlier mission to X supported by Y": that mission's backer
            if (
                m.re is BY
                and " and" in flat[pos - 5 : pos]
                and OTHER_AUTHORED.search(flat[max(sent.start, pos - 200) : pos])
            ):
                continue  # "the paper, written by A and financed by X": the paper's funder
            if m.re is PARTNER and programme_clause(text, m.start()):
                continue  # "the X Programme, implemented in partnership with Y": Y runs the programme
            sponsor_by = m.re is BY and verb_role(m.group("verb")) == "sponsor"
            if sponsor_by and other_project_subject(text, m.start()):
                continue  # "the wider X Programme, not part of the conference budget, is funded by Y"
            if m.re is BY and WHOSE.search(flat, max(sent.start, pos - 80), pos):
                continue  # "the NGO X, whose research is co-funded by the EU": the clause is X's
            if ("aunched" in text or "stablished" in text or "set up" in text or "created" in text) and (
                FOUNDED_WITH.search(flat, max(sent.start, pos - 70), pos)
            ):
                continue  # "the X Program, launched last year with funding from Y": Y funded the programme
            if m.re is BY and m.group("verb").lower() == "run" and flat.endswith("to be ", sent.start, pos):
                continue  # "the centre was designed to be run by local bodies": who will run a facility
            rest = text[m.end() :]
            if verb_role(m.group("verb")) == "organiser":
                # "co-organized by UNHCR and IOM through the Inter-Agency Platform (R4V)": the body the
                # organisers act through organises too.
                rest = THROUGH.sub(", ", rest, count=1)
            elif "behalf" in rest or "under" in rest:
                rest = UNDER_VEHICLE.sub("", ON_BEHALF.sub(", ", rest, count=1), count=1)
            k = secretariat_providers(rest) if verb_role(m.group("verb")) == "organiser" else None
            if k is not None:
                rest = rest[k:]  # "convened by the X secretariat, which is provided by A and B": A and B
            names = split_list(rest, known) or the_two(ex, flat, rest, pos)  # "by the two organizations"
            if names and " and " in rest:
                names += and_the_two(ex, flat, rest, pos)  # "by UNHCR and the two governments"
            if (m.group("verb") or "").lower() == "chaired":
                # "chaired by the Bureau and IOM" names organisers; "chaired by Bro. Cruz" names a person.
                names = [n for n in names if ex.organisation(n)]
            elif (m.group("verb") or "").lower() == "co-chaired":
                # "co-chaired by the Commission and the Government of X" names bodies; "co-chaired by X's
                # Minister for A, B and C, Hon. Y" names ministers, whose portfolio is no body.
                names = [
                    n
                    for n in names
                    if ex.organisation(n) or n.split()[0] in HEADS or n.startswith("Government")
                ]
            elif m.re is PARTNER and chair_host(m.group("host")):
                names = chairing_bodies(ex, names)  # "under the chairmanship of Ms. X" names a person
            if verb_role(m.group("verb")) == "sponsor":
                names += through_own(ex, rest, names, known, Span(pos, sent.start + m.end()))
            add_role(ex, target, names, verb_role(m.group("verb")), Span(pos, sent.start + m.end()), text)
            if m.re is BY and verb_role(m.group("verb")) == "organiser":
                nxt = next((c.start() for c in clauses if c.start() > m.start()), len(text))
                k = later_partners(text, m.end(), nxt)
                if k is not None:
                    partners = split_list(text[k:], known)
                    add_role(ex, target, partners, "organiser", Span(pos, sent.start + k), text)
            partner = m.re is PARTNER and (m.group("verb") or (m.group("cohost") or "")[:3].lower() == "co-")
            if partner and not (m.group("verb") or "").lower().startswith("together"):
                # "UNFPA today launched the report at an event in Nairobi, organized in cooperation with X"
                # (or "at an event co-organised with X"): the subject that acts at the event is X's partner.
                act = MAIN_ACT.match(text)
                if act and act.end() <= m.start() and "by" not in text[act.end() : m.start()].split():
                    lead = [n for n in subject_names(clause_subject(act.group("subj"))) if ex.organisation(n)]
                    add_role(ex, target, lead, "organiser", Span(pos, sent.start + m.end()), text)
                elif act is None:
                    partnered.add(target)  # "The workshop was co-organized with X": its openers are hosts
            # "organized by the Ministry with UNICEF support": a sponsor after the list.
            for w in WITH_ORG_SUPPORT.finditer(text, m.end()):
                backer = clean_org(w.group("org"))
                if backer:
                    add_role(
                        ex, target, [backer], "sponsor", Span(sent.start + w.start(), sent.start + w.end())
                    )
            last_event = target
        for m in (
            FUNDED_FROM.finditer(text) if ("funded" in text or "financed" in text or "paid" in text) else ()
        ):
            # "is financed from the BMZ special initiative on training": the owner of the fund sponsors.
            before = [(x, n) for x, n in in_sent if x.end <= sent.start + m.start()]
            target = before[-1][1] if before else (in_sent[0][1] if in_sent else None)
            name = clean_org(m.group("org"))
            if target and name:
                name = programme_owner(name)  # "under the EU TACIS programme": the EU
                add_role(ex, target, [name], "sponsor", Span(sent.start + m.start(), sent.start + m.end()))
        for a, b, funder in funded_through(text) if in_sent else ():
            # "The forum, financed through the X Agency (XA), opened": the body the money came through.
            before = [(x, n) for x, n in in_sent if x.end <= sent.start + a]
            if before:
                add_role(ex, before[-1][1], [funder], "sponsor", Span(sent.start + a, sent.start + b), text)
        for m in FUND_PROVIDED.finditer(text) if in_sent and "provided by" in text else ():
            # "financed from the X Trust Fund for Water, provided by the Government of Y": Y sponsors.
            before = [(x, n) for x, n in in_sent if x.end <= sent.start + m.start()]
            if before:
                span = Span(sent.start + m.start(), sent.start + m.end())
                add_role(ex, before[-1][1], split_list(text[m.end() :], known), "sponsor", span, text)
        for m in REL_ACTOR.finditer(text) if ("which" in text or "that" in text) and in_sent else ():
            # "financed the summit, which the Lake Fishers Network organised": the relative clause's subject.
            ev = next((n for x, n in in_sent if 0 <= sent.start + m.start() - x.end <= 2), None)
            if ev is not None:
                span = Span(sent.start + m.start(), sent.start + m.end())
                org, verb = m.group("org") or m.group("org2"), m.group("verb") or m.group("verb2")
                add_role(ex, ev, subject_names(org), verb_role(verb), span, text)
        for m in TEAMED.finditer(text) if "with" in text else ():
            # "IOM teamed up with the Red Cross to organise the workshop": the subject organises too.
            pos = sent.start + m.end()
            if any(0 <= x.start - pos <= 40 for x, _n in in_sent):
                ev = next(n for x, n in in_sent if 0 <= x.start - pos <= 40)
                span = Span(sent.start + m.start(), pos)
                subject = text[: m.start()]
                add_role(ex, ev, subject_names(clause_subject(subject)), "organiser", span)
                add_role(ex, ev, split_list(text[m.end("with") : m.start("to")], known), "organiser", span)
        for m in NAMED_AS.finditer(text) if odd or NAMED_AS_HINT.search(low) else ():
            pos = sent.start + m.end()
            ev = next(((x, n) for x, n in in_sent if 0 <= x.start - pos <= 4), None)
            follow = NAMED_AS_LIST.match(flat, ev[0].end) if ev else None
            if follow and follow.end() <= sent.end:
                verb = m.group("verb").lower()
                role = "sponsor" if re.match(r"(?:co-)?(?:sponsor|fund|donor)", verb) else "organiser"
                names = split_list(flat[follow.end() : sent.end], known)
                add_role(ex, ev[1], names, role, Span(sent.start + m.start(), follow.end()), text)
        if "elected" in text and in_sent:
            elected_chairs(ex, flat, sent, text, in_sent, known)
        if ACTIVE_HINT.search(low):
            active_roles(ex, flat, sent, text, in_sent, known, openers)
        for m in contributions(text) if in_sent else ():
            # "The Commission announced a contribution of EUR 3 million to a regional conference"
            obj_start = sent.start + m.end()
            ev = next((n for x, n in in_sent if 0 <= x.start - obj_start <= 40), None)
            if ev is not None and not UPPER_OR_NL.search(flat, obj_start, obj_start + 4):
                names = subject_names(clause_subject(text[: m.start()]))
                add_role(ex, ev, names, "sponsor", Span(sent.start + m.start(), obj_start))
        for x, n in in_sent[:1]:
            # "IOM and INGC brought together leaders ... for a consultation on X": the gatherers organise.
            g = gatherer_clause(text, x.start - sent.start)
            if g is not None and not re.search(r"\bby\b", text[: g.start()]):
                names = subject_names(clause_subject(text[: g.start()]))
                add_role(ex, n, names, "organiser", Span(sent.start + g.start(), x.start), text)
        for m in COMPOUND.finditer(text) if COMPOUND_HINT.search(low) else ():
            pos = sent.start + m.end()
            target = [(x, n) for x, n in in_sent if x.start <= pos <= x.end + 2]
            linked = (
                re.match(r"(?:\w+\s+){0,2}(?:project|programme|program)\b", text[m.end() :])
                and project_linked
            )
            name = clean_org(m.group("org"))
            if name and (target or linked):
                add_role(
                    ex,
                    target[0][1] if target else main,
                    [name],
                    verb_role(m.group("verb")),
                    Span(sent.start + m.start(), pos),
                )
        for x, n in in_sent:
            k = joint_owners(flat[x.start : x.end]) if x.end - x.start > 12 else None
            if k is not None:
                # "A joint conference of the Council of Europe and the Agency opened": read the owners from
                # the sentence (the mention may stop short of a name's last words).
                owners = split_list(flat[x.start + k : sent.end], known)
                add_role(ex, n, owners, "organiser", Span(x.start, x.end))
            if x.possessor and x.kind not in ("council", "assembly", "session", "dialogue"):
                name = clean_org(x.possessor)
                if name and not ACRONYM.match(name):
                    name = short_form(ex, name, flat[max(0, x.start - 120) : x.start])
                if name:
                    add_role(ex, n, [name], "organiser", Span(x.start, x.end))
            for acr in x.modifier_orgs:
                add_role(ex, n, [acr], "organiser", Span(x.start, x.end))
    for event, names, span in openers:
        if event in partnered or not any(r.event == event and r.role == "organiser" for r in ex.event_roles):
            add_role(ex, event, names, "organiser", span)
    presenter_hosts(ex, em, _in_sent, known)  # "IOM today presented the study at a round table"
    for sent in em.sentences:
        text = flat[sent.start : sent.end]
        if " as " in text:  # "B acted as local host"
            events = [n for _x, n in _in_sent(sent)] or [main]
            acted_as_hosts(ex, text, sent, events, clause_subject, subject_names, add_role)
    item_funders(ex, flat, em.sentences, known)  # "The kits were funded by X"
    drop_owner_of_unit(ex, {(x.start, x.end) for x, _n in mentions})
    if launch_spans:
        drop_launchers_of_convened(ex, flat, launch_spans)
