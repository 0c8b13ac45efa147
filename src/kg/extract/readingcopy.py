"""The copy of a release's text that the rules read: wrapped lines joined, letters folded.

Both changes keep every character at its offset, so spans found in the copy are spans of the
release, and `kg.extract` hands back an extraction of the release itself.

Joined lines: in a hard-wrapped release (wire copy, briefing notes, text pasted from e-mail) a
line break inside a paragraph is an accident of width, yet a name broken there ("the United
Nations\\nHigh Commissioner for Refugees", "the Global Fund to Fight AIDS,\\nTuberculosis and
Malaria") is cut in two by rules that stop at line ends, as they must in speaker lists and
contact blocks written one item per line. A break counts as a wrap when the paragraph's line plus
the next line's first word would not have fitted the release's text width (its longest paragraph
line): that is why the writer or the tool broke the line there. Breaks in lists, where lines end
well short of the width or close an item or a sentence, stay.

Folded letters: kg.extract.folding.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.folding import FOLDABLE, fold
from kg.model import Document
from kg.segtop import TERMINAL

# Texts wider than this are not hard-wrapped (paragraphs are one line each); narrower than the
# minimum, the "width" is a list's, not a wrap's.
MAX_WIDTH = 110
MIN_WIDTH = 50
# A wrapped line may end a few characters short of the widest one (the writer's width was not
# reached exactly on the longest line).
SLACK = 3


def join_wrapped(doc: Document) -> str:
    """The release text with line breaks inside hard-wrapped paragraphs made spaces (same length)."""
    text = doc.release.text
    paragraphs = doc.of_kind("paragraph")
    if not any("\n" in text[sg.start : sg.end] for sg in paragraphs):
        return text
    width = max(len(line.strip()) for sg in paragraphs for line in text[sg.start : sg.end].split("\n"))
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return text
    breaks: list[int] = []
    for sg in paragraphs:
        lines = text[sg.start : sg.end].split("\n")
        pos = sg.start
        for line, nxt in zip(lines, lines[1:], strict=False):
            pos += len(line)
            word, line = nxt.strip().split(" ", 1)[0], line.strip()
            # A break after a sentence or a list item ("...;") is not a name's: it stays.
            if word and not line.endswith(TERMINAL) and len(line) + 1 + len(word) > width - SLACK:
                breaks.append(pos)
            pos += 1
    # Two such breaks at least, as segment's test for a hard-wrapped run: one wide list line is no wrap.
    if len(breaks) < 2:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def reading_copy(doc: Document) -> tuple[Document, str]:
    """The document the rules read, and the release text with the same lines joined (what folded
    letters are restored from). The document is `doc` itself when nothing changes."""
    joined = join_wrapped(doc)
    read = fold(joined) if FOLDABLE.search(joined) else joined
    if read is doc.release.text:
        return doc, joined
    title = doc.release.title
    release = replace(doc.release, text=read, title=fold(title) if title else title)
    return Document(release=release, segments=doc.segments), joined
