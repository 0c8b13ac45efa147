"""Shared NLP machinery: spaCy's rule-based tokenizer and sentencizer, no model download.

Parsing is done once per segment and cached on the Document, so every
component sees the same tokens and sentences at no extra cost.

Sentence splitting is spaCy's `sentencizer` rule, applied here to plain
arrays of token offsets rather than through the pipeline: the pipe and
`Span.text` create a Python Token object per token, which cost more than
all the rule-based extraction after them.
"""

from __future__ import annotations

from functools import lru_cache

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


@lru_cache(maxsize=4096)
def _stripped_bounds(text: str) -> tuple[tuple[int, int], ...]:
    """Stripped, non-empty sentence bounds of a segment's text (relative offsets).

    Bounded cache on the text: boilerplate paragraphs ("About IOM ...", "Notes to editors") recur across a
    publisher's releases, and tokenising is most of the cost of sentence splitting."""
    out = []
    for s, e in sentence_bounds(text):
        sent = text[s:e]
        stripped = sent.strip()
        if stripped:
            start = s + len(sent) - len(sent.lstrip())
            out.append((start, start + len(stripped)))
    return tuple(out)


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
