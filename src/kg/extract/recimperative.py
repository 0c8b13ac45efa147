"""A list whose items are orders is a list of calls, whatever its intro says.

"The plan commits the Government to six priority actions:" over "1. Establish a referral mechanism ...",
"2. Train police and prosecutors ...", "3. Open two new shelters ...": the intro names no call word the
list intros know ("recommended", "priorities", "agreed to"), but each item opens with a plain action verb
in the imperative, the form a release uses only for what someone is to do. A run of such items under an
intro that ends with a colon is read as calls. The verbs are the policy actions of `reccoord` and a few
more that calls use; "Visit", "Click", "Send" (a how-to's steps) are not among them.
"""

from __future__ import annotations

from kg.extract.reccoord import ACTION_VERBS

# Plain action verbs that open a call's item besides those `reccoord` splits clauses at.
MORE_VERBS = frozenset(
    "regulate license licence run designate enact conduct deploy mobilise mobilize scale step phase "
    "prohibit ban tie link design reform restore resettle replace reinforce assess map carry".split()
)
IMPERATIVES = ACTION_VERBS | MORE_VERBS
_MARKS = "-–•*·▪0123456789.)( "


def _imperative(item: str) -> bool:
    """True when `item` opens (after its bullet or number) with a capitalised plain action verb."""
    head = item.lstrip(_MARKS)
    if not head[:1].isupper():
        return False
    word = head.split(None, 1)[0].strip(",;:.")
    return word.lower() in IMPERATIVES


def imperative_list(intro: str, items: list[str]) -> bool:
    """True when `items` under `intro` (ending with a colon) mostly open with an imperative action verb:
    at least two items, two thirds of them such orders."""
    if not intro.rstrip().endswith(":") or len(items) < 2:
        return False
    return sum(_imperative(x) for x in items) * 3 >= len(items) * 2
