"""A body's short name written in front of a title: "the Commonwealth Deputy Secretary-General, Mr X" in a
release about "the Commonwealth Secretariat" (or one whose name ends so: "the Forum Secretary General" and
"the Lakeland Islands Forum Secretariat"). The title phrase held the short name and no organisation;
the body whose name is that short name plus its secretariat or commission is the speaker's organisation.
"""

from __future__ import annotations

from kg.model import Extraction

HEADS = ("Secretariat", "Commission")


def prefixed_body(ex: Extraction, role: str) -> tuple[str, str] | None:
    """(title, organisation) when `role` starts with one to three capitalised words that, followed by
    "Secretariat"/"Commission", name an organisation of the release, and a title follows them."""
    from kg.extract.titlesplit import has_title

    words = role.split()
    for k in range(1, min(4, len(words))):
        prefix, rest = words[:k], words[k:]
        if not all(w[:1].isupper() for w in prefix) or has_title(prefix[-1]) or not has_title(rest[0]):
            continue
        wanted = {f"{' '.join(prefix)} {h}".casefold() for h in HEADS}
        hit = next((o for o in ex.organisations if any(f.casefold() in wanted for f in o.forms)), None)
        if hit is None:
            # "the Forum Secretary General" in a release about "the Lakeland Islands Forum Secretariat": the
            # short name ends the one body's name.
            tails = [
                o
                for o in ex.organisations
                if any(f.casefold().endswith(tuple(" " + w for w in wanted)) for f in o.forms)
            ]
            hit = tails[0] if len(tails) == 1 else None
        if hit is not None:
            return " ".join(rest), hit.name
    return None
