"""Organisation names in other languages, where the kind word leads the name and no English head word ends
it: "the Université Cheikh Anta Diop", "Fundación Caminos Seguros", "Instituto Nacional de Meteorologia";
and a name the text introduces by its kind in lowercase: "the association Voix des Travailleuses
Domestiques". The capitalised run after the kind word is the name, joined by the connectors of those
languages ("de", "des", "da", "für" ...), and it ends at its last capitalised word ("... Seguros in X")."""

from __future__ import annotations

import re

from kg.model import Span

_CONNECT = r"(?:de\s+la|de|del|des|du|da|do|dos|das|di|della|für|der|y|e|et|la|le|los|las|pour|para|per)"
_NAME = rf"[A-Z][\w'’\-]*(?:\s+(?:{_CONNECT}\s+)?[A-Z][\w'’\-]*){{0,5}}"
LEAD_KIND = re.compile(
    r"(?<![\w’'-])(?<![A-Z][\w’'-]\s)"
    r"((?:Université|Universidad|Universidade|Universität|Università|Fundación|Fundação|Fondation|Fondazione|"
    r"Instituto|Asociación|Associação|Federación|Confederación|Corporación)"
    rf"\s+(?:{_CONNECT}\s+)?{_NAME})"
)
KIND_THEN_NAME = re.compile(
    rf"\bthe\s+(?:association|organi[sz]ation|foundation|network|collective|cooperative)\s+({_NAME})"
)
HINT = re.compile(r"Univ|Fund|Fond|Instituto|Asocia|Associa|Federaci|Confederaci|Corporaci|the\s+[a-z]")


def foreign_names(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """(name, span) for each lead-kind or kind-introduced name in text[start:end]."""
    if not HINT.search(text, start, end):
        return []
    out: list[tuple[str, Span]] = []
    for rx in (LEAD_KIND, KIND_THEN_NAME):
        for m in rx.finditer(text, start, end):
            name = " ".join(m.group(1).split())
            if len(name.split()) >= 2:
                out.append((name, Span(m.start(1), m.end(1))))
    return out
