"""Release metadata the file did not state: headline as title, publisher from the release itself.

Runs last, so it can use the contacts and organisations other components found.
Nothing is guessed when the text gives no sign: a release with no contact
block and no publisher metadata keeps publisher None.
"""

from __future__ import annotations

from kg.extract.registry import component
from kg.model import Document, Extraction


@component("metadata")
def release_metadata(doc: Document, ex: Extraction) -> None:
    release = ex.release
    if not release.title:
        headlines = doc.of_kind("headline")
        if headlines:
            release.title = " ".join(doc.segment_text(headlines[0]).split())
    if not release.publisher:
        for contact in ex.contacts:
            if contact.organisation:
                org = ex.organisation(contact.organisation)
                release.publisher = org.name if org else contact.organisation
                break
