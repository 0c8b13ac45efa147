"""One "recommended that" clause with several verbs, read as one call per verb.

"The report recommends that Ruritania ratify the Convention, extend labour inspection to private homes and
regularise undocumented workers": the subject takes three coordinated actions, each a recommendation of its
own (as a bulleted list of them would be). The split is made only at ", VERB" / ", and VERB" / " and VERB"
where VERB is a plain (subjunctive) action verb, and only when the clause's own first verb is one too, so
"ratify the Convention on migrant workers, domestic workers and seafarers" stays one call.
"""

from __future__ import annotations

import re

# Plain forms of the verbs that calls for action use (British and American spellings).
ACTION_VERBS = frozenset(
    "abolish accede adopt align allocate allow amend appoint apply introduce build close collect consider "
    "create criminalise criminalize decriminalise decriminalize develop end enforce ensure establish "
    "expand extend facilitate fund grant guarantee harmonise harmonize implement improve include increase "
    "integrate invest issue lift lower make monitor offer open prevent promote prosecute protect provide "
    "publish raise ratify recognise recognize reduce register regularise regularize remove repeal review "
    "revise set share simplify speed stop strengthen support take train update".split()
)
_VERB = r"(?P<verb>" + "|".join(sorted(ACTION_VERBS, key=len, reverse=True)) + r")\b"
# "Ruritania ratify", "the Government extend", "all employers adopt": a short subject, then the action.
_SUBJECT_VERB = re.compile(r"(?:[A-Z][\w’'-]*|the|all|each|every|[a-z]+s)(?:\s+[\w’'-]+){0,5}?\s+" + _VERB)
_JOIN = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)" + _VERB + r"(?=\s+\S)")


def verb_parts(clause: str, start: int) -> list[int]:
    """The offsets in `clause` (from `start`, just after "that ") where a further coordinated action
    begins; [] when the clause is one action."""
    m = _SUBJECT_VERB.match(clause, start)
    if m is None:
        return []
    return [j.start("verb") for j in _JOIN.finditer(clause, m.end())]
