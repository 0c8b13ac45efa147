"""Shared NLP machinery: spaCy's rule-based tokenizer and sentencizer, no model download.

Parsing is done once per segment and cached on the Document, so every
component sees the same tokens and sentences at no extra cost.
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


def parsed(doc: Document, seg: Segment):
    """The spaCy Doc of one segment (character offsets are relative to seg.start)."""
    key = ("spacy", seg.start, seg.end)
    if key not in doc.cache:
        doc.cache[key] = nlp()(doc.segment_text(seg))
    return doc.cache[key]


def sentences(doc: Document, kinds: tuple[str, ...] = ("headline", "paragraph", "bullet")) -> list[Span]:
    """Sentence spans (absolute offsets) within the segments of the given kinds, in text order."""
    key = ("sentences", kinds)
    if key not in doc.cache:
        out: list[Span] = []
        for seg in doc.of_kind(*kinds):
            for sent in parsed(doc, seg).sents:
                text = sent.text
                stripped = text.strip()
                if not stripped:
                    continue
                lead = len(text) - len(text.lstrip())
                start = seg.start + sent.start_char + lead
                out.append(Span(start, start + len(stripped)))
        doc.cache[key] = out
    return doc.cache[key]
