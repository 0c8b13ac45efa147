"""A speaker's role and organisation, from the title phrase before the name or the appositive after it.

"IOM's Deputy Director General, Ndioro Ndiaye", "UN Deputy Secretary General Asha-Rose Migiro",
"Name, Minister of the Interior, Austria", "Name, Secretary General of the CoE", "Name of the World Bank".
The organisation is registered through `ensure_organisation`; the role is the title without it.
Splitting a title phrase into role and organisation lives in `titlesplit`; the organisation from the text
around the mention, when the phrase names none, in `affilcontext`.
"""

from __future__ import annotations

from kg.extract.affilcontext import context_org
from kg.extract.affilcues import (
    ACRONYM_ONLY,
    DASH_ACRONYM,
    DEPT_UNIT,
    INNER_CAP,
    LEAD_HONORIFIC,
    LOWER_TITLE_AFTER,
    NAME_GLOSS,
    appositive_parts,
    calling_affiliation,
    form_mentions,
    last_resort,
)
from kg.extract.affilgloss import drop_age, glossed_owner, pair_owner, unit_acronym
from kg.extract.affillines import own_line_before
from kg.extract.affilparent import without_parent
from kg.extract.affilpatterns import (
    _RX2,
    _RX3,
    _RX7,
    _RX8,
    _RX9,
    _RX10,
    _RX12,
    _RX13,
    _RX15,
    _RX16,
    _RX17,
    _RX19,
    _RX20,
    _RX22,
    _RX23,
    _RX28,
    _RX29,
    _RX32,
    _RX33,
    _RX34,
    _RX35,
    A_ORG_NOUN,
    BASED_IN,
    BASED_LEAD,
    COLON_QUOTE,
    CUT_AFTER,
    HEAD_NOUN,
    KIND_POSS,
    LOWER_COMPLEMENT,
    OF_AFTER,
    ONE_OF,
    PAREN_END,
    PLACE_TAIL,
    POSS_OWNER_LEAD,
    QUOTE_VERB_LEAD,
    SPEAKING_FOR,
    SPLIT_BEFORE,
    SPLIT_NO_COMMA,
    WHO_HEADS,
    WHO_IS,
    _drop_honorifics,
    without_compass,
)
from kg.extract.affiltitles import (
    LOCAL_HEAD,
    NATIONAL_BODY,
    WRAPPED_HONORIFIC,
    behalf_owner,
    cut_possessive,
    first_of_two_titles,
    paired_calling,
)
from kg.extract.affilunits import (
    COMMON_POSS,
    MEDIA_NAME,
    coordinated_tail,
    longer_known,
    unit_part,
    without_country_owner,
)
from kg.extract.anaphoricbody import bare_owner_unit
from kg.extract.companyforms import suffixed_company
from kg.extract.delegationgov import delegation_government
from kg.extract.govtitles import BARE_MINISTER, government_side
from kg.extract.leadcalling import calling_title_before
from kg.extract.membergroup import bracket_group, drop_member_state, drop_postnominal
from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orgnames import country_code
from kg.extract.orgunits import acronym_owner
from kg.extract.persons import INITIAL_DOT, Mention
from kg.extract.titleat import title_at_lead
from kg.extract.titlecomplement import complement_title
from kg.extract.titlegloss import title_before_gloss
from kg.extract.titlekind import kind_named_body
from kg.extract.titlephrase import has_title, title_tail
from kg.extract.titleportfolio import portfolio_body
from kg.extract.titleservice import regional_commission, topic_service
from kg.extract.titlesplit import LEADING_THE, PAREN_ACRONYM, one_word_org, resolves, split_org_role
from kg.extract.titlestart import starts_like_title
from kg.extract.whoclause import who_clause_after_title, who_clause_body
from kg.extract.whoworks import works_with_body
from kg.model import Extraction, Span


def affiliation(
    ex: Extraction, text: str, m: Mention, before: str, after: str, runs_into_name: bool = False
) -> tuple[str | None, str | None]:
    """(role, organisation) for mention m; `runs_into_name` means `after` stops at the next person's name,
    so an unclosed appositive there ("..., Greek Deputy Minister X") is that person's title."""
    if runs_into_name and after.endswith("("):
        # "..., Heat Officer of the City of Lakeport (Comune di Lakeport)": the bracketed "name" glosses ours.
        after, runs_into_name = after[:-1].rstrip(), False
    bare = _drop_honorifics(after) if runs_into_name else ""
    if bare.rstrip().endswith((";", ",")):
        after = bare  # "...; Dr " before the next name: the honorific is that name's
    if runs_into_name and not _RX22.search(after):
        # "A (Permanent Secretary, Ministry of X) and Commissioner B": the bracket is A's whole appositive.
        closed = _RX2.match(after)
        after = closed.group(0) if closed else _RX7.sub("", after)
    if after[:2] == ", ":
        after = drop_age(after)  # "Amy Tran, 15, a member of the X Club": the age is no role
    if "one of" in after:
        # "Jane Doe, one of the course trainers from the X Society, explained": the body she belongs to.
        after = ONE_OF.sub(r"\1", after, count=1)
    if ":" in after:
        # 'Jane Doe, Director of X: "We will ..."': the appositive ends where the quote opens.
        after = COLON_QUOTE.split(after, maxsplit=1)[0]
    after = drop_member_state(drop_postnominal(after))
    worker_body = works_with_body(ex, after)
    if worker_body:  # "X, a survivor who now works with the Y Network": her group, no office
        return None, ensure_organisation(ex, worker_body, Span(m.start, m.end)).name
    role, org = None, None
    called = calling_affiliation(ex, after, m)
    if called and called[1] is None:
        # "an agricultural economist who leads the research team at Oxfam": the clause names the employer.
        owner = who_clause_after_title(ex, after)
        return called[0], ensure_organisation(ex, owner, Span(m.start, m.end)).name if owner else None
    if called is None and ", " in after[:3]:
        paired = paired_calling(ex, after)  # "lead author of the study and economist at the X Forum (XF)"
        if paired:
            return paired[0], ensure_organisation(ex, paired[1], Span(m.start, m.end)).name
    if called:
        lead = calling_title_before(before)  # "Course instructor Dr. X, a document examiner with Y"
        return (lead, called[1]) if lead else called
    # "Jane Doe, who is the Executive Director of X," / "who was recently appointed Director of X": the
    # relative clause is an appositive.
    who_is = WHO_IS.match(after)
    if who_is:
        after = ", " + after[who_is.end() :]
    # Appositive after the name.
    paren = _RX2.match(after)
    if paren:  # "Jane Doe (UNHCR) said" / "Jane Doe (Director, UNHCR)"
        after = ", " + paren.group(1) + "," + after[paren.end() :]
    # "manager at Acme Pvt. Ltd., which ...", "Chief of Mission a.i., some ...": an abbreviation's full stop
    # does not end the appositive.
    masked = INITIAL_DOT.sub("\\1\0", after).replace("a.i.,", "a\0i\0,") if "." in after else after
    app = _RX3.sub("", CUT_AFTER.sub("", masked.replace("\n", " ")).rstrip(" ,")).replace("\0", ".")
    app = NAME_GLOSS.sub("", app)  # "Heat Officer of the City of Lakeport (Comune di Lakeport)"
    app = BASED_IN.sub("", app) if "-based " in app else app  # "director of Lakeport-based Acme Ltd"
    app_m = _RX8.match(app) or _RX9.match(app)
    if app_m and app_m.lastindex == 2:
        tail = _RX10.sub("", app_m.group(2))
        tail = PAREN_ACRONYM.sub("", tail)
        short = _RX23.split(tail)[0]
        acr = _RX12.search(app_m.group(2))  # "the High Commissioner (UNHCR)"
        # "of Al-Ghad newspaper": the name before a lowercase kind.
        named = _RX13.sub("", short)
        glossed = PAREN_END.sub("", tail)  # "of the Trade Union Confederation Asia Pacific (ITUC-AP)"
        owner = POSS_OWNER_LEAD.match(tail)  # "of the Acme Coast Guard's First District": the unit's owner
        cands = (tail, short, acr.group(1) if acr else "", named, glossed, owner.group(1) if owner else "")
        cands += (unit_acronym(tail),)  # "of the ABC Country Support Team": the unit's body
        org = next((c for c in cands if c and resolves(ex, c)), None)
        if org is None and MEDIA_NAME.match(short):
            org = short  # "the journalist Jane Doe of Radio Lakeport"
        if org is None and ACRONYM_ONLY.fullmatch(short) and not country_code(short):
            # "John Roe of ABC", "Jan Roe of XYZ": an acronym after "of" is an organisation, the
            # release's one whose words it abbreviates if there is one.
            org = acronym_owner(ex, short) or short
        later = LOWER_TITLE_AFTER.match(tail[len(short) :])
        if org and later and has_title(later.group(1)):
            role = later.group(1)  # "X of the Police Force, deputy commander in Y Division, said"
    elif app_m and not starts_like_title(app_m.group(1)):
        pass  # ", launched the report ...": a clause, not an appositive
    elif app_m:
        parts = appositive_parts(app_m.group(1), _RX34)
        role_parts: list[str] = []
        tentative = False
        for part in parts:
            plain = A_ORG_NOUN.match(part)
            if plain and org is None and not role_parts and resolves(ex, plain.group(1)):
                org, tentative = plain.group(1), False  # "Jane Doe, an ILO statistician,"
                role_parts.append(plain.group(2))
                continue
            bare = _RX32.sub("", part)
            bare = DASH_ACRONYM.sub(
                "", PAREN_ACRONYM.sub("", bare)
            )  # "Japanese Trade Union Confederation - RENGO"
            dept = org is not None and DEPT_UNIT.search(org) is not None
            if (
                role_parts
                and (PLACE_TAIL.search(role_parts[-1]) or LOCAL_HEAD.match(role_parts[-1]))
                and (country_code(bare))
            ):
                continue  # "Consul General in Tapachula, Mexico", "Mayor of X, Peru": the place's country
            if tentative and org and NATIONAL_BODY.match(org) and country_code(bare):
                continue  # "Director of the Department of Fisheries, Ghana": the country's own department
            if (org is None or tentative or dept) and not has_title(bare) and resolves(ex, bare):
                if dept:
                    role_parts.append(org)  # "Director, International Department, <organisation>"
                org, tentative = bare, False
                continue
            if org is not None:
                if part is parts[-1] and coordinated_tail(org, bare):
                    org = f"{org}, {bare}"  # "Chairman of the Committee for Youth, Sports and Tourism"
                    continue
                if tentative:
                    continue
                break
            if role_parts and part is parts[-1] and INNER_CAP.fullmatch(bare) and one_word_org(bare):
                org = bare  # "Senior Research Fellow, LIRNEasia": a one-word coined name ends the chain
                continue
            if role_parts and org is None and unit_part(ex, bare):
                org = bare  # "Senior Specialist, ILO Decent Work Support Team": the unit is the body
                continue
            r, o = split_org_role(ex, bare)
            if o:
                org, tentative = o, True
                if r:
                    role_parts.append(r)
                continue
            role_parts.append(part)
        glossed_by = glossed_owner(role_parts) if org is None else None
        if glossed_by:  # "Director of Casa Nueva, a shelter in Lakeport": the gloss names no title
            role_parts = [glossed_by[0]]
            org = ensure_organisation(ex, glossed_by[1], Span(m.start, m.end)).name
        role = ", ".join(role_parts) or None
        if role and not has_title(role) and org is None:
            role = None
    # Title phrase before the name. "Panellists were A, Head of X at Y, Ms. B of the Z": a phrase that opens
    # right after the previous name is that name's appositive when B's own "of the Z" follows her.
    if role is None and not (org and before.lstrip().startswith((",", ";")) and OF_AFTER.match(after)):
        if "\n" in before and not WRAPPED_HONORIFIC.search(before):
            # (A line that ends in the name's own honorific, "..., Mr.\nJohn Roe", is wrapped prose.)
            before = own_line_before(before)  # "A Roe, Assistant Minister\nProf. B Doe, University of X"
        before = without_compass(PAREN_ACRONYM.sub("", before.replace("\n", " ")))
        before = _drop_honorifics(before)
        # "The Minister of State for Water (Rural Supply), Hon. X": a gloss closing the title.
        before = PAREN_END.sub("", before)
        # "The Permanent Representative of X to the UN, Ambassador Jane Doe": the full title is the phrase
        # before the honorific.
        amb = _RX15.search(before)
        lead = SPLIT_NO_COMMA.split(before[: amb.start()])[-1] if amb else ""
        # "Receiving the delegation, the Chief of the Border Guard, Major General X": after an opening
        # clause, the title is the part after its comma.
        clause = LEADING_THE.sub("", QUOTE_VERB_LEAD.sub("", lead.split(",")[-1].strip()))
        # "X's Drug Control Agency Director, General Jane Doe": a title that ends the phrase before the rank.
        ends_titled = bool(lead.split()) and has_title(lead.split()[-1])
        # ", and the Permanent Representative of X, Ambassador Y": a list's joining word opens no title.
        core = _RX17.sub("", lead.strip(" ,;"))
        titled = has_title(" ".join(core.split()[:3])) or has_title(" ".join(clause.split()[:2]))
        if amb and (titled or ends_titled):
            before = before[: amb.start()] + ", "
        # "A, Secretary of X, and Dr. B": after a list conjunction the title before is A's, not B's.
        listed = _RX16.search(before)
        chunk = "" if listed else SPLIT_BEFORE.split(before.rstrip(" ,"))[-1].strip()
        if not listed and chunk.startswith("the ") and not has_title(chunk):
            # "The President of GRETA, the Council of Europe's Group of Experts ..., Jane Doe"
            glossed = title_before_gloss(before, lambda b: resolves(ex, b))
            if glossed:
                chunk, org = glossed[0], org or glossed[1]
        if not has_title(chunk) and not listed:
            # The title may hold commas ("Minister of Foreign Affairs, Education and Sports of X"): cut at
            # clause words only, then keep the capitalised tail.
            chunk = SPLIT_NO_COMMA.split(before.rstrip(" ,"))[-1].strip()
        # "Speaking for IOM, the Regional Director for A, B and C, Dr. X": the lead clause is no title, but
        # names the body ("Speaking for IOM, Regional Representative Ms. X" too).
        lead_for = SPEAKING_FOR.match(chunk) or SPEAKING_FOR.match(before.lstrip())
        # "Speaking on behalf of IOM Somalia's Chief of Mission, Programme Manager X": the title's owner.
        lead_org = lead_for and behalf_owner(lead_for.group(1), lambda o: resolves(ex, o))
        lead_for = lead_for if lead_org else None
        if lead_for and chunk.startswith(lead_for.group(0)):
            chunk = chunk[lead_for.end() :]
        chunk = _RX17.sub("", chunk)
        chunk = LEADING_THE.sub("", chunk)
        chunk = _RX28.sub("", chunk).strip()
        lower_tail, whole = LOWER_COMPLEMENT.search(chunk), chunk
        kind_poss = KIND_POSS.match(chunk)
        if kind_poss and has_title(kind_poss.group(1)) and len(chunk.split()) <= 20:
            role, chunk, lower_tail = chunk[kind_poss.start(1) :], "", None  # owner resolved below, by kind
        else:
            chunk = title_tail(chunk)
        if not has_title(chunk) and lower_tail and has_title(lower_tail.group(1)):
            chunk = lower_tail.group(0)  # "the UN Special Rapporteur on trafficking in persons, Jane Doe"
        if not has_title(chunk) and before.rstrip().endswith(","):
            chunk = complement_title(whole) or chunk  # "The Governor of the Northern region, Mr. X"
        if chunk and has_title(chunk) and len(chunk.split()) <= 20:
            role, pre_org = split_org_role(ex, chunk)
            if org is None and pre_org is None and lead_for:
                pre_org = lead_org
            org = org or pre_org
            if role:
                # "the host country's Minister of Health": the owner is no part of the title
                role = COMMON_POSS.sub("", PLACE_TAIL.sub("", role))
            lead_at = title_at_lead(whole, chunk) if org and (role is None or role in org) else None
            if lead_at and has_title(lead_at):
                role = lead_at  # "First Secretary at the Lakeland High Commission, Ms. X"
    if role is not None and org is None and not app_m:
        org = who_clause_body(ex, after)  # "Governor X, who chairs the Committee of the Council of Y"
    elif role is not None and org is None:
        org = who_clause_after_title(ex, after)  # "X, the Coordinator, who heads the unit of the Ministry"
    if role is None and org is None:
        who = WHO_HEADS.match(after.replace("\n", " "))
        verb = who.group(1) if who else ""
        # "who represented the Government of Ghana", "who works for Oxfam": an organisation, no title.
        # "who coordinates X", "who manages X": no title either.
        noun = HEAD_NOUN.get(verb)
        # "who coordinates ABC+ in Lakeport", "who represented the Lakeland Water Commission (LWC)"
        obj = PLACE_TAIL.sub("", PAREN_ACRONYM.sub("", who.group(2)).strip()) if who else ""
        if who and resolves(ex, who.group(2)):  # "Jane Doe, who heads UNHCR's office in Kabul, said"
            role, org = noun, who.group(2)
        elif who and obj != who.group(2) and resolves(ex, obj):
            role, org = noun, obj
        elif who:
            # "who leads the migration programme at the Danish Red Cross", "who directs the Migration Policy
            # Institute's international program", "who heads the ACME energy programme": the owner after
            # "at", before "'s", or an acronym before a lowercase unit.
            owner = _RX33.split(who.group(2), maxsplit=1)[1:]
            owner = owner or [p.group(1) for p in [_RX35.match(who.group(2))] if p]
            # "a shelter of the X Trust in Lakeport", "on behalf of the Head of Elaria's Authority (EA)"
            owner = [
                without_country_owner(PLACE_TAIL.sub("", PAREN_ACRONYM.sub("", o).strip())) for o in owner
            ]
            if owner and (resolves(ex, owner[0]) or proper_name_org(owner[0])):
                role, org = noun, owner[0]
            elif kind := kind_named_body("head of the " + who.group(2).strip()):
                org = kind[1]  # "who chairs the local women's association Tadamakat": the body, no title
    if role is None and org is None and runs_into_name and after.strip() == "and":
        org = pair_owner(ex, text, m.end)  # "written by A and B of the X Centre": the pair's body
    role, org = context_org(ex, text, m, before, after, role, org)
    first = first_of_two_titles(role)
    if first:  # "Minister of X and Chair of the Y Board": the office held, and that office's body
        role, org = first, split_org_role(ex, first)[1]
    if org is None and role and BARE_MINISTER.match(_RX29.sub("", role.strip(" ,;"))):
        # "organized by ... Senegal's Ministry of Agriculture. Speaking at the workshop, the Minister, X":
        # a bare "the Minister" heads the ministry named just before.
        near = [(e, n) for e, n in form_mentions(ex, text, m.start - 400, m.start) if "Ministry" in n]
        if near:
            org = max(near)[1]
    group = bracket_group(paren.group(1)) if paren and org is None and role else None
    if group and not country_code(group):
        org = acronym_owner(ex, group) or group  # "Co-rapporteur Jane Doe (LGP) warned": the member's group
    if org is None and role:
        led = delegation_government(before, role)  # "The Lakeland delegation was led by Minister X"
        if led:
            return _RX29.sub("", role.strip(" ,;")), ensure_organisation(ex, led, Span(m.start, m.end)).name
        body = portfolio_body(ex, role)  # "Secretary for Home Affairs" -> "Ministry of Home Affairs"
        body = body or topic_service(ex, role)  # "Director of Immigration" -> "X Immigration Service"
        body = body or regional_commission(ex, role)  # "Commissioner for Trade" -> "European Commission"
        if body is not None:
            return _RX29.sub("", role.strip(" ,;")), body.name
        side = government_side(ex, role)
        if side is not None:
            return _RX29.sub("", role.strip(" ,;")), side.name
    if role is None and org is None:
        role, org = last_resort(_drop_honorifics(before), paren.group(1) if paren else None)
    role, org = bare_owner_unit(ex, text, m.start, role, org) or (role, org)
    if org and ("'s " in org or "’s " in org):
        org = cut_possessive(ex, org, after)  # "the Bank's Water, Land and Food Practice" cut at its comma
    if org:
        # "the Lakeport-based Mothers' Light Centre": where a body is based is no part of its name, and a
        # name the release already holds whole is not split at its possessive again.
        org = BASED_LEAD.sub("", org)
        org = without_country_owner(org)  # "Elara's Drug Control Agency": the country is no part of it
        org = without_parent(org)  # "the Department for Migration under the Government of X"
        known_org = ex.organisation(org) or longer_known(ex, org, before) or suffixed_company(ex, org)
        org = known_org.name if known_org else ensure_organisation(ex, org, Span(m.start, m.end)).name
    if role:
        role = _RX19.sub("", role.strip(" ,;"))
        # "Yesterday director general X said": a time word that starts the sentence is no part of the title.
        role = _RX20.sub("", role)
        role = LEAD_HONORIFIC.sub("", role)  # "H.E. Governor X": the honorific is no part of the title
    return role or None, org
