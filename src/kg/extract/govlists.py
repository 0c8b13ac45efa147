"""Countries that act as governments from inside a list: the cues `governments.py` reads next to a country
list, widened to the ways releases put words between the cue and the country.

- An adverb between the funding verb and "by": "funded mainly by the Netherlands", "financed jointly by".
- A country closing a list of named funders: "funded by the Regional Fund (RF) and the United States",
  "contributions have come from the United States, the European Union and Norway".
- The member States of a body, listed between dashes or after a colon: "Delegations from the States
  Parties of the Lakeland Union (LU) – A, B and C – took part", "its member states: A, B and C".
- Officials named by their portfolio before the countries that sent them: "Ministers of the interior and
  of labour from A, B and C", "senior officials responsible for migration from A and B".
- Governments among the groups a list of countries sent: "government officials, employers and trade
  unions from Cambodia, Malaysia and Thailand", "representatives of governments, employers and workers
  from ...".

Only string tests on the sentence before the country list; nothing scales with the release's length.
"""

from __future__ import annotations

FUND_VERBS = (
    "funded", "financed", "sponsored", "supported", "co-funded", "co-financed", "co-sponsored", "backed",
)  # fmt: skip
# Cues that a list of funders follows; the country may be the list's first item or a later one.
FUND_CUES = (
    "funded by", "financed by", "sponsored by", "supported by", "co-funded by", "co-financed by",
    "funding from", "contributions from", "contribution from", "support from", "grants from",
    "donations from", "financing from",
)  # fmt: skip
# "contributions this year have come from": the money words that make "come from" a funding cue.
MONEY_WORDS = ("contribution", "funding", "donation", "financing", "grants")
COME_FROM = ("come from", "came from", "comes from", "coming from")
# Words a list of organisation names may hold in lower case.
NAME_GLUE = {"of", "for", "the", "and", "on", "in", "to", "against", "de", "du", "la", "des", "el", "y"}
GROUP_WORDS = {
    "officials", "representatives", "delegates", "employers", "workers", "unions", "trade", "and",
    "organisations", "organizations", "partners", "experts", "agencies", "society", "civil", "of",
    "employers'", "workers'", "ministries", "groups", "academics", "researchers", "practitioners",
}  # fmt: skip


def _sentence(text: str, start: int, at: int) -> str:
    """The sentence's words from its opening (no earlier than `start`) up to `at`."""
    head = text[max(start, at - 240) : at]
    cut = max(head.rfind(". "), head.rfind(".\n"), head.rfind("; "))
    return head[cut + 2 :] if cut >= 0 else head


def _adverb_funded(words: list[str]) -> bool:
    """'... funded mainly by' (the 'the' already dropped)."""
    return (
        len(words) >= 3
        and words[-1].lower() == "by"
        and words[-2].lower().endswith("ly")
        and words[-3].lower() in FUND_VERBS
    )


def _names_only(between: str) -> bool:
    """True when `between` is a list of proper names: capitalised words, acronyms in brackets, commas."""
    depth = 0
    kept: list[str] = []
    for ch in between:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(ch)
    words = "".join(kept).replace(",", " ").split()
    if not words:
        return True
    if not any(w[:1].isupper() for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in NAME_GLUE or w[:1] in "'’&" for w in words)


def _word_at(low: str, phrase: str) -> int:
    """Where `phrase` last opens as whole words in `low`, or -1 ("grants from" is not in "migrants from")."""
    i = low.rfind(phrase)
    while i > 0 and low[i - 1].isalpha():
        i = low.rfind(phrase, 0, i)
    return i


def _funder_list(sentence: str) -> bool:
    """The sentence so far ends inside a list of funders: a cue, then only names, then 'and'/','."""
    low = sentence.lower()
    best = -1
    for cue in FUND_CUES:
        i = _word_at(low, cue)
        if i >= 0:
            best = max(best, i + len(cue))
    for verb in FUND_VERBS:  # "funded largely by"
        i = _word_at(low, verb + " ")
        if i >= 0:
            rest = low[i + len(verb) + 1 :].split(" ", 2)
            if len(rest) >= 2 and rest[0].endswith("ly") and rest[1] == "by":
                best = max(best, i + len(verb) + len(rest[0]) + 5)
    if any(t.startswith(MONEY_WORDS) for t in low.split()):
        for cue in COME_FROM:
            i = _word_at(low, cue)
            if i >= 0:
                best = max(best, i + len(cue))
    if best < 0:
        return False
    between = sentence[best:]
    if not between.strip():
        return True  # "have come from the United States"
    tail = between.rstrip()
    if tail.lower().endswith(" the"):
        tail = tail[:-4].rstrip()
    if not (tail.endswith(",") or tail.lower().endswith(" and")):
        return False
    return _names_only(between)


def _government_groups(words: list[str]) -> bool:
    """'government officials, employers and trade unions from': governments among the groups sent."""
    if not words or words[-1].lower() != "from":
        return False
    body = [w.strip(",").lower() for w in words[:-1]]
    for i in range(len(body) - 1, max(-1, len(body) - 12), -1):
        if body[i] in ("government", "governments"):
            rest = body[i + 1 :]
            return all(w in GROUP_WORDS for w in rest)
        if body[i] not in GROUP_WORDS:
            return False
    return False


# People who act for a government, named with their portfolio before "from": "Ministers of labour from".
OFFICIAL_NOUNS = {
    "ministers", "vice-ministers", "officials", "representatives", "delegates", "delegations", "secretaries",
    "directors", "heads", "ambassadors", "envoys", "commissioners",
}  # fmt: skip
PORTFOLIO_LINKS = ("of", "responsible", "in")  # "of labour", "responsible for", "in charge of"
# Words that end the portfolio: a clause or a place comes between the officials and "from".
PORTFOLIO_STOPS = {
    "who", "which", "that", "were", "are", "was", "is", "came", "have", "has", "had", "with", "at", "to",
    "on", "by", "as", "met", "gathered",
}  # fmt: skip


def _portfolio_officials(words: list[str]) -> bool:
    """'Ministers of the interior and of labour from' (the words before the country list)."""
    if len(words) < 4 or words[-1].lower() != "from":
        return False
    body = [w.lower() for w in words[:-1]]
    for i in range(len(body) - 2, max(-1, len(body) - 10), -1):
        if body[i].rstrip(",") != body[i] or body[i] in PORTFOLIO_STOPS:
            return False
        if body[i] in OFFICIAL_NOUNS:
            if i > 0 and (body[i - 1] in ("and", "or") or body[i - 1].endswith(",")):
                return False  # "researchers and representatives of women's groups from": one group of several
            link = body[i + 1]
            if link not in PORTFOLIO_LINKS:
                return False
            if link == "in" and body[i + 2 : i + 4] != ["charge", "of"]:
                return False
            return all(w not in PORTFOLIO_STOPS and not w.endswith((",", "ed", "ing")) for w in body[i + 1 :])
    return False


# A body's members as States: the list that follows one of these (after a dash or colon) names governments.
MEMBER_STATES = ("states parties", "member states", "states members", "member countries", "associated states")


def _member_list(sentence: str) -> bool:
    """'the States Parties of the Lakeland Union (LU) – ' right before the list: the members, as States."""
    tail = sentence.rstrip()
    if not tail.endswith(("–", "—", ":", " -")):
        return False
    low = tail.lower()
    i = max(_word_at(low, w) for w in MEMBER_STATES)
    if i < 0:
        return False
    rest = tail[i:].rstrip("–—:- ").split(None, 2)
    return len(rest) < 3 or (rest[2].startswith(("of ", "to ")) and _names_only(rest[2][3:]))


def listed_actor(text: str, start: int, at: int) -> bool:
    """True when the country list opening at `at` (in a segment opening at `start`) is read as governments
    acting through one of the list shapes above."""
    sentence = _sentence(text, start, at)
    words = sentence.split()
    if words and words[-1].lower() == "the":
        words = words[:-1]
    if _adverb_funded(words):
        return True
    if _government_groups(words) or _portfolio_officials(words):
        return True
    if _member_list(sentence):
        return True
    return _funder_list(sentence)
