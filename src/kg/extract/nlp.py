"""Shared NLP machinery: spaCy's rule-based tokenizer and sentencizer, no model download.

Parsing is done once per segment and cached on the Document, so every
component sees the same tokens and sentences at no extra cost.

Sentence splitting is spaCy's `sentencizer` rule, applied here to plain
arrays of token offsets rather than through the pipeline: the pipe and
`Span.text` create a Python Token object per token, which cost more than
all the rule-based extraction after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.alternation import literal_alternation
from kg.model import Document, Segment, Span


@lru_cache(maxsize=1)
def nlp():
    import spacy

    pipeline = spacy.blank("en")
    pipeline.add_pipe("sentencizer")
    return pipeline


@lru_cache(maxsize=1)
def _punct_chars() -> frozenset[str]:
    """The characters that end a sentence, as the pipeline's sentencizer has them."""
    return frozenset(nlp().get_pipe("sentencizer").punct_chars)


@lru_cache(maxsize=1)
def _token_attrs() -> list[int]:
    from spacy.attrs import IDX, IS_PUNCT, LENGTH

    return [IDX, LENGTH, IS_PUNCT]


def parsed(doc: Document, seg: Segment):
    """The spaCy Doc of one segment (character offsets are relative to seg.start)."""
    key = ("spacy", seg.start, seg.end)
    if key not in doc.cache:
        doc.cache[key] = nlp()(doc.segment_text(seg))
    return doc.cache[key]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of `text`, exactly as spaCy's sentencizer
    splits it: a sentence ends after a token in its punctuation set, before the next token that is
    neither punctuation nor such a character."""
    tokens = nlp().tokenizer(text)
    if not len(tokens):
        return []
    rows = tokens.to_array(_token_attrs()).tolist()
    punct_chars = _punct_chars()
    starts = [0]
    seen_period = False
    for i, (idx, length, is_punct) in enumerate(rows):
        in_punct_chars = text[idx : idx + length] in punct_chars
        if seen_period and not is_punct and not in_punct_chars:
            starts.append(i)
            seen_period = False
        elif in_punct_chars:
            seen_period = True
    ends = [*starts[1:], len(rows)]
    out: list[tuple[int, int]] = []
    for first, stop in zip(starts, ends, strict=True):
        idx, length, _ = rows[stop - 1]
        out.append((rows[first][0], idx + length))
    return out


# What a token is to the sentencizer: it can end a sentence (one of its punctuation characters), it is
# other punctuation (never starts a sentence), or it is a plain token (starts one after an ending).
_PLAIN, _PUNCT, _STOP = 0, 1, 2
_WS = re.compile(r"\s*")
_CHUNK = re.compile(r"\S+")


def _char_class(chars: set[str] | frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


@lru_cache(maxsize=1)
def _stop_chars() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Sentence-ending characters: a pattern for all of them, one for the ASCII ones ("." "!" "?"),
    and the set of the others. The big class scans ten times slower than the small one, and the
    others (。 ‼ ？ ...) are rare in press releases."""
    chars = _punct_chars()
    ascii_chars = {c for c in chars if c.isascii()}
    return _char_class(chars), _char_class(ascii_chars), chars - ascii_chars


@lru_cache(maxsize=1)
def _straddling_pairs() -> tuple[re.Pattern[str], int, frozenset[str], frozenset[str]]:
    """Two tokens of a multi-token special case ("’s" is "’" + "s") with one space between them, the
    longest such token, and the characters the first token ends with and the second starts with.

    The tokenizer's special cases are matched again over the whole token sequence, and a match can
    run across a space ("’’ ’s"): only there does a chunk tokenize differently in its context. The
    match patterns are the special cases tokenized by the affix rules alone, as spaCy makes them."""
    from spacy.tokenizer import Tokenizer

    t = nlp().tokenizer
    bare = Tokenizer(
        t.vocab,
        rules={},
        prefix_search=t.prefix_search,
        suffix_search=t.suffix_search,
        infix_finditer=t.infix_finditer,
        token_match=t.token_match,
        url_match=t.url_match,
    )
    pairs: set[tuple[str, str]] = set()
    for case in t.rules:
        tokens = [x.text for x in bare(case)]
        pairs.update(zip(tokens, tokens[1:], strict=False))
    longest = max(len(x) for pair in pairs for x in pair)
    pattern = re.compile(literal_alternation(f"{a} {b}" for a, b in pairs))
    return pattern, longest, frozenset(a[-1] for a, _ in pairs), frozenset(b[0] for _, b in pairs)


def _straddled(text: str, space: int) -> bool:
    """Whether two tokens of a special case may meet across the space at `space` (the test looks at
    the characters around it only, and may answer yes where the tokens are not whole)."""
    if space <= 0 or space >= len(text) - 1 or text[space] != " ":
        return False
    pairs, longest, ends, starts = _straddling_pairs()
    if text[space - 1] not in ends or text[space + 1] not in starts:
        return False  # "said. The": no pair meets here (the test for most spaces)
    return pairs.search(text, max(0, space - longest), space + 1 + longest) is not None


@lru_cache(maxsize=65536)
def _chunk_tokens(chunk: str) -> tuple[tuple[int, int], ...]:
    """(offset, kind) of the tokens of one whitespace-free chunk.

    spaCy's tokenizer splits the text at whitespace first and tokenizes each chunk on its own, so a
    chunk's tokens are the same wherever it occurs; chunks ("said.", "2024.", "U.N.") recur a lot."""
    from spacy.attrs import IDX, IS_PUNCT, LENGTH

    punct_chars = _punct_chars()
    out = []
    for idx, length, is_punct in nlp().tokenizer(chunk).to_array([IDX, LENGTH, IS_PUNCT]).tolist():
        kind = _STOP if chunk[idx : idx + length] in punct_chars else _PUNCT if is_punct else _PLAIN
        out.append((idx, kind))
    return tuple(out)


def sentence_starts(text: str) -> list[int] | None:
    """Start offsets of the sentences `sentence_bounds` finds, without tokenizing the whole text.

    Only chunks holding a sentence-ending character, and the tokens right after one, can start a
    sentence, so only those chunks are tokenized. Between two sentence starts there is nothing but
    the first sentence and the whitespace after it, so the starts give the stripped sentences.
    None where that does not hold: text that starts with whitespace (the tokenizer treats a leading
    space differently) or where a special case may match across a space next to a chunk tokenized
    here (a match elsewhere changes no tokens of this chunk)."""
    if not text or text[0].isspace():
        return None
    n = len(text)
    every_stop, ascii_stop, others = _stop_chars()
    stop_char = ascii_stop if others.isdisjoint(text) else every_stop
    starts = [0]
    seen_stop = False
    pos = 0
    while pos < n:
        if seen_stop:
            ws_end = _WS.match(text, pos).end()  # type: ignore[union-attr]
            # One space after a token is the token's trailing space; any other whitespace is a token.
            token = pos + 1 if ws_end > pos and text[pos] == " " else pos
            if token < ws_end:
                starts.append(token)
                seen_stop = False
                pos = ws_end
                continue
            if ws_end >= n:
                break
            m = _CHUNK.match(text, ws_end)
        else:
            stop = stop_char.search(text, pos)
            if stop is None:
                break
            chunk_start = stop.start()
            while chunk_start > pos and not text[chunk_start - 1].isspace():
                chunk_start -= 1
            m = _CHUNK.match(text, chunk_start)
        base, pos = m.span()  # type: ignore[union-attr]
        if _straddled(text, base - 1) or _straddled(text, pos):
            return None
        for offset, kind in _chunk_tokens(m.group()):  # type: ignore[union-attr]
            if kind == _STOP:
                seen_stop = True
            elif kind == _PLAIN and seen_stop:
                starts.append(base + offset)
                seen_stop = False
    return starts


@lru_cache(maxsize=4096)
def _stripped_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """Stripped, non-empty sentence bounds of a segment's text (relative offsets).

    Bounded cache on the text: boilerplate paragraphs ("About IOM ...", "Notes to editors") recur across a
    publisher's releases."""
    starts = sentence_starts(text)
    if starts is None:
        spans = sentence_bounds(text)
    else:
        spans = list(zip(starts, [*starts[1:], len(text)], strict=True))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        sent = text[s:e]
        stripped = sent.strip()
        if stripped:
            start = s + len(sent) - len(sent.lstrip())
            if out and stripped[0].isdigit() and NUMBER_ABBREVIATION.search(text, out[-1][0], out[-1][1]):
                out[-1] = (out[-1][0], start + len(stripped))  # "Convention No. 189": one sentence
            else:
                out.append((start, start + len(stripped)))
    return tuple(out)


# Abbreviations that stand before a number ("Convention No. 189", "Art. 5", "Vol. 2", "pp. 10-12"): the
# sentencizer takes their full stop for a sentence end, cutting a title or a call in two.
NUMBER_ABBREVIATION = re.compile(r"(?<![\w.])(?:No|Nos|Art|Arts|Para|para|paras|Vol|Sec|Fig|pp|Ref)\.$")


def sentences(doc: Document, kinds: tuple[str, ...] = ("headline", "paragraph", "bullet")) -> list[Span]:
    """Sentence spans (absolute offsets) within the segments of the given kinds, in text order."""
    key = ("sentences", kinds)
    if key not in doc.cache:
        out: list[Span] = []
        for seg in doc.of_kind(*kinds):
            out.extend(_segment_sentences(doc, seg))
        doc.cache[key] = out
    return doc.cache[key]


def _segment_sentences(doc: Document, seg: Segment) -> list[Span]:
    """Stripped, non-empty sentences of one segment (absolute offsets), computed once per segment and
    shared (Spans are frozen) by the sentence lists of every combination of kinds."""
    key = ("sentence_bounds", seg.start, seg.end)
    if key not in doc.cache:
        bounds = _stripped_bounds(doc.segment_text(seg))
        doc.cache[key] = [Span(seg.start + s, seg.start + e) for s, e in bounds]
    return doc.cache[key]
