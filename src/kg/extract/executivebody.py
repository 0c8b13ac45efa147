"""The body of a bare executive-head title: "Deputy Director General Jane Doe presented the budget".

A Director General (or a deputy or assistant one) always heads some body, and annotators never leave the
organisation empty. With no body next to the title, the release tells which one in two ways: another
speaker holds a title of the same family at a named body ("John Roe, the agency's Director General" with
"Deputy Director General Jane Doe"), or the release is about one body it names more than any other
(`affilmain.main_body_before`), whose executive the title names.
"""

from __future__ import annotations

import re

from kg.extract.affilmain import main_body_before
from kg.model import Extraction

EXECUTIVE = re.compile(r"^(?:(?:Deputy|Assistant|First Deputy)[- ])?Director[- ]General$", re.I)


def executive_bodies(ex: Extraction, text: str) -> None:
    """Give a bare "(Deputy) Director General" without an organisation its body."""
    heads = [a for a in ex.affiliations if a.role and EXECUTIVE.match(a.role)]
    bare = [a for a in heads if not a.organisation]
    if not bare:
        return
    held = {a.organisation for a in heads if a.organisation}
    for a in bare:
        if len(held) == 1:
            a.organisation = next(iter(held))
        elif not held:
            a.organisation = main_body_before(ex, text, a.span.start)
