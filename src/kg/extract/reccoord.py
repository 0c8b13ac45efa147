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
# "the way they collect", "the data which ministries publish": a clause of its own inside the action,
# whose verb a bare "and VERB" right after it continues.
_INNER_SUBJECT = re.compile(r"\b(?:they|we|it|he|she|who|which)\b")
_JOIN = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)" + _VERB + r"(?=\s+\S)")


def verb_parts(clause: str, start: int) -> list[int]:
    """The offsets in `clause` (from `start`, just after "that ") where a further coordinated action
    begins; [] when the clause is one action."""
    m = _SUBJECT_VERB.match(clause, start)
    if m is None:
        return []
    out: list[int] = []
    prev = m.end()
    for j in _JOIN.finditer(clause, m.end()):
        if "," not in j.group() and _INNER_SUBJECT.search(clause, prev, j.start()):
            continue  # "harmonize the way they collect and share data": the inner clause's two verbs
        out.append(j.start("verb"))
        prev = j.end()
    return out


# "Key recommendations include making A, involving B and extending C": a list of gerund phrases, one call
# each. A split needs the list's first word to be a gerund and at least one comma before a further gerund,
# so "making roads safer for walking and cycling paths" stays whole.
_GERUND = re.compile(r"[a-z]{3,}ing\s")
_GERUND_JOIN = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=[a-z]{3,}ing\s+[\w-])")
_NOT_GERUND = frozenset(
    {"during", "including", "bring", "thing", "nothing", "something", "morning", "evening"}
)


def gerund_parts(body: str) -> list[tuple[int, int]]:
    """(start, end) of each gerund phrase in a list of calls; [] when `body` does not start with a gerund
    or is one phrase."""
    first = _GERUND.match(body)
    if first is None or first.group().strip() in _NOT_GERUND:
        return []
    joins = [
        m
        for m in _GERUND_JOIN.finditer(body, first.end())
        if body[m.end() :].split(None, 1)[0] not in _NOT_GERUND
    ]
    if not any("," in m.group() for m in joins):
        return []
    starts = [0, *(m.end() for m in joins)]
    ends = [*(m.start() for m in joins), len(body)]
    return list(zip(starts, ends, strict=True))


# -ing words that mostly name a thing or a service ("screening experts", "housing units", "training
# centres"): after a bare "and" they go on the first phrase's object rather than start a second call
# ("keeping a pool of interpreters and screening experts in the region" is one call).
NOUN_ING = frozenset(
    "screening training housing funding counselling counseling monitoring planning building learning "
    "working nursing farming mining banking marketing parking processing teaching".split()
)

_VERB_GERUND = re.compile(
    r"(?:recommended|recommends|proposed|proposes|suggested|suggests)\s+(?=[a-z]{3,}ing\s)"
)


def verb_gerund_parts(body: str) -> list[tuple[int, int]]:
    """ "recommended shortening the module on income and adding questions on seasonal work": two calls,
    each a gerund phrase after the verb. Without a comma ("and" alone) both phrases must hold an object of
    at least three words, so "recommended strengthening training and counselling services" stays whole."""
    v = _VERB_GERUND.match(body)
    if v is None:
        return []
    rest = body[v.end() :]
    parts = gerund_parts(rest)
    if not parts:
        first = _GERUND.match(rest)
        if first is None or first.group().strip() in _NOT_GERUND:
            return []
        joins = [
            m
            for m in _GERUND_JOIN.finditer(rest, first.end())
            if rest[m.end() :].split(None, 1)[0] not in _NOT_GERUND
        ]
        if len(joins) != 1:
            return []
        a, b = rest[: joins[0].start()], rest[joins[0].end() :]
        if len(a.split()) < 4 or len(b.split()) < 4 or b.split(None, 1)[0] in NOUN_ING:
            return []
        parts = [(0, joins[0].start()), (joins[0].end(), len(rest))]
    return [(v.end() + a, v.end() + b) for a, b in parts]
