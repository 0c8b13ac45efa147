"""A minister "in charge of" a portfolio serves in the ministry the release names for that portfolio.

"The Minister Delegate in Charge of Lakeland Nationals Abroad, Jane Doe, opened the event" next to "the
Ministry in Charge of Lakeland Nationals Abroad": the title names the ministry's own field. Without a
country in the sentence, the generic rules give such a minister the release's one government, which may
be a donor's ("funding from the Government of X"); the ministry the title points to is the body the
annotators give. A government whose country the sentence names is kept.
"""

from __future__ import annotations

import re

from kg.extract.organisations import ensure_organisation
from kg.model import Extraction, Span

IN_CHARGE = re.compile(
    r"^(?:[A-Z][\w-]*\s+){0,2}(?:Minister|Secretary)(?:\s+[A-Z][\w-]*)?\s+in\s+[Cc]harge\s+of\s+(?:the\s+)?(?P<p>[A-Z].*)$"
)


LEADS = ("ministry in charge of ", "ministry of ", "ministry for ")


def _ministry(ex: Extraction, text: str, portfolio: str) -> str | None:
    """The ministry the release names "Ministry in Charge of <portfolio>" (or "Ministry of/for ..."): a
    known organisation, else registered from the text, which may name it before the organisation rules'
    last pass has."""
    hits = set()
    low = portfolio.casefold()
    for o in ex.organisations:
        for f in o.forms:
            lf = f.casefold()
            for lead in LEADS:
                if lf.startswith(lead) and lf[len(lead) :].removeprefix("the ") == low:
                    hits.add(o.name)
    if len(hits) == 1:
        return next(iter(hits))
    if hits:
        return None
    for lead in ("Ministry in Charge of ", "Ministry in charge of "):
        k = text.find(lead + portfolio)
        end = k + len(lead) + len(portfolio)
        if k >= 0 and not text[end : end + 1].isalnum() and text[end : end + 4] not in (" and", " of "):
            return ensure_organisation(ex, text[k:end], Span(k, end)).name
    return None


def charge_ministries(ex: Extraction, text: str) -> None:
    """Tie a minister "in charge of X" to the release's "Ministry in charge of X"."""
    for a in ex.affiliations:
        if not a.role:
            continue
        m = IN_CHARGE.match(a.role.strip())
        if m is None:
            continue
        org = ex.organisation(a.organisation) if a.organisation else None
        if org is not None and org.kind != "government":
            continue
        if org is not None and any(f in text[a.span.start : a.span.end] for f in org.forms if f != org.name):
            continue  # the sentence names the country: its government stays
        if org is not None and org.name in text[a.span.start : a.span.end]:
            continue
        name = _ministry(ex, text, m.group("p").strip(" ,"))
        if name:
            a.organisation = name
