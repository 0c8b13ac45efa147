"""Whose title is a comma phrase between two names in a run of titled speakers.

"... addressed by the Lakeco Commissioner for Trade, Dr. Ann Roe, the Minister of the Interior of Elaria,
Hon. Bo Tran, and ...": the phrase after Ann Roe ends in a comma right before the next name, so it may be
her appositive or the next speaker's leading title. When a title already leads up to her name (the text
before her opens no new item after another name and ends in a comma), the run is "title, name, title,
name": the phrase after her is the next speaker's, and her own is the one before.
"""

from __future__ import annotations

from kg.extract.affilpatterns import _drop_honorifics
from kg.extract.titlephrase import has_title


def title_leads_run(before: str, after: str) -> bool:
    """True when `before` ends "<title>, [honorific]" and `after` is a comma phrase closed just before
    the next name: the phrase after the name is the next speaker's title."""
    lead = _drop_honorifics(before).rstrip()
    if not lead.endswith(",") or before.lstrip().startswith((",", ";")) or "\n" in before:
        return False
    closed = _drop_honorifics(after).rstrip()
    if not (after.lstrip().startswith(",") and closed.endswith(",")):
        return False
    phrase = closed.strip(" ,")
    clause = lead.rstrip(",").rsplit(",", 1)[-1]
    return "," not in phrase and has_title(" ".join(phrase.split()[:4])) and has_title(clause)
