"""A one-word portfolio after a title ends the title: "Director General of Migration Ana Ruiz Lenz said".

The person reader drops the first of three name words when the word before them is a rejected common word
("Trafficking in Human Beings Kari Johnstone" keeps "Kari Johnstone" only when the run is two words long).
A single capitalised word right after "<Title> of/for" is the office's field ("of Migration", "for
Labour"), however the topic lists spell it, so the three words after it are the person's whole name
(Spanish and Portuguese names often carry two family names).
"""

from __future__ import annotations

from kg.extract.personwords import TITLE_WORDS

CONNECTORS = (" of ", " for ")


def portfolio_word(text: str, run_start: int, k: int) -> bool:
    """True when token k - 1 of the name run starting at `run_start` is its first token and the run
    follows "<Title> of " or "<Title> for "."""
    if k != 1:
        return False
    before = text[max(0, run_start - 40) : run_start]
    for c in CONNECTORS:
        if before.endswith(c):
            head = before[: -len(c)].rsplit(None, 1)[-1:]
            return bool(head) and (
                head[0] in TITLE_WORDS or any(p in TITLE_WORDS for p in head[0].split("-"))
            )
    return False
