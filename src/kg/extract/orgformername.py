"""A body's former name is an alias of the body, not a second organisation.

"The Ministry, which was known as the Ministry of Roads and Ports until 2018, ..." and "The Department,
which until 2011 was called the Department of Lakes, Rivers and Fisheries, set up ...": releases give a
renamed body's old name once; it is one more form of the body the relative clause is about (the
release's ministry, when the antecedent is the bare "the Ministry"), not another body.
"""

from __future__ import annotations

import re

from kg.extract.barehead import bare_head_body
from kg.extract.orgfold import fold_into
from kg.model import Document, Extraction

FORMER = re.compile(
    r"(?P<ante>[A-Z][\w’'-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w’'-]*))*),\s+(?:which|that)\s+"
    r"(?:(?:until|till|before)\s+(?:\d{4}|recently)\s+)?(?:was|had\s+been)\s+(?:formerly\s+|previously\s+)?"
    r"(?:called|known\s+as|named)\s+(?:the\s+)?(?P<old>[A-Z])"
)
_CONNECT = frozenset({"of", "for", "and", "on", "the", "&"})


def _old_name(text: str, start: int) -> str:
    """The capitalised name that starts at `start` (commas inside a list of fields kept: "Department of
    Lakes, Rivers and Fisheries")."""
    words: list[str] = []
    for tok in text[start : start + 160].split():
        word = tok.rstrip(",.;:")
        if not word or not (word[:1].isupper() or word in _CONNECT):
            break
        words.append(word + ("," if tok.endswith(",") else ""))
        if tok[-1] in ".;:":
            break
    while words and (words[-1].rstrip(",") in _CONNECT or words[-1].endswith(",")):
        last = words.pop().rstrip(",")
        if last not in _CONNECT:
            words.append(last)
            break
    return " ".join(words)


def fold_former_names(doc: Document, ex: Extraction) -> None:
    text = doc.text
    if " known as " not in text and " called " not in text and " named " not in text:
        return
    for m in FORMER.finditer(text):
        ante = re.sub(r"^(?:The|the)\s+", "", m.group("ante"))
        body = ex.organisation(ante)
        if body is None and ante in ("Ministry", "Department"):
            name = bare_head_body(ex, ante, m.start())
            body = ex.organisation(name) if name else None
        old = _old_name(text, m.start("old"))
        if body is None or not old or " " not in old or old in body.forms:
            continue
        for org in list(ex.organisations):
            if org is not body and (org.name == old or old.startswith(org.name + ",")):
                fold_into(ex, org, body)
        if old not in body.forms:
            body.aliases.append(old)
