"""A body named head word first after a title's "of the": "Deputy Director General of the General
Department of Immigration", "Director of the Department for Border Control".

`titlesplit.BODY_OF_THE` reads bodies that end in their head word ("the State Health Department"); one that
opens with it and names its topic after "of/for" was cut at its inner "of", and the bare topic word
("Immigration") then matched an unrelated organisation. Kept apart so the shape is tested on its own.
"""

from __future__ import annotations

import re

HEADS = (
    r"Department|Directorate|Division|Office|Agency|Authority|Bureau|Ministry|Commission|Secretariat|"
    r"Service|Administration|Inspectorate|Centre|Center|Unit|Committee|Council|Institute"
)
HEAD_FIRST = re.compile(
    rf"\s+of\s+the\s+(?P<org>(?:(?:General|National|State|Federal|Central|Regional|Provincial)\s+)?"
    rf"(?:{HEADS})(?:\s+General)?\s+(?:of|for)\s+[A-Z][\w'’\-]*(?:\s+(?:(?:and|of|for|on)\s+)?[A-Z][\w'’\-]*){{0,5}})$"
)


def head_first_body(phrase: str) -> tuple[str, str] | None:
    """(title, body) when the phrase ends in "of the <Head> of|for <Topic>", else None."""
    m = HEAD_FIRST.search(phrase)
    return (phrase[: m.start()], m.group("org")) if m else None
