"""A speaker whose title and organisation are stated in the sentence before, with the name opening the
next one: "The Harbour Safety Agency (HSA) sent its Deputy Director General to the conference. Jane Doe
told delegates ...", "The Bureau's role was explained by its Director. Prof. Jane Doe said ...".

The title phrase is not next to the name, so the readers of the phrase before or after a name
(`affiliation`) never see it; this pass fills in only speakers that have no role and no organisation.
"""

from __future__ import annotations

import re

from kg.extract.affilcues import form_mentions
from kg.extract.organisations import ensure_organisation
from kg.extract.orgheadless import proper_name_org
from kg.extract.orgpatterns import valid_org
from kg.extract.persons import HONORIFIC, mentions
from kg.extract.titlesplit import has_title
from kg.model import Affiliation, Document, Extraction, Span

# "... its Deputy Director General [to the conference]. [Prof.] " right before the name.
ITS_TITLE_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?P<title>[A-Z][\w\-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w\-]*){0,4})"
    r"(?:\s+(?:to|at|for)\s+(?:the|this|that)\s+[a-z][\w\s\-]{0,40})?\.\s+"
    rf"(?:{HONORIFIC}\s+)*$"
)

# "The Health and Safety Executive (HSE) sent its": a name with an organisation head word, then the verb.
SUBJECT = re.compile(
    r"(?:^|(?<=[\s.]))(?:The\s+)?(?P<org>[A-Z][\w\-]*(?:\s+(?:(?:and|of|for|on|&)\s+)?[A-Z][\w\-]*){1,7})"
    r"(?:\s*\((?P<acr>[A-Z][A-Za-z\-]{1,10})\))?\s+(?:sent|delegated|fielded|was\s+represented\s+by)\s+$"
)


def titles_from_sentence_before(doc: Document, ex: Extraction) -> None:
    """Fill in the role and organisation of speakers named first in a sentence after "X sent its <Title>"."""
    text = doc.text
    speakers = {s.person for s in ex.speeches}
    for m in mentions(doc):
        if m.name not in speakers or any(a.person == m.name for a in ex.affiliations):
            continue
        window = text[max(0, m.start - 250) : m.start]
        its = ITS_TITLE_BEFORE.search(window)
        if its is None:
            continue
        title = " ".join(its.group("title").split())
        if not has_title(title):
            continue
        at = m.start - len(window) + its.start()
        sent_start = max(text.rfind(". ", 0, at), text.rfind("\n\n", 0, at), 0)
        owners = form_mentions(ex, text, sent_start, at)
        if owners:
            org = max(owners)[1]
        else:
            subject = SUBJECT.search(text, sent_start, at)
            if subject is None:
                continue  # "The committee thanked its Chair.": no body sent the titled person
            name = subject.group("org")
            if not (valid_org(name) or proper_name_org(name) or _glossed(name, subject.group("acr"))):
                continue
            # "The Health and Safety Executive (HSE) sent its ...": the subject, not found as a name before.
            acr = subject.group("acr")
            org = ensure_organisation(ex, name, Span(subject.start("org"), subject.end("org")))
            if acr and acr not in org.forms:
                org.forms.append(acr)
            org = org.name
        ex.affiliations.append(Affiliation(m.name, title, org, Span(m.start, m.end)))


def _glossed(name: str, acr: str | None) -> bool:
    """ "Health and Safety Executive (HSE)": a capitalised name followed by the acronym of its initials."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return bool(acr) and acr.upper() == initials
