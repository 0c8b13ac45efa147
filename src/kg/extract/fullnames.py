"""A speaker first recorded by a shorter form takes the full name the release gives elsewhere.

"Delegates elected Ambassador Jane Doe Smith as Chair ... Ambassador Doe Smith told member states that ...":
the speech names the person by surname(s) only, while the full name stands at a mention that is no speech.
Annotators name the person by the fullest form; the shorter form becomes an alias. Only a name whose
words end a single longer name of the release is completed (with two candidates, "Smith" after "Jane
Smith" and "John Smith", the short form cannot tell which one is meant).
"""

from __future__ import annotations

from kg.extract.persons import Mention
from kg.model import Extraction


def full_names(ex: Extraction, ms: list[Mention]) -> None:
    """Rename a speaker known by a shorter form to the one longer name of the release that it ends."""
    speakers = {s.person for s in ex.speeches}
    taken = {p.name for p in ex.people}
    for p in ex.people:
        if p.name not in speakers:
            continue
        toks = p.name.split()
        fuller = {
            m.name
            for m in ms
            if len(m.name.split()) > len(toks)
            and m.name.split()[-len(toks) :] == toks
            and m.name not in taken
        }
        if len(fuller) != 1:
            continue
        full = fuller.pop()
        old = p.name
        p.name = full
        if old not in p.aliases:
            p.aliases.append(old)
        for s in ex.speeches:
            if s.person == old:
                s.person = full
        for a in ex.affiliations:
            if a.person == old:
                a.person = full
