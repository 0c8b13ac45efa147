"""Letters after a speaker's name that are no part of her appositive.

A parliament member's bracket: "Jane Doe (Lakeport Group, LK) said".

Parliamentary press releases tag each member with her political group and, after a comma, the two-letter
code of the member state that elected her. The group is the body she speaks for; the state's code is no
part of it, so the bracket's last ", XX" is dropped before the appositive is read.

A religious order's or a member's post-nominal letters: "Fr Jan Doe SJ, Regional Director of X, said": the
letters stand between the name and the comma that opens the appositive.
"""

from __future__ import annotations

from kg.extract.persons import POSTNOMINALS


def drop_postnominal(after: str) -> str:
    """`after` without the post-nominal letters that open it (" SJ, Director of X" -> ", Director of X")."""
    word, space, rest = after.lstrip(" ").partition(" ")
    if after[:1] == " " and word.rstrip(",") in POSTNOMINALS and word.endswith(","):
        return "," + space + rest
    return after


def drop_member_state(after: str) -> str:
    """`after` with a leading "(Group, XX)" bracket cut to "(Group)"; unchanged otherwise."""
    lead = len(after) - len(after.lstrip())
    if after[lead : lead + 1] != "(":
        return after
    close = after.find(")", lead)
    if close < 0 or close - lead > 60:
        return after
    group, comma, state = after[lead + 1 : close].rpartition(", ")
    if not comma or not group.strip() or len(state) != 2 or not state.isalpha() or not state.isupper():
        return after
    return after[: lead + 1] + group + after[close:]


def bracket_group(bracket: str) -> str | None:
    """The acronym a bracket after a titled name holds ("Co-rapporteur Jane Doe (LGP, LK)" -> "LGP"), when it
    is one: capitals with at most "&", "/" or "-" between them, no post-nominal letters."""
    acr = bracket.strip()
    letters = acr.replace("&", "").replace("/", "").replace("-", "")
    if not 2 <= len(letters) <= 10 or not letters.isalpha() or not letters.isupper() or acr in POSTNOMINALS:
        return None
    return acr if acr[0].isalpha() and acr[-1].isalpha() else None
