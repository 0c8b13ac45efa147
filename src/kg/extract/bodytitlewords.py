"""Title words a body's name swallowed: "said Ministry of Water Deputy Permanent Secretary Jane Doe".

A body written in front of a title, with no article or comma between them, runs on into the title's
opening words when the finder bounds the name at the title's head only ("Ministry of Water Deputy
Permanent" and the role "Secretary"). Words that only open a title (Deputy, Permanent, Assistant ...)
end no body's name; when the speaker's organisation ends in such words and the rest is a body the
release knows, the words go back to the role and the known body is the organisation; the run-on
form, when nothing else names it, is no body of the release.
"""

from __future__ import annotations

from kg.model import Extraction

# Words that qualify a title's head and never close a body's name ("Executive", "General" may: a
# "Health and Safety Executive", an "Auditor General").
TITLE_OPENERS = frozenset(
    ("Deputy", "Permanent", "Assistant", "Senior", "Chief", "Principal", "Acting", "Vice", "Under",
     "Additional", "Associate", "Joint")
)  # fmt: skip


def title_words_after_body(ex: Extraction) -> None:
    """Move title-opening words that close a speaker's organisation back to the role, when the words
    before them name a body the release already knows."""
    overrun: set[str] = set()
    for a in ex.affiliations:
        if not a.organisation or not a.role or not a.role[:1].isupper():
            continue
        words = a.organisation.split()
        k = len(words)
        while k > 1 and words[k - 1] in TITLE_OPENERS:
            k -= 1
        if k == len(words) or k < 2:
            continue
        body = ex.organisation(" ".join(words[:k]))
        if body is None:
            continue
        overrun.add(a.organisation)
        a.role = " ".join(words[k:]) + " " + a.role
        a.organisation = body.name
    if overrun:
        _drop_unused(ex, overrun)


def _drop_unused(ex: Extraction, names: set[str]) -> None:
    """Drop the run-on bodies no affiliation, event role, call or contact still names."""
    used = {a.organisation for a in ex.affiliations}
    used |= {r.organisation for r in ex.event_roles}
    used |= {r.by for r in ex.recommendations}
    used |= {c.organisation for c in ex.contacts}
    ex.organisations = [o for o in ex.organisations if o.name not in names or o.name in used]
