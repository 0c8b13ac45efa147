"""Clean-ups of speakers' organisations once every speaker of a release is read.

A speaker's organisation is first read from the phrase around the name; some readings only
show themselves wrong against the whole release (a region or a nationality taken for an
employer, a ministry named by a minister's portfolio, a comma inside an organisation's name),
so they are corrected here, after `people` has seen every speaker.
"""

from __future__ import annotations

import re

from kg.extract.affilunits import coordinated_tail
from kg.extract.ministerportfolio import minister_portfolio
from kg.extract.orgnames import gaz_lookup
from kg.extract.personwords import PROFESSIONS
from kg.model import Extraction

SPACES = re.compile(r"\s+")


BODY_END = re.compile(
    r"\b(?:Department|Directorate|Division|Office|Agency|Authority|Bureau|Secretariat|Service)$"
)
THE_BEFORE_ORG = re.compile(r"\bthe\s+$")


def portfolio_titles(ex: Extraction, text: str) -> None:
    """ "The Director of Public Prosecutions, Jane Doe": the portfolio is part of the title, not an
    organisation."""
    for a in ex.affiliations:
        org = ex.organisation(a.organisation) if a.organisation else None
        if org is None or org.kind != "organisation" or not a.role or not portfolio_words(org.name):
            continue
        if any(f.isupper() for f in org.aliases) or gaz_lookup(org.name):
            continue
        m = re.search(rf"{re.escape(a.role)}\s+(?:of|for)\s+(?:the\s+)?{re.escape(org.name)}", text)
        if not m:
            continue
        lead = m.group(0)[: len(m.group(0)) - len(org.name)]
        if BODY_END.search(org.name) and THE_BEFORE_ORG.search(lead):
            continue  # "Coordinator of X of the Provincial Health Department": a body, not a portfolio
        if a.role[:1].islower() and THE_BEFORE_ORG.search(lead):
            continue  # "chair of the Lakeport Councils Association": a lowercase calling serves a body
        a.role, a.organisation = SPACES.sub(" ", m.group(0)), None
        if not any(b.organisation == org.name for b in ex.affiliations):
            ex.organisations.remove(org)


def no_regions(ex: Extraction) -> None:
    """ "programme lead at Western Balkans": a region read as a speaker's organisation is none."""
    from kg.extract.orgsplits import _region

    regions = {o.name for o in ex.organisations if o.kind == "organisation" and _region(o.name)}
    if not regions:
        return
    ex.organisations[:] = [o for o in ex.organisations if o.name not in regions]
    for a in ex.affiliations:
        if a.organisation in regions:
            a.organisation = None


def nationality_is_no_employer(ex: Extraction) -> None:
    """ "John Roe, a Kenyan lawyer, said": a demonym before a calling is a nationality, not the
    government he works for; a government named only there is no organisation of the release."""
    for a in ex.affiliations:
        org = ex.organisation(a.organisation) if a.organisation else None
        if org is None or org.kind != "government" or not a.role:
            continue
        if a.role.split()[-1].lower() not in PROFESSIONS or a.role != a.role.lower():
            continue
        a.organisation = None
        others = [sp for sp in org.spans if not (a.span and a.span.start <= sp.start < a.span.end)]
        if (
            not others
            and not any(r.organisation == org.name for r in ex.event_roles)
            and not any(b.organisation == org.name for b in ex.affiliations)
        ):
            ex.organisations.remove(org)


PAREN_ACRONYM_END = re.compile(r"\s*\([A-Z][A-Za-z-]{1,10}\)$")
# The words between a title and the organisation it ends in; a place's possessive ("of Moravia's") is the
# country the organisation belongs to, no part of the title.
HEAD_CUT = re.compile(r"(?:\s+(?:of|at|in|with|for|from)(?:\s+the)?(?:\s+[A-Z][\w-]+(?:'s|’s))?|\s*,)\s*$")


def comma_named_orgs(ex: Extraction) -> None:
    """ "Secretary of the Ministry of Environment, Forest and Climate Change", "Permanent Secretary in the
    Ministry of Community Development": a title read whole, with no organisation, that ends in a known
    organisation's name after a preposition or comma is the title and that organisation."""
    forms = sorted(
        ((f, o.name) for o in ex.organisations for f in o.forms if " " in f), key=lambda x: -len(x[0])
    )
    if not forms:
        return
    for a in ex.affiliations:
        cur = ex.organisation(a.organisation) if a.organisation else None
        # A government guessed from a bare government title yields to the ministry the title names.
        if (a.organisation is not None and (cur is None or cur.kind != "government")) or not a.role:
            continue
        # "... of Moravia's Bureau of Water, Sanitation and Hygiene (BWSH)": the acronym glosses the name.
        role = PAREN_ACRONYM_END.sub("", a.role)
        for form, name in forms:
            if not role.endswith(form):
                continue
            head = role[: -len(form)]
            cut = HEAD_CUT.search(head)
            if not cut or not head[: cut.start()].strip(" ,"):
                continue
            if minister_portfolio(head[: cut.start()], form, "the" in cut.group(0)):
                break  # "Vice-Minister of Land Administration": the field, though registered as a body
            if cut.group(0).strip() == "," and coordinated_tail(head[: cut.start()], form):
                # "Vice Minister of Fisheries, Rural Roads and Cooperatives": the tail after the comma
                # continues the title's own portfolio list, whatever the release made of it elsewhere.
                break
            a.role, a.organisation = head[: cut.start()].strip(" ,"), name
            break


ABSTRACT_END = ("ion", "ions", "ment", "ments", "ship", "ance", "ence", "ing", "ity", "ies")


def portfolio_words(name: str) -> bool:
    """ "Director of Public Prosecutions", "Head of Human Resources": a portfolio of a title, no name."""
    from kg.extract.orgheadless import DEPT_WORDS
    from kg.extract.personwords import STOP, TOPIC_WORDS

    return all(
        w in TOPIC_WORDS or w in DEPT_WORDS or w in STOP or w.endswith(ABSTRACT_END) for w in name.split()
    )


def statisticians(ex: Extraction) -> None:
    """ "the Government Statistician, Prof. Jane Doe", "Assistant National Statistician Jane Doe": a
    statistician's title with no organisation belongs to the statistics office the release is about, the
    most mentioned organisation named for statistics."""
    offices = [o for o in ex.organisations if "Statistic" in o.name and o.kind != "government"]
    if not offices:
        return
    top = max(offices, key=lambda o: len(o.spans))
    if sum(len(o.spans) == len(top.spans) for o in offices) > 1:
        return  # two offices named as often: no telling which
    for a in ex.affiliations:
        if a.organisation is None and a.role and "Statistician" in a.role:
            a.organisation = top.name


# "A representative of the Chairmanship, Mr. X": an indefinite article before a plain noun marks no title.
UNNAMED_ROLE = re.compile(r"^(?:a|an)\s+(?:representative|delegate|member|official)$", re.I)


def indefinite_roles(ex: Extraction) -> None:
    """Drop a role that is only "a representative" (or delegate, member, official): no title of office."""
    for a in ex.affiliations:
        if a.role and UNNAMED_ROLE.match(a.role):
            a.role = None
