"""One regular expression for thousands of literal names, as a trie.

`"|".join(sorted(names, key=len, reverse=True))` makes Python's regex engine try
every name in turn at every candidate position; gazetteer and country scans
spent most of their time there. A trie tries only the branch that matches the
next character. It matches exactly what the sorted alternation matches: at a
position, the names that match are prefixes of one another, and both forms try
them longest first, backtracking to the next shorter one when the rest of the
pattern fails. (That holds because the names are literals and the pattern is
case-sensitive: siblings in the trie start with different characters.) A look-ahead for the possible
first characters goes in front: it changes no match and rejects most positions in one step.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""  # key marking "a name ends here" in a trie node


def literal_alternation(names: Iterable[str]) -> str:
    """A non-capturing regex source matching any of `names`, longest first (see the module docstring)."""
    trie: dict = {}
    for name in names:
        if not name:
            continue
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[_END] = True
    if not trie:
        return "(?!)"
    # The first characters as a class in front: a cheap test that lets most positions fail at once.
    first = "".join(re.escape(ch) for ch in sorted(trie))
    return f"(?=[{first}])(?:" + _node(trie) + ")"


def _node(node: dict) -> str:
    """Regex for the names below `node`: longer continuations first, then the empty one if a name ends."""
    branches = []
    for ch in sorted(k for k in node if k != _END):
        child = node[ch]
        prefix = re.escape(ch)
        while len(child) == 1 and _END not in child:  # a chain of single children: one literal
            (nxt,) = child
            prefix += re.escape(nxt)
            child = child[nxt]
        tail = _node(child) if set(child) != {_END} else ""
        branches.append(prefix + (f"(?:{tail})" if tail else ""))
    if _END in node and branches:
        branches.append("")
    return "|".join(branches)
