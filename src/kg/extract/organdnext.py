"""A run "<body> and <other body>" read as one name when the other body is one word the release names.

"operated by the Ministry of Labour and LAKEGATE", "from the Ministry of Interior and Statlake": the run
rules join capitalised words across "and" ("Ministry of Family and Social Affairs" is one name), so a body
followed by "and" and a one-word body (an acronym the release defined, a one-word name it uses elsewhere)
comes out as one name. When that last word is itself a form of another organisation found in the
release, the name ends before "and": the first body keeps its own name, or merges into the organisation
already found under it.
"""

from __future__ import annotations

from kg.model import Extraction, Span


def cut_and_known(ex: Extraction) -> None:
    """Cut "<name> and <W>" to "<name>" when W is a form of another organisation in the release."""
    for org in list(ex.organisations):
        head, sep, last = org.name.rpartition(" and ")
        if not sep or " " in last or not last[:1].isupper() or len(head.split()) < 2:
            continue
        other = ex.organisation(last)
        if other is None or other is org:
            continue
        spans = [Span(s.start, s.start + len(head)) for s in org.spans]
        same = ex.organisation(head)
        if same is not None and same is not org:
            same.spans.extend(spans)
            ex.organisations.remove(org)
            continue
        org.name = head
        org.aliases = [a for a in org.aliases if a.casefold() != head.casefold()]
        org.spans = spans
