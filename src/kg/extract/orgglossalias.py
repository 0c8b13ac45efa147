"""A body's name in another language, followed by its English gloss in brackets, is a form of that body.

Releases name a national body in its own language and gloss it once: "Peru's Ministerio de la Mujer
(Ministry of Women)", "the Direction des Affaires Sociales (Directorate of Social Affairs)". The
organisation is found under the gloss (its English head word); the foreign run before the bracket is
recorded as one of its forms, so that a role or a list that names the body by its own-language name
("hosted by the Ministério da Saúde (Ministry of Health) and X") reaches the same organisation. The
preferred name stays the one the organisation already had, so the body keeps one node across releases.
"""

from __future__ import annotations

import re

from kg.model import Document, Extraction, Organisation

# The connectors of the Romance languages (and Dutch/German) that join the words of a name.
_CONNECT = (
    r"(?:de\s+la|de\s+los|de\s+las|de|del|des|du|da|do|dos|das|di|della|der|van|y|e|et|pour|para|per|für)"
)
_WORD = r"(?:[dl][’'])?[A-Z][\w’'\-]*"
FOREIGN_BEFORE = re.compile(rf"({_WORD}(?:\s+(?:{_CONNECT}\s+)?{_WORD}){{1,8}})\s*$")
# A run counts as another language's when it holds one of its connectors or a letter English names lack.
_CONNECTOR_WORDS = frozenset("de del des du da do dos das di della der y et pour para per für".split())
_LEAD_POSSESSIVE = re.compile(r"^[A-Z][\w\-]*(?:’s|'s)\s+")


def _foreign(run: str) -> bool:
    words = run.split()
    if any(w in _CONNECTOR_WORDS for w in words) or any(w[:2] in ("l'", "l’", "d'", "d’") for w in words):
        return True
    return any(not c.isascii() for c in run if c.isalpha())


def foreign_gloss_aliases(doc: Document, ex: Extraction) -> None:
    """Add "Foreign Name" as a form of the organisation the bracket after it names (once found apart as
    an organisation of its own by its leading kind word, "Instituto ...", it is folded in)."""
    text = doc.text
    if "(" not in text:
        return
    for org in list(ex.organisations):
        if org not in ex.organisations:
            continue  # folded into another
        for form in list(org.forms):
            if " " not in form:
                continue  # an acronym in brackets defines an acronym, not a gloss
            probe = "(" + form + ")"
            at = text.find(probe)
            while at > 0:
                line_start = max(text.rfind("\n\n", 0, at), text.rfind(". ", 0, at), at - 160, 0)
                m = FOREIGN_BEFORE.search(text[line_start:at].replace("\n", " "))
                if m:
                    run = _LEAD_POSSESSIVE.sub("", m.group(1))
                    if len(run.split()) >= 2 and _foreign(run):
                        _fold(ex, org, run)
                at = text.find(probe, at + len(probe))


def _fold(ex: Extraction, org: Organisation, run: str) -> None:
    other = ex.organisation(run)
    if other is org:
        return
    if other is None:
        org.aliases.append(run)
        return
    if other.name != run or other.aliases:
        return  # a body found under a fuller name of its own: not only this run
    org.aliases.append(run)
    org.spans.extend(other.spans)
    ex.organisations.remove(other)
