"""A body "under the Government of X" is named by the words before "under": "the State Water Service
under the Government of X" is the State Water Service, which the release then calls by that short name.

Releases from the former Soviet states write a state agency's full legal name once ("the Agency for Y
under the Cabinet of Ministers of X", "... under the Ministry of Z") and the short name afterwards. The
short name is the preferred one, so that the agency is one node whichever form a release gives, and the
long form is its alias; a separate organisation of the short name is the same body and folds into it.
"""

from __future__ import annotations

from kg.extract.orgfold import fold_into
from kg.model import Extraction

# The superior bodies a state agency is placed "under" in its legal name.
_SUPERIORS = (
    " under the Government of ",
    " under the Cabinet of Ministers",
    " under the Council of Ministers",
    " under the President of ",
    " under the Office of the President",
    " under the Prime Minister",
)
# Head nouns of a state agency's own name: the short name must still name a body.
_HEADS = frozenset(
    "Service Agency Department Committee Commission Centre Center Office Directorate Inspectorate Bureau "
    "Council Authority Administration Board Fund Institute".split()
)


def _short_name(name: str) -> str | None:
    for sup in _SUPERIORS:
        i = name.find(sup)
        if i > 0:
            short = name[:i].strip().rstrip(",")
            words = short.split()
            if len(words) >= 2 and words[0][:1].isupper() and any(w in _HEADS for w in words):
                return short
    return None


def fold_under_superior(ex: Extraction) -> None:
    """Give an agency named "X under the Government of Y" the preferred name X, its long form an alias."""
    for org in list(ex.organisations):
        if org not in ex.organisations or " under the " not in org.name:
            continue
        short = _short_name(org.name)
        if short is None:
            continue
        other = next((o for o in ex.organisations if o is not org and short in o.forms), None)
        if other is not None and other.kind in ("government", "ministry"):
            continue
        long_name = org.name
        org.name = short
        org.aliases = [a for a in org.aliases if a != short]
        if long_name not in org.aliases:
            org.aliases.insert(0, long_name)
        if other is not None:
            fold_into(ex, other, org)
