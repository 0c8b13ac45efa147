"""Release metadata the file did not state: headline as title, date from a dateline, publisher.

Runs last, so it can use the contacts and organisations other components found.
Nothing is guessed when the text gives no sign: a release with no contact
block and no publisher metadata keeps publisher None.
"""

from __future__ import annotations

import re

from kg.extract.organisations import canonical, known
from kg.extract.places import publication_date
from kg.extract.registry import component
from kg.model import Document, Extraction

_PAREN = re.compile(r"\(([^()\n]{2,60})\)")


@component("metadata")
def release_metadata(doc: Document, ex: Extraction) -> None:
    release = ex.release
    if not release.title:
        headlines = doc.of_kind("headline")
        if headlines:
            release.title = " ".join(doc.segment_text(headlines[0]).split())
    if not release.date:
        release.date = publication_date(doc)  # a date line or dateline with a full date
    if not release.publisher:
        # "GENEVA, December 6 (UNHCR) -": the agency filing the release
        for seg in doc.of_kind("dateline"):
            for m in _PAREN.finditer(doc.segment_text(seg)):
                form = m.group(1).strip()
                org = ex.organisation(form)
                if org is not None:
                    release.publisher = org.name
                    return
                if known(form):
                    release.publisher = canonical(form)[0]
                    return
        for contact in ex.contacts:
            if contact.organisation:
                org = ex.organisation(contact.organisation)
                release.publisher = org.name if org else contact.organisation
                break
