"""The fast forms of extraction patterns answer exactly as the plain forms they replace.

Tries for long alternations, a reversed pattern for an end-anchored search, token runs instead of
one character per repetition, and sentence bounds from token arrays: each is checked here against
the straightforward form on random text built from the words that matter.
"""

from __future__ import annotations

import random
import re

from kg.extract import nlp as nlp_mod
from kg.extract.alternation import literal_alternation
from kg.extract.eventtokens import TOKEN
from kg.extract.governments import ACTOR_BEFORE, actor_before
from kg.extract.nlp import nlp, sentence_bounds

ROUNDS = 3000


def _text(rng: random.Random, words: list[str], seps: list[str], most: int = 9) -> str:
    return "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, most)))


def test_trie_matches_longest_first_alternation():
    rng = random.Random(1)
    names = ["UN", "UN Women", "UNDP", "U", "UNHCR", "Niger", "Nigeria", "N", "Ni", "A.B", "a|b", "x(y)"]
    plain = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    old = re.compile(rf"(?<![\w-])(?:{plain})(?!\w|-[A-Z])")
    new = re.compile(rf"(?<![\w-]){literal_alternation(names)}(?!\w|-[A-Z])")
    for _ in range(ROUNDS):
        text = _text(rng, names + ["ia", "x", "-"], [" ", "", "-", "."])
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], text


def test_reversed_actor_pattern_answers_as_the_end_anchored_one():
    rng = random.Random(2)
    words = (
        "delegates delegations officials member states governments co-chairs came were drawn from of "
        "the THE support contributions partnership with namely co-chaired by hosted host country chair "
        "donor countries such as including notably organized Government and x s embassies permanent "
        "representative representatives chargé d'affaires a.i. charge d’affaires"
    ).split()
    for _ in range(ROUNDS * 5):
        text = ("xx" if rng.random() < 0.3 else "") + _text(rng, words, [" ", "", "  ", "\n", ": ", ", "])
        assert bool(ACTOR_BEFORE.search(text)) == actor_before(text), text


def test_token_runs_give_the_same_tokens():
    rng = random.Random(3)
    old = re.compile(r"\w(?:[\w&]|[-'’.](?=\w))*(?:(?<=s)['’](?![\w'’]))?|[^\w\s]")
    for _ in range(ROUNDS * 5):
        text = "".join(rng.choice("ab&s'’.- \n,é1_") for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in TOKEN.finditer(text)], text


def test_sentence_bounds_are_the_sentencizers():
    rng = random.Random(4)
    parts = ["a", "U.S.", " ", "\n", ".", "!", "?", '"', "”", ")", "(", "...", "Mr.", "e.g.", "。", "word"]
    for _ in range(ROUNDS):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 25)))
        expected = [(s.start_char, s.end_char) for s in nlp()(text).sents]
        assert sentence_bounds(text) == expected, text


def _stripped(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in bounds:
        sent = text[s:e]
        if sent.strip():
            start = s + len(sent) - len(sent.lstrip())
            out.append((start, start + len(sent.strip())))
    return out


def test_sentence_starts_give_the_sentencizers_sentences():
    """Tokenizing only the chunks around sentence-ending characters gives the same stripped sentences
    as tokenizing everything, also with odd whitespace and special cases next to a space ("’’ ’s")."""
    rng = random.Random(5)
    specials = sorted(k for k in nlp().tokenizer.rules if not k.isspace())
    parts = [
        "a",
        "U.S.",
        " ",
        "  ",
        "\n",
        " \n",
        "\t",
        "\xa0",
        ".",
        "!",
        "?",
        '"',
        "”",
        "“",
        ")",
        "(",
        "...",
        "Mr.",
        "e.g.",
        "。",
        "word",
        "’",
        "'",
        "s",
        "x",
        "—",
        ":",
        "http://a.b/c.",
        "2024.",
        "?!",
        "‼",
        "’s",
    ]
    for _ in range(ROUNDS * 3):
        pool = parts if rng.random() < 0.7 else specials
        text = "".join(rng.choice(pool if rng.random() < 0.7 else parts) for _ in range(rng.randint(0, 30)))
        nlp_mod._stripped_bounds.cache_clear()
        assert list(nlp_mod._stripped_bounds(text)) == _stripped(text, sentence_bounds(text)), text
    assert nlp_mod.sentence_starts("’’ ’s. Next") is None  # a special case may match across the space


def test_pre_tests_hold_for_every_match():
    """A pattern is only searched when its pre-test words occur: every match must hold one of them."""
    from kg.extract import orgslots, recommendations

    rng = random.Random(6)
    words = (
        "Acme Group Bright Futures Ghana Jane Doe the a an and , ; ( said by with of at CEO Director "
        "executive director programme lead co-founder spokesperson Head head of Partners partners "
        "organisations included include were are : company NGO non-profit foundation think tank "
        "trade union charity We need must should It is essential important to Countries Governments "
        "have ought There urgent for"
    ).split()
    checks = [
        (orgslots.NAME_THEN_TITLE, orgslots.NAME_THEN_TITLE_WORDS),
        (orgslots.TITLE_OF_NAME, orgslots.TITLE_OF_NAME_WORDS),
        (orgslots.ONE_WORD_KIND, orgslots.ONE_WORD_KIND_WORDS),
        (orgslots.LISTED_ORGS, orgslots.LISTED_ORGS_WORDS),
        (recommendations.NEED, recommendations.NEED_WORDS),
    ]
    matched = [0] * len(checks)
    for _ in range(ROUNDS * 10):
        text = _text(rng, words, [" ", " ", ", ", "\n"], most=14)
        for k, (pattern, hint) in enumerate(checks):
            if pattern.search(text):
                matched[k] += 1
                assert any(w in text for w in hint), (pattern.pattern[:40], text)
    assert all(matched), matched  # each pattern did match some texts
