"""A body named inside a speaker's title by the short form the release gave it in brackets.

"Jane Doe, LA-FL Regional Project Manager," and "John Roe, Director for Coastal Health at DG COAST," in
a release that earlier wrote "the Lakeport Alliance against Forced Labour (LA-FL)" or "the Directorate for
Coastal Health (DG COAST)": the title carries the employer, by the short form in front of it or after
"at", and the speaker was left with no organisation whenever that short form was not kept as one of the
body's names (a hyphen or a space in it, "DG COAST"). The short form is resolved through the release's
own "<name> (<short form>)", the employer is the body so introduced and the title loses the short form.

An employer written out after "at" with its short form in brackets ("journalist at Radio Lakeport (RL)")
names a body of its own: the brackets say the writer introduces a name, so it is added when new.
Only a speaker with no organisation is touched.
"""

from __future__ import annotations

import re

from kg.extract.registry import component
from kg.extract.titledefinite import titled_speakers
from kg.extract.titleofname import title_of_names
from kg.model import Document, Extraction, Organisation, Span

# "<title> at [the] <Body> [(<ACR>)]" closing the title; a short lowercase particle of another language may
# stand inside the body's name ("Banko Sentral ng Lakeport (BSL)", "Caixa de Depósitos e Consignações").
AT_TAIL = re.compile(
    r"^(?P<title>.+?)\s+at\s+(?:the\s+)?(?P<body>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|and|de|del|"
    r"la|el|du|des|the|on|against|[a-z]{1,3}))*?)(?:\s+\((?P<acr>[A-Z][A-Za-z0-9&-]{1,12})\))?$"
)
# A short form opening the title: "UN-ACT", "LAFL", "DG COAST".
ACR_HEAD = re.compile(r"^(?P<acr>(?:DG\s+)?[A-Z][A-Z0-9&]*(?:-[A-Z0-9&]+)*)\s+(?P<title>[A-Z].*)$")


@component("speaker_acronyms")
def speaker_acronyms(doc: Document, ex: Extraction) -> None:
    """Runs after the events, whose organiser and partner lists name bodies the people pass has not seen,
    and after the quotes, which make speakers of persons a pronoun's quote points back to: those take the
    office of a definite re-mention in the next sentence too (titledefinite)."""
    acronym_titles(ex, doc.text)
    title_of_names(ex)
    titled_speakers(doc, ex)


def acronym_titles(ex: Extraction, text: str) -> None:
    """Give a speaker with no organisation the body her title names by a bracketed short form."""
    flat = ""
    for a in ex.affiliations:
        if a.organisation or not a.role:
            continue
        flat = flat or " ".join(text.split())
        m = AT_TAIL.match(a.role)
        if m:
            body, acr = m.group("body"), m.group("acr")
            org = _known(ex, flat, body) or (_known(ex, flat, acr) if acr else None)
            if org is None and acr and _plausible(body):
                from kg.extract.organisations import ensure_organisation

                at = text.find(f"({acr})") if f"{body} ({acr})" in flat else -1
                if at > len(body):
                    org = ensure_organisation(ex, body, Span(at - len(body) - 1, at - 1))
            if org is not None:
                a.role, a.organisation = m.group("title"), org.name
            continue
        m = ACR_HEAD.match(a.role)
        if m and len(m.group("acr")) >= 2 and m.group("acr").replace("-", "").replace(" ", "").isupper():
            org = _known(ex, flat, m.group("acr"))
            if org is not None and _titled(m.group("title")):
                a.role, a.organisation = m.group("title"), org.name


def _known(ex: Extraction, flat: str, surface: str | None) -> Organisation | None:
    """The release's body named `surface`, by one of its forms or by "<form> (<surface>)" in the text."""
    if not surface:
        return None
    key = surface.casefold()
    for o in ex.organisations:
        if any(f.casefold() == key for f in o.forms):
            return o
    if not any(c.isupper() for c in surface[1:]):
        return None  # a short form is written in capitals
    bracket = f" ({surface})"
    at = flat.find(bracket)
    while at >= 0:
        before = flat[max(0, at - 120) : at]
        for o in ex.organisations:
            if any(before.endswith(f) for f in o.forms):
                return o
        at = flat.find(bracket, at + 1)
    return None


def _plausible(body: str) -> bool:
    """At least two words, the last capitalised: a name, not "Lakeport" alone."""
    words = body.split()
    return len(words) >= 2 and words[-1][:1].isupper()


def _titled(title: str) -> bool:
    from kg.extract.titlephrase import has_title

    return has_title(title)
